using System;
using System.Buffers;
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
/// A second baseline is the runtime's multi-string search, <c>SearchValues&lt;string&gt;</c> over the same phrases
/// (case-insensitive), stepped from hit to hit: the design the library used before its four-character filter.
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

    private static readonly SearchValues<string> PhraseValues = SearchValues.Create(Phrases.Distinct().ToArray(), StringComparison.OrdinalIgnoreCase);

    /// <summary>The <c>SearchValues&lt;string&gt;</c> baseline: every hit is compared with the phrases of higher priority than the best so far.</summary>
    public static string? SearchValuesBestPhrase(string text)
    {
        var best = int.MaxValue;
        var span = text.AsSpan();
        var position = 0;
        while (position < span.Length)
        {
            var found = span.Slice(position).IndexOfAny(PhraseValues);
            if (found < 0)
            {
                break;
            }

            position += found;
            for (var i = 0; i < best && i < Phrases.Length; i++)
            {
                if (span.Slice(position).StartsWith(Phrases[i], StringComparison.OrdinalIgnoreCase))
                {
                    best = i;
                }
            }

            position++;
        }

        return best == int.MaxValue ? null : Phrases[best];
    }

    /// <summary><see cref="Inputs.DigitFreeBounce"/> as UTF-8.</summary>
    public static readonly byte[] DigitFreeBounceUtf8 = System.Text.Encoding.UTF8.GetBytes(Inputs.DigitFreeBounce);

    [Benchmark(Baseline = true)]
    public string? Regex_NoCode() => RegexBestPhrase(Inputs.DigitFreeBounce);

    [Benchmark]
    public string? SearchValues_NoCode() => SearchValuesBestPhrase(Inputs.DigitFreeBounce);

    [Benchmark]
    public BounceReason Ours_NoCode_Chars() => BounceClassifier.Classify(Inputs.DigitFreeBounce.AsSpan()).Reason;

    [Benchmark]
    public BounceReason Ours_NoCode_Utf8() => BounceClassifier.Classify(DigitFreeBounceUtf8.AsSpan()).Reason;

    [Benchmark]
    public BounceReason Ours_Bounce_Chars() => BounceClassifier.Classify(Inputs.Bounce.AsSpan()).Reason;

    [Benchmark]
    public BounceReason Ours_Bounce_Utf8() => BounceClassifier.Classify(Inputs.BounceUtf8.AsSpan()).Reason;
}
