using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Xunit.Abstractions;

namespace SmtpStatusCodes.CorpusTests;

/// <summary>
/// Agreement with the reference analyzer on 406 real bounces, per recipient: on the reason (ours folded into the
/// standard taxonomy) and on hard/soft. The figures may only rise (agreement-baseline.tsv), and every disagreement is
/// listed, with who is right and why, in disagreements.tsv.
/// </summary>
public class CorpusAgreementTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Corpus", "bounces");
    private readonly ITestOutputHelper _output;

    public CorpusAgreementTests(ITestOutputHelper output) => _output = output;

    private sealed record Outcome(ExpectedRow Expected, BounceClassification Ours, RecipientEvidence Evidence)
    {
        public string OurReason => Ours.Reason.ToStandard().ToString().ToLowerInvariant();

        public bool ReasonAgrees => OurReason == Expected.Reason;

        public bool HardAgrees => Ours.IsHard == Expected.Hard;

        public string Key => $"{Expected.File}\t{Expected.Index}";
    }

    private static List<ExpectedRow> Expected() =>
        File.ReadAllLines(Path.Combine(Root, "expected.tsv")).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t'))
            .Select(f => new ExpectedRow(f[0], int.Parse(f[1], CultureInfo.InvariantCulture), f[2], f[3], f[4], f[5] == "1")).ToList();

    private static List<Outcome> Classify()
    {
        var outcomes = new List<Outcome>();
        foreach (var file in Expected().GroupBy(e => e.File))
        {
            var (groups, text) = RecipientEvidence.Read(Path.Combine(Root, "samples", file.Key));
            foreach (var row in file)
            {
                // Without a delivery-status group for this recipient, the message text is all there is.
                var recipient = row.Index <= groups.Count ? groups[row.Index - 1] : RecipientEvidence.FromText(text, row.Index);
                outcomes.Add(new Outcome(row, recipient.Classify(), recipient));
            }
        }

        return outcomes;
    }

    private static string Snippet(RecipientEvidence e)
    {
        var text = e.Text.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ');
        return text.Length > 300 ? text.Substring(0, 300) : text;
    }

    [Fact]
    public void Agreement_with_the_reference_never_drops_below_the_checked_in_baseline()
    {
        var outcomes = Classify();
        outcomes.Should().HaveCount(429, "expected.tsv has 429 recipients");
        var hard = outcomes.Count(o => o.HardAgrees) / (double)outcomes.Count;
        var reason = outcomes.Count(o => o.ReasonAgrees) / (double)outcomes.Count;
        _output.WriteLine($"hard/soft agreement: {hard:P1} ({outcomes.Count(o => o.HardAgrees)}/{outcomes.Count})");
        _output.WriteLine($"reason agreement:    {reason:P1} ({outcomes.Count(o => o.ReasonAgrees)}/{outcomes.Count})");
        foreach (var o in outcomes.Where(o => !o.ReasonAgrees || !o.HardAgrees))
        {
            _output.WriteLine($"{o.Key}\t{o.Expected.Reason}/{(o.Expected.Hard ? "hard" : "soft")}\t{o.OurReason}/{o.Ours.Type}\t{o.Ours}\t{o.Ours.CuePhrase}\t{o.Evidence.Status}\t{Snippet(o.Evidence)}");
        }

        var baseline = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "agreement-baseline.tsv"))
            .Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')).ToDictionary(f => f[0], f => double.Parse(f[1], CultureInfo.InvariantCulture));
        Math.Round(hard * 100, 1).Should().BeGreaterThanOrEqualTo(baseline["hard-soft"], "hard/soft agreement may not drop below the last checked-in figure");
        Math.Round(reason * 100, 1).Should().BeGreaterThanOrEqualTo(baseline["reason"], "reason agreement may not drop below the last checked-in figure");
    }

    [Fact]
    public void Every_disagreement_is_listed_with_a_verdict_and_a_reason()
    {
        var listed = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "disagreements.tsv"))
            .Where(l => l.Length > 0 && l[0] != '#').Skip(1).Select(l => l.Split('\t')).ToList();
        foreach (var row in listed)
        {
            row.Should().HaveCount(6, string.Join("|", row));
            row[4].Should().BeOneOf("ours right", "theirs right", "ambiguous");
            row[5].Trim().Should().NotBeEmpty($"{row[0]} #{row[1]} needs a one-line why");
        }

        var actual = Classify().Where(o => !o.ReasonAgrees || !o.HardAgrees)
            .Select(o => $"{o.Key}\t{o.Expected.Reason}/{(o.Expected.Hard ? "hard" : "soft")}\t{o.OurReason}/{(o.Ours.IsHard ? "hard" : "soft")}").ToList();
        var listedKeys = listed.Select(r => $"{r[0]}\t{r[1]}\t{r[2]}\t{r[3]}").ToList();
        var report = new StringBuilder();
        foreach (var missing in actual.Except(listedKeys))
        {
            report.AppendLine("not listed: " + missing);
        }

        foreach (var stale in listedKeys.Except(actual))
        {
            report.AppendLine("listed but no longer a disagreement (or changed): " + stale);
        }

        _output.WriteLine(report.ToString());
        report.Length.Should().Be(0, "disagreements.tsv must list exactly the current disagreements:\n" + report);
    }
}
