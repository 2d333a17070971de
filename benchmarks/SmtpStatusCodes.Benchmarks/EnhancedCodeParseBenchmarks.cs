using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;

namespace SmtpStatusCodes.Benchmarks;

/// <summary>
/// Strict parsing of enhanced status codes (RFC 3463 s2) over <see cref="Inputs.EnhancedCodes"/>: ours over chars and
/// UTF-8 against [GeneratedRegex], a compiled Regex, string.Split + int.Parse, and a hand-written limit. Every method
/// computes the same per-input result (<see cref="Encode(int, int, int)"/>), which <see cref="BenchmarkAgreement.EnhancedCodeParse"/>
/// compares before anything is timed.
/// </summary>
[MemoryDiagnoser]
public partial class EnhancedCodeParseBenchmarks
{
    /// <summary>The strict grammar: class 2/4/5, then two parts of 1-3 ASCII digits without leading zeros, and nothing else.</summary>
    public const string Pattern = @"^([245])\.(0|[1-9][0-9]{0,2})\.(0|[1-9][0-9]{0,2})\z";

    private static readonly Regex CompiledPattern = new(Pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant);

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex GeneratedPattern();

    /// <summary>A parse verdict with its parts as one number: class * 1,000,000 + subject * 1,000 + detail, or -1 when refused.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Encode(int statusClass, int subject, int detail) => (statusClass * 1_000_000) + (subject * 1_000) + detail;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Encode(bool ok, StatusCode code) => ok ? Encode((int)code.Class, code.Subject, code.Detail) : -1;

    // ---- the implementations, one input at a time (shared with BenchmarkAgreement) ----

    public static int OursChars(string s) => Encode(StatusCode.TryParse(s.AsSpan(), out var code), code);

    public static int OursUtf8(byte[] s) => Encode(StatusCode.TryParse(s.AsSpan(), out var code), code);

    public static int WithGeneratedRegex(string s) => FromMatch(GeneratedPattern().Match(s));

    public static int WithCompiledRegex(string s) => FromMatch(CompiledPattern.Match(s));

    private static int FromMatch(Match m) => m.Success
        ? Encode(
            int.Parse(m.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture),
            int.Parse(m.Groups[2].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture),
            int.Parse(m.Groups[3].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture))
        : -1;

    /// <summary>string.Split('.') and int.Parse, with the checks that make it as strict as the grammar.</summary>
    public static int WithSplit(string s)
    {
        var parts = s.Split('.');
        if (parts.Length != 3 || parts[0].Length != 1 || parts[0][0] is not ('2' or '4' or '5'))
        {
            return -1;
        }

        for (var i = 1; i < 3; i++)
        {
            var part = parts[i];
            if (part.Length is 0 or > 3 || (part.Length > 1 && part[0] == '0'))
            {
                return -1;
            }

            foreach (var c in part)
            {
                if (c is < '0' or > '9')
                {
                    return -1;
                }
            }
        }

        return Encode(
            int.Parse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture),
            int.Parse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture),
            int.Parse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture));
    }

    public static int WithLimit(string s) => HandWritten.TryParseStatusCode(s, out var c, out var subject, out var detail) ? Encode(c, subject, detail) : -1;

    // ---- the benchmarks ----

    [Benchmark(Baseline = true, OperationsPerInvoke = Inputs.EnhancedCodeCount)]
    public long GeneratedRegex()
    {
        long sum = 0;
        foreach (var s in Inputs.EnhancedCodes)
        {
            sum += WithGeneratedRegex(s);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Inputs.EnhancedCodeCount)]
    public long CompiledRegex()
    {
        long sum = 0;
        foreach (var s in Inputs.EnhancedCodes)
        {
            sum += WithCompiledRegex(s);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Inputs.EnhancedCodeCount)]
    public long SplitIntParse()
    {
        long sum = 0;
        foreach (var s in Inputs.EnhancedCodes)
        {
            sum += WithSplit(s);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Inputs.EnhancedCodeCount)]
    public long HandWrittenLimit()
    {
        long sum = 0;
        foreach (var s in Inputs.EnhancedCodes)
        {
            sum += WithLimit(s);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Inputs.EnhancedCodeCount)]
    public long Ours_Chars()
    {
        long sum = 0;
        foreach (var s in Inputs.EnhancedCodes)
        {
            sum += OursChars(s);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Inputs.EnhancedCodeCount)]
    public long Ours_Utf8()
    {
        long sum = 0;
        foreach (var s in Inputs.EnhancedCodesUtf8)
        {
            sum += OursUtf8(s);
        }

        return sum;
    }
}
