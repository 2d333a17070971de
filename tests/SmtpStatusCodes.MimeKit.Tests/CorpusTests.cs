using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Xunit.Abstractions;

namespace SmtpStatusCodes.MimeKit.Tests;

/// <summary>
/// The corpus figures, enforced: no figure may drop below tests/SmtpStatusCodes.MimeKit.Tests/Corpus/baseline.tsv, and
/// every row where the reader and the reference differ must be listed, with a reason, in Corpus/disagreements.tsv
/// (and nothing listed there may have become an agreement). Set BOUNCE_CORPUS_OUT to a folder to get the current
/// figures and disagreements written there.
/// </summary>
public sealed class CorpusTests(ITestOutputHelper output)
{
    private static readonly Lazy<CorpusFigures> Figures = new(CorpusFigures.Measure);

    private static string Checked(string name) => Path.Combine(AppContext.BaseDirectory, "Corpus", name);

    [Fact]
    public void Figures_do_not_drop_below_the_baseline()
    {
        var figures = Figures.Value;
        output.WriteLine(figures.ToString());
        Write(figures);
        var baseline = File.ReadLines(Checked("baseline.tsv"))
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t'))
            .ToDictionary(f => f[0], f => double.Parse(f[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);
        foreach (var (name, value) in figures.AsFigures())
        {
            baseline.Should().ContainKey(name);
            value.Should().BeGreaterThanOrEqualTo(baseline[name], $"the {name} figure must not drop below the checked-in baseline");
        }
    }

    [Fact]
    public void Every_disagreement_is_listed_with_a_reason()
    {
        var figures = Figures.Value;
        var listed = File.ReadLines(Checked("disagreements.tsv"))
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t'))
            .ToDictionary(f => $"{f[0]}\t{f[1]}\t{f[2]}", f => f.Length > 5 ? f[5] : string.Empty, StringComparer.Ordinal);
        var actual = figures.Disagreements.ToDictionary(d => d.Key, StringComparer.Ordinal);
        foreach (var d in figures.Disagreements)
        {
            output.WriteLine($"{d.Key}\t{d.Expected}\t{d.Actual}");
        }

        actual.Keys.Except(listed.Keys).Should().BeEmpty("every disagreement with the reference is listed in Corpus/disagreements.tsv");
        listed.Keys.Except(actual.Keys).Should().BeEmpty("a listed disagreement that no longer occurs is removed from Corpus/disagreements.tsv");
        listed.Where(l => string.IsNullOrWhiteSpace(l.Value)).Select(l => l.Key).Should().BeEmpty("every listed disagreement says why");
    }

    private static void Write(CorpusFigures figures)
    {
        var folder = Environment.GetEnvironmentVariable("BOUNCE_CORPUS_OUT");
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllLines(Path.Combine(folder, "figures.tsv"), figures.AsFigures().Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Key}\t{f.Value:0.00}")));
        File.WriteAllLines(Path.Combine(folder, "disagreements.tsv"), figures.Disagreements.Select(d => $"{d.Key}\t{d.Expected}\t{d.Actual}\t"));
    }
}
