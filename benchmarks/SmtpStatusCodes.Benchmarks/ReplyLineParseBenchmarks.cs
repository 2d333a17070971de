using System;
using System.Globalization;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;

namespace SmtpStatusCodes.Benchmarks;

/// <summary>
/// Reply lines (RFC 5321 s4.2 with the RFC 2034 enhanced code) over <see cref="Inputs.ReplyLines"/>: ours over chars
/// and UTF-8 against a [GeneratedRegex] and a hand-written limit. Each reports <see cref="ReplyLineParts"/> per line.
/// </summary>
/// <remarks>
/// The regex is the one a careful user ends up with, not the first one they write: the first draft,
/// <c>^([2-5][0-5][0-9])([ -]|$)(?:([245]\.\d{1,3}\.\d{1,3})(?: +|$))?(.*)$</c>, disagrees with the grammar on
/// leading zeros (<c>5.01.1</c>), on non-ASCII digits (<c>\d</c>), on 3xx lines (RFC 2034 gives them no enhanced
/// code), and on CRLF (<c>.</c> takes the CR). The pattern below fixes each, so the agreement check can hold; its
/// text group is greedy (a lazy one made the regex about 3x slower) and stops at a CR or LF, which may only end the
/// line (CRLF, LF or a lone CR).
/// </remarks>
[MemoryDiagnoser]
public partial class ReplyLineParseBenchmarks
{
    /// <summary>The reply-line grammar as a regex that agrees with ours on every input.</summary>
    public const string Pattern =
        @"^(?<code>[2-5][0-5][0-9])"
        + @"(?:(?<sep>[ -])"
        + @"(?:(?<!^3..[ -])(?<status>(?<c>[245])\.(?<s>0|[1-9][0-9]{0,2})\.(?<d>0|[1-9][0-9]{0,2}))(?: +|(?=\r?\n?\z)))?"
        + @"(?<text>[^\r\n]*))?"
        + @"\r?\n?\z";

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex GeneratedPattern();

    public static bool OursChars(string s, out ReplyLineParts parts)
    {
        if (!ReplyLine.TryParse(s.AsSpan(), out var line))
        {
            parts = default;
            return false;
        }

        parts = new ReplyLineParts(line.Code.Value, line.IsLast, Encode(line.StatusCode), line.Line.Length - line.Text.Length, line.Text.Length);
        return true;
    }

    public static bool OursUtf8(byte[] s, out ReplyLineParts parts)
    {
        if (!Utf8ReplyLine.TryParse(s, out var line))
        {
            parts = default;
            return false;
        }

        parts = new ReplyLineParts(line.Code.Value, line.IsLast, Encode(line.StatusCode), line.Line.Length - line.Text.Length, line.Text.Length);
        return true;
    }

    private static int Encode(StatusCode? code) =>
        code is { } c ? EnhancedCodeParseBenchmarks.Encode((int)c.Class, c.Subject, c.Detail) : -1;

    public static bool WithRegex(string s, out ReplyLineParts parts)
    {
        var m = GeneratedPattern().Match(s);
        if (!m.Success)
        {
            parts = default;
            return false;
        }

        var status = m.Groups["status"];
        var text = m.Groups["text"];
        var sep = m.Groups["sep"];
        parts = new ReplyLineParts(
            int.Parse(m.Groups["code"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture),
            !sep.Success || sep.ValueSpan[0] == ' ',
            status.Success
                ? EnhancedCodeParseBenchmarks.Encode(
                    m.Groups["c"].ValueSpan[0] - '0',
                    int.Parse(m.Groups["s"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture),
                    int.Parse(m.Groups["d"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture))
                : -1,
            text.Success ? text.Index : 3,
            text.Success ? text.Length : 0);
        return true;
    }

    public static bool WithLimit(string s, out ReplyLineParts parts) => HandWritten.TryParseReplyLine(s, out parts);

    [Benchmark(Baseline = true, OperationsPerInvoke = Inputs.ReplyLineCount)]
    public long Regex()
    {
        long sum = 0;
        foreach (var s in Inputs.ReplyLines)
        {
            sum += WithRegex(s, out var parts) ? parts.Checksum : -1;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Inputs.ReplyLineCount)]
    public long HandWrittenLimit()
    {
        long sum = 0;
        foreach (var s in Inputs.ReplyLines)
        {
            sum += WithLimit(s, out var parts) ? parts.Checksum : -1;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Inputs.ReplyLineCount)]
    public long Ours_Chars()
    {
        long sum = 0;
        foreach (var s in Inputs.ReplyLines)
        {
            sum += OursChars(s, out var parts) ? parts.Checksum : -1;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Inputs.ReplyLineCount)]
    public long Ours_Utf8()
    {
        long sum = 0;
        foreach (var s in Inputs.ReplyLinesUtf8)
        {
            sum += OursUtf8(s, out var parts) ? parts.Checksum : -1;
        }

        return sum;
    }
}
