using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace SmtpStatusCodes.MimeKit.Tests;

/// <summary>How far <see cref="BounceReport.Read"/> agrees with the corpus's expected values, per recipient row.</summary>
public sealed class CorpusFigures
{
    private CorpusFigures(int rows, int found, int statusRows, int statusAgree, int reasonAgree, int hardAgree, List<Disagreement> disagreements)
    {
        ReasonAgree = reasonAgree;
        HardAgree = hardAgree;
        Rows = rows;
        Found = found;
        StatusRows = statusRows;
        StatusAgree = statusAgree;
        Disagreements = disagreements;
    }

    public int Rows { get; }

    public int Found { get; }

    public int StatusRows { get; }

    public int StatusAgree { get; }

    public int ReasonAgree { get; }

    public int HardAgree { get; }

    public IReadOnlyList<Disagreement> Disagreements { get; }

    public double ReasonPercent => 100.0 * ReasonAgree / Rows;

    public double HardPercent => 100.0 * HardAgree / Rows;

    public double RecipientsPercent => 100.0 * Found / Rows;

    public double StatusPercent => 100.0 * StatusAgree / StatusRows;

    public IReadOnlyDictionary<string, double> AsFigures() => new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["recipients"] = Math.Round(RecipientsPercent, 2),
        ["status"] = Math.Round(StatusPercent, 2),
        ["hard/soft"] = Math.Round(HardPercent, 2),
        ["reason"] = Math.Round(ReasonPercent, 2),
    };

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"recipients found {Found}/{Rows} ({RecipientsPercent:0.00}%), status {StatusAgree}/{StatusRows} ({StatusPercent:0.00}%), hard/soft {HardAgree}/{Rows} ({HardPercent:0.00}%), reason {ReasonAgree}/{Rows} ({ReasonPercent:0.00}%)");

    public static CorpusFigures Measure()
    {
        var reports = new Dictionary<string, FileReport>(StringComparer.Ordinal);
        var disagreements = new List<Disagreement>();
        int found = 0, statusRows = 0, statusAgree = 0, reasonAgree = 0, hardAgree = 0;
        foreach (var row in Corpus.Rows)
        {
            if (!reports.TryGetValue(row.File, out var report))
            {
                report = Read(row.File);
                reports[row.File] = report;
            }

            var recipient = row.Index <= report.Recipients.Count ? report.Recipients[row.Index - 1] : null;
            if (recipient is null)
            {
                disagreements.Add(new Disagreement(row.File, row.Index, "recipient", "present", $"{report.Kind}, {report.Recipients.Count} recipients"));
            }
            else
            {
                found++;
            }

            if (recipient is not null)
            {
                var classification = recipient.Classification;
                var reason = classification.Reason.ToStandard().ToString().ToLowerInvariant();
                if (reason == row.Reason)
                {
                    reasonAgree++;
                }
                else
                {
                    disagreements.Add(new Disagreement(row.File, row.Index, "reason", row.Reason, reason));
                }

                if (classification.IsHard == row.Hard)
                {
                    hardAgree++;
                }
                else
                {
                    disagreements.Add(new Disagreement(row.File, row.Index, "hard", row.Hard ? "hard" : "soft", classification.Type.ToString()));
                }
            }

            if (row.HasRealStatus)
            {
                statusRows++;
                var actual = recipient?.StatusCode?.ToString() ?? "-";
                if (actual == row.Status)
                {
                    statusAgree++;
                }
                else if (recipient is not null)
                {
                    disagreements.Add(new Disagreement(row.File, row.Index, "status", row.Status, actual));
                }
            }
        }

        // Recipients the reference does not list are wrong answers too, though no figure counts them.
        foreach (var (file, report) in reports)
        {
            var expected = Corpus.Rows.Count(r => r.File == file);
            if (report.Recipients.Count > expected)
            {
                disagreements.Add(new Disagreement(file, expected + 1, "extra", "absent", $"{report.Recipients.Count} recipients"));
            }
        }

        return new CorpusFigures(Corpus.Rows.Count, found, statusRows, statusAgree, reasonAgree, hardAgree, disagreements);
    }

    // The reports of every message in the file, their recipients in order (the reference numbers them through the file).
    private static FileReport Read(string file)
    {
        var reports = Corpus.LoadAll(file).Select(BounceReport.Read).ToList();
        return new FileReport(reports[0].Kind, reports.SelectMany(r => r.Recipients).ToList());
    }

    private sealed record FileReport(BounceKind Kind, IReadOnlyList<BouncedRecipient> Recipients);
}

/// <summary>A row where the reader and the reference differ: what was expected and what was read.</summary>
public sealed record Disagreement(string File, int Index, string Field, string Expected, string Actual)
{
    public string Key => $"{File}\t{Index}\t{Field}";
}
