using System;
using System.Runtime.CompilerServices;

namespace SmtpStatusCodes.Benchmarks;

/// <summary>
/// The "limit": the simplest specialised parsers one could write by hand for exactly these grammars, over chars only,
/// with no error reporting, no generic code-unit abstraction and no lenient mode. Ours should come close to them.
/// </summary>
public static class HandWritten
{
    /// <summary>Strict RFC 3463 s2 enhanced status code: the whole span, class 2/4/5, parts of 1-3 digits without leading zeros.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryParseStatusCode(ReadOnlySpan<char> s, out int statusClass, out int subject, out int detail)
    {
        statusClass = subject = detail = 0;
        var n = s.Length;
        if (n < 5 || n > 9 || s[1] != '.')
        {
            return false;
        }

        var c = s[0];
        if (c != '2' && c != '4' && c != '5')
        {
            return false;
        }

        var i = 2;
        if (!TryPart(s, ref i, out subject) || i >= n || s[i] != '.')
        {
            return false;
        }

        i++;
        if (!TryPart(s, ref i, out detail) || i != n)
        {
            return false;
        }

        statusClass = c - '0';
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryPart(ReadOnlySpan<char> s, ref int i, out int value)
    {
        value = 0;
        var start = i;
        while (i < s.Length)
        {
            var d = (uint)(s[i] - '0');
            if (d > 9)
            {
                break;
            }

            value = (value * 10) + (int)d;
            i++;
        }

        var digits = i - start;
        return digits is >= 1 and <= 3 && (digits == 1 || s[start] != '0');
    }

    /// <summary>Strict RFC 5321 s4.2 reply code: exactly three ASCII digits, 2-5, 0-5, 0-9. Returns the code or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ParseReplyCode(ReadOnlySpan<char> s)
    {
        if (s.Length != 3)
        {
            return -1;
        }

        var a = (uint)(s[0] - '2');
        var b = (uint)(s[1] - '0');
        var c = (uint)(s[2] - '0');
        return a <= 3 && b <= 5 && c <= 9 ? (int)(((a + 2) * 100) + (b * 10) + c) : -1;
    }

    /// <summary>
    /// A reply line (RFC 5321 s4.2, RFC 2034 s4): code, ' ' or '-' or the end, an optional enhanced code (not on 3xx
    /// lines) followed by spaces or the end, then the text; one trailing LF or CRLF is ignored.
    /// </summary>
    public static bool TryParseReplyLine(ReadOnlySpan<char> line, out ReplyLineParts parts)
    {
        parts = default;
        var length = line.Length;
        if (length > 0 && line[length - 1] == '\n')
        {
            length--;
        }

        if (length > 0 && line[length - 1] == '\r')
        {
            length--;
        }

        if (length < 3 || line.Slice(0, length).IndexOfAny('\r', '\n') >= 0)
        {
            return false;
        }

        var code = ParseReplyCode(line.Slice(0, 3));
        if (code < 0)
        {
            return false;
        }

        if (length == 3)
        {
            parts = new ReplyLineParts(code, true, -1, 3, 0);
            return true;
        }

        var separator = line[3];
        if (separator != ' ' && separator != '-')
        {
            return false;
        }

        var textStart = 4;
        var status = -1;
        if (code / 100 != 3)
        {
            var end = 4;
            var limit = Math.Min(length, 14);
            while (end < limit && line[end] != ' ')
            {
                end++;
            }

            if ((end == length || line[end] == ' ')
                && TryParseStatusCode(line.Slice(4, end - 4), out var c, out var subject, out var detail))
            {
                status = EnhancedCodeParseBenchmarks.Encode(c, subject, detail);
                textStart = end;
                while (textStart < length && line[textStart] == ' ')
                {
                    textStart++;
                }
            }
        }

        parts = new ReplyLineParts(code, separator == ' ', status, textStart, length - textStart);
        return true;
    }
}

/// <summary>What every reply-line implementation reports: code, last-line flag, enhanced code (-1 for none), where the text is.</summary>
/// <param name="Code">The reply code.</param>
/// <param name="IsLast">True for a space or nothing after the code.</param>
/// <param name="Status">The enhanced code as <see cref="EnhancedCodeParseBenchmarks.Encode(int, int, int)"/>, or -1.</param>
/// <param name="TextStart">Where the text starts.</param>
/// <param name="TextLength">The length of the text, without CR/LF.</param>
public readonly record struct ReplyLineParts(int Code, bool IsLast, int Status, int TextStart, int TextLength)
{
    /// <summary>One number for a checksum.</summary>
    public long Checksum => Code + (IsLast ? 1000 : 0) + Status + (TextStart * 7L) + (TextLength * 13L);
}
