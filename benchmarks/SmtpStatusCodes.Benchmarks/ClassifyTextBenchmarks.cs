using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;

namespace SmtpStatusCodes.Benchmarks;

/// <summary>
/// Classifying 4 KB of bounce text. The baseline is a plain <see cref="Regex"/> alternation of the same phrase list
/// (the phrases that apply with no code; case-insensitive, compiled) that finds the highest-priority phrase in the whole
/// text. <see cref="Inputs.DigitFreeBounce"/> has no code, so ours must search the whole text for phrases too: the like
/// for like comparison (ours also scans for codes, which the baseline does not). <see cref="Inputs.Bounce"/> is the
/// real case: its 5.1.1 leaves the reason open to cue phrases, which ours reads in the paragraph of that code.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ClassifyTextBenchmarks
{
    /// <summary>
    /// The phrases of src/SmtpStatusCodes/Data/bounce-phrases.tsv (embedded in this assembly) that apply when there is no code, in
    /// priority order: the code-scoped ones (a few dozen) are left out so that the baseline needs no code rules.
    /// </summary>
    public static readonly string[] Phrases = ReadPhrases();

    private static readonly Regex PhraseRegex = new(
        string.Join("|", Phrases.Distinct().OrderByDescending(p => p.Length).Select(Regex.Escape)),
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Dictionary<string, int> Priority = Phrases.Select((p, i) => (p, i)).GroupBy(x => x.p)
        .ToDictionary(g => g.Key, g => g.First().i, StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> PriorityLookup = Priority.GetAlternateLookup<ReadOnlySpan<char>>();

    private static string[] ReadPhrases()
    {
        using var stream = typeof(ClassifyTextBenchmarks).Assembly.GetManifestResourceStream("bounce-phrases.tsv")
            ?? throw new InvalidOperationException("bounce-phrases.tsv is not embedded");
        using var reader = new StreamReader(stream);
        return [.. reader.ReadToEnd().Split('\n').Where(l => l.Length > 0 && l[0] != '#').Skip(1).Select(l => l.Split('\t')).Where(f => f[2] is "any" or "none").Select(f => f[0])];
    }

    /// <summary>The baseline: the first phrase in priority order that occurs in <paramref name="text"/> (ignoring code scopes), or null.</summary>
    public static string? RegexBestPhrase(string text)
    {
        var best = int.MaxValue;
        foreach (var m in PhraseRegex.EnumerateMatches(text))
        {
            if (PriorityLookup.TryGetValue(text.AsSpan(m.Index, m.Length), out var priority) && priority < best)
            {
                best = priority;
            }
        }

        return best == int.MaxValue ? null : Phrases[best];
    }

    /// <summary><see cref="Inputs.DigitFreeBounce"/> as UTF-8.</summary>
    public static readonly byte[] DigitFreeBounceUtf8 = System.Text.Encoding.UTF8.GetBytes(Inputs.DigitFreeBounce);

    [Benchmark(Baseline = true)]
    public string? Regex_NoCode() => RegexBestPhrase(Inputs.DigitFreeBounce);

    [Benchmark]
    public BounceReason Ours_NoCode_Chars() => BounceClassifier.Classify(Inputs.DigitFreeBounce.AsSpan()).Reason;

    [Benchmark]
    public BounceReason Ours_NoCode_Utf8() => BounceClassifier.Classify(DigitFreeBounceUtf8.AsSpan()).Reason;

    [Benchmark]
    public BounceReason Ours_Bounce_Chars() => BounceClassifier.Classify(Inputs.Bounce.AsSpan()).Reason;

    [Benchmark]
    public BounceReason Ours_Bounce_Utf8() => BounceClassifier.Classify(Inputs.BounceUtf8.AsSpan()).Reason;
}
