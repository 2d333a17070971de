using System;
using System.Globalization;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;

namespace SmtpStatusCodes.Benchmarks;

/// <summary>
/// Strict parsing of three-digit reply codes (RFC 5321 s4.2) over <see cref="Inputs.ReplyCodes"/>: ours over chars and
/// UTF-8 against [GeneratedRegex] + int.Parse, int.TryParse + a range check, and a hand-written limit. Each returns the
/// code or -1 per input.
/// </summary>
[MemoryDiagnoser]
public partial class ReplyCodeParseBenchmarks
{
    /// <summary>The reply-code grammar, ASCII digits only.</summary>
    public const string Pattern = @"^[2-5][0-5][0-9]\z";

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex GeneratedPattern();

    public static int OursChars(string s) => ReplyCode.TryParse(s.AsSpan(), out var code) ? code.Value : -1;

    public static int OursUtf8(byte[] s) => ReplyCode.TryParse(s.AsSpan(), out var code) ? code.Value : -1;

    public static int WithRegex(string s) =>
        GeneratedPattern().IsMatch(s) ? int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture) : -1;

    /// <summary>int.TryParse with no signs, spaces or separators, then the grammar's range check (ASCII digits only: .NET's int parsing refuses others).</summary>
    public static int WithIntParse(string s) =>
        s.Length == 3 && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && ReplyCode.IsValid(value) ? value : -1;

    public static int WithLimit(string s) => HandWritten.ParseReplyCode(s);

    [Benchmark(Baseline = true, OperationsPerInvoke = Inputs.ReplyCodeCount)]
    public long Regex()
    {
        long sum = 0;
        foreach (var s in Inputs.ReplyCodes)
        {
            sum += WithRegex(s);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Inputs.ReplyCodeCount)]
    public long IntParse()
    {
        long sum = 0;
        foreach (var s in Inputs.ReplyCodes)
        {
            sum += WithIntParse(s);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Inputs.ReplyCodeCount)]
    public long HandWrittenLimit()
    {
        long sum = 0;
        foreach (var s in Inputs.ReplyCodes)
        {
            sum += WithLimit(s);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Inputs.ReplyCodeCount)]
    public long Ours_Chars()
    {
        long sum = 0;
        foreach (var s in Inputs.ReplyCodes)
        {
            sum += OursChars(s);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Inputs.ReplyCodeCount)]
    public long Ours_Utf8()
    {
        long sum = 0;
        foreach (var s in Inputs.ReplyCodesUtf8)
        {
            sum += OursUtf8(s);
        }

        return sum;
    }
}
