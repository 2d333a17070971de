using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;

namespace SmtpStatusCodes.Benchmarks;

/// <summary>
/// Finding codes in the 4 KB <see cref="Inputs.Bounce"/>: CodeScanner over chars and UTF-8 against
/// Regex.EnumerateMatches with the pattern a user would write (<see cref="NaivePattern"/>, the baseline) and with a
/// pattern that reproduces the scanner's rules for enhanced codes (<see cref="FaithfulPattern"/>). Each returns the
/// matched length (units covered by matches). The throughput column is the bounce's length in bytes divided by the mean time.
/// </summary>
/// <remarks>
/// The methods do not all find the same things, which is the point of the scanner. The naive pattern also finds the
/// traps (an IPv4 address, a date, a message ID) and no reply codes; the faithful pattern finds exactly the scanner's
/// enhanced codes and no reply codes (reply position needs the line context that docs/scanning.md describes).
/// <see cref="BenchmarkAgreement.Scan"/> checks precisely those relations.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public partial class ScanBenchmarks
{
    /// <summary>What a user writes first.</summary>
    public const string NaivePattern = @"\b[245]\.\d{1,3}\.\d{1,3}\b";

    /// <summary>The scanner's enhanced-code rules of docs/scanning.md, as a regex.</summary>
    public const string FaithfulPattern =
        @"(?<![A-Za-z0-9._/\\@+$%&=~])[245]\.[0-7]\.(?:0|[1-9][0-9]{0,2})(?![A-Za-z0-9_/@+%])(?![.-][A-Za-z0-9])";

    [GeneratedRegex(NaivePattern, RegexOptions.CultureInvariant)]
    private static partial Regex Naive();

    [GeneratedRegex(FaithfulPattern, RegexOptions.CultureInvariant)]
    private static partial Regex Faithful();

    /// <summary>A match as text: where it is, and the code.</summary>
    public static string Describe(int index, int length, string code) => string.Create(CultureInfo.InvariantCulture, $"{index}+{length}:{code}");

    /// <summary>Every match of ours over chars.</summary>
    public static List<string> OursChars(string text, bool statusCodesOnly)
    {
        var list = new List<string>();
        foreach (var m in CodeScanner.EnumerateMatches(text.AsSpan()))
        {
            if (!statusCodesOnly || m.IsStatusCode)
            {
                list.Add(Describe(m.Index, m.Length, m.ToString()));
            }
        }

        return list;
    }

    /// <summary>Every match of ours over UTF-8 (positions in bytes; the inputs are ASCII, so they equal char positions).</summary>
    public static List<string> OursUtf8(byte[] text, bool statusCodesOnly)
    {
        var list = new List<string>();
        foreach (var m in CodeScanner.EnumerateMatches(text.AsSpan()))
        {
            if (!statusCodesOnly || m.IsStatusCode)
            {
                list.Add(Describe(m.Index, m.Length, m.ToString()));
            }
        }

        return list;
    }

    /// <summary>Every match of the naive regex.</summary>
    public static List<string> NaiveMatches(string text) => RegexMatches(Naive(), text);

    /// <summary>Every match of the faithful regex.</summary>
    public static List<string> FaithfulMatches(string text) => RegexMatches(Faithful(), text);

    private static List<string> RegexMatches(Regex regex, string text)
    {
        var list = new List<string>();
        foreach (var m in regex.EnumerateMatches(text))
        {
            list.Add(Describe(m.Index, m.Length, text.Substring(m.Index, m.Length)));
        }

        return list;
    }

    /// <summary>The length covered by the naive regex's matches in <paramref name="text"/> (the baseline's loop).</summary>
    public static int CountNaive(string text)
    {
        var matched = 0;
        foreach (var m in Naive().EnumerateMatches(text))
        {
            matched += m.Length;
        }

        return matched;
    }

    [Benchmark(Baseline = true)]
    public int Regex_Naive() => CountNaive(Inputs.Bounce);

    [Benchmark]
    public int Regex_Faithful()
    {
        var matched = 0;
        foreach (var m in Faithful().EnumerateMatches(Inputs.Bounce))
        {
            matched += m.Length;
        }

        return matched;
    }

    [Benchmark]
    public int Ours_Chars() => CountOurs(Inputs.Bounce.AsSpan());

    [Benchmark]
    public int Ours_Utf8() => CountOurs(Inputs.BounceUtf8.AsSpan());

    /// <summary>The length covered by the scanner's matches in <paramref name="text"/>.</summary>
    public static int CountOurs(ReadOnlySpan<char> text)
    {
        var matched = 0;
        foreach (var m in CodeScanner.EnumerateMatches(text))
        {
            matched += m.Length;
        }

        return matched;
    }

    /// <summary>The length covered by the scanner's matches in UTF-8 <paramref name="text"/>.</summary>
    public static int CountOurs(ReadOnlySpan<byte> text)
    {
        var matched = 0;
        foreach (var m in CodeScanner.EnumerateMatches(text))
        {
            matched += m.Length;
        }

        return matched;
    }
}
