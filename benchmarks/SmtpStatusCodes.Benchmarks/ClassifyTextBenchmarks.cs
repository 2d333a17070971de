using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;

namespace SmtpStatusCodes.Benchmarks;

/// <summary>
/// Classifying the 4 KB <see cref="Inputs.Bounce"/> (its 5.1.1 leaves the reason open to cue phrases, so the whole
/// text is searched for all phrases of bounce-phrases.tsv): BounceClassifier over chars and UTF-8 against the
/// baseline, a plain <see cref="Regex"/> alternation of the same phrase list (the phrases that apply to any code) (case-insensitive, compiled) that finds the
/// highest-priority phrase the same way. The baseline does only the phrase search; ours also scans the codes and
/// applies the rules, so the comparison favours the baseline.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ClassifyTextBenchmarks
{
    /// <summary>
    /// The phrases of src/SmtpStatusCodes/Data/bounce-phrases.tsv (embedded in this assembly) that apply to any code, in
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
        return [.. reader.ReadToEnd().Split('\n').Where(l => l.Length > 0 && l[0] != '#').Skip(1).Select(l => l.Split('\t')).Where(f => f[2] == "any").Select(f => f[0])];
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

    [Benchmark(Baseline = true)]
    public string? Regex_PhraseSearch() => RegexBestPhrase(Inputs.Bounce);

    [Benchmark]
    public BounceReason Ours_Chars() => BounceClassifier.Classify(Inputs.Bounce.AsSpan()).Reason;

    [Benchmark]
    public BounceReason Ours_Utf8() => BounceClassifier.Classify(Inputs.BounceUtf8.AsSpan()).Reason;
}
