using System;
using SmtpStatusCodes.Internal;

namespace SmtpStatusCodes;

/// <summary>Parses the values of the DSN fields that carry codes: <c>Status:</c> and <c>Diagnostic-Code:</c> (RFC 3464).</summary>
public static class DsnField
{
    /// <summary>Parses a <c>Status:</c> value: an enhanced code, optionally followed by a comment in parentheses
    /// (RFC 3464 section 2.3.4), e.g. <c>5.1.1 (bad destination mailbox)</c>.</summary>
    /// <param name="value">The field value (surrounding white space and folding are ignored).</param>
    /// <param name="code">The code, or <c>default</c>.</param>
    /// <param name="comment">The comment without its parentheses, or empty.</param>
    /// <returns>True when the value is a code with at most a comment after it.</returns>
    /// <remarks>RFC 3464 lets the class be any digit; codes of other classes than 2, 4 and 5 cannot be represented and are refused.</remarks>
    public static bool TryParseStatus(ReadOnlySpan<char> value, out StatusCode code, out ReadOnlySpan<char> comment) =>
        TryParseStatusCore(value, out code, out comment);

    /// <summary>The UTF-8 form of <see cref="TryParseStatus(ReadOnlySpan{char}, out StatusCode, out ReadOnlySpan{char})"/>.</summary>
    /// <param name="value">The field value as UTF-8.</param>
    /// <param name="code">The code, or <c>default</c>.</param>
    /// <param name="comment">The comment without its parentheses, or empty.</param>
    /// <returns>True when the value is a code with at most a comment after it.</returns>
    public static bool TryParseStatus(ReadOnlySpan<byte> value, out StatusCode code, out ReadOnlySpan<byte> comment) =>
        TryParseStatusCore(value, out code, out comment);

    /// <summary>Parses a <c>Diagnostic-Code:</c> value: <c>type ; text</c> (RFC 3464 section 2.3.6), reading the reply code
    /// and enhanced code the text starts with (RFC 3461 section 9.2 for the <c>smtp</c> type).</summary>
    /// <param name="value">The field value; folded continuation lines may be included.</param>
    /// <param name="diagnostic">The parsed value, or <c>default</c>.</param>
    /// <returns>True when the value has a type and a semicolon.</returns>
    public static bool TryParseDiagnosticCode(ReadOnlySpan<char> value, out DiagnosticCode diagnostic)
    {
        var parsed = TryParseDiagnosticCore(value, out var type, out var text, out var isSmtp, out var reply, out var status);
        diagnostic = parsed ? new DiagnosticCode(type, text, isSmtp, reply, status) : default;
        return parsed;
    }

    /// <summary>The UTF-8 form of <see cref="TryParseDiagnosticCode(ReadOnlySpan{char}, out DiagnosticCode)"/>.</summary>
    /// <param name="value">The field value as UTF-8.</param>
    /// <param name="diagnostic">The parsed value, or <c>default</c>.</param>
    /// <returns>True when the value has a type and a semicolon.</returns>
    public static bool TryParseDiagnosticCode(ReadOnlySpan<byte> value, out Utf8DiagnosticCode diagnostic)
    {
        var parsed = TryParseDiagnosticCore(value, out var type, out var text, out var isSmtp, out var reply, out var status);
        diagnostic = parsed ? new Utf8DiagnosticCode(type, text, isSmtp, reply, status) : default;
        return parsed;
    }

    internal static bool TryParseStatusCore<T>(ReadOnlySpan<T> value, out StatusCode code, out ReadOnlySpan<T> comment)
        where T : unmanaged
    {
        code = default;
        comment = default;
        value = Ascii.Trim(value);
        var end = 0;
        while (end < value.Length && !Ascii.IsBlank(TextUnit.At(value, end)) && TextUnit.At(value, end) != '(')
        {
            end++;
        }

        if (!CodeParser.TryParseStatusCode(value.Slice(0, end), out var packed))
        {
            return false;
        }

        var rest = Ascii.Trim(value.Slice(end));
        if (!rest.IsEmpty)
        {
            if (TextUnit.At(rest, 0) != '(' || TextUnit.At(rest, rest.Length - 1) != ')')
            {
                return false;
            }

            comment = Ascii.Trim(rest.Slice(1, rest.Length - 2));
        }

        code = StatusCode.FromPacked(packed);
        return true;
    }

    private static bool TryParseDiagnosticCore<T>(
        ReadOnlySpan<T> value, out ReadOnlySpan<T> type, out ReadOnlySpan<T> text, out bool isSmtp, out ReplyCode? replyCode, out StatusCode? statusCode)
        where T : unmanaged
    {
        type = default;
        text = default;
        isSmtp = false;
        replyCode = null;
        statusCode = null;
        var semicolon = Ascii.IndexOf(value, ';');
        if (semicolon < 0)
        {
            return false;
        }

        type = Ascii.Trim(value.Slice(0, semicolon));
        if (type.IsEmpty)
        {
            return false;
        }

        text = Ascii.Trim(value.Slice(semicolon + 1));
        var reply = 0;
        var status = 0;
        var p = 0;
        if (text.Length >= 3 && CodeParser.ReadReplyDigits(text, out var code, out _) == ParseError.None
            && (text.Length == 3 || TextUnit.At(text, 3) is ' ' or '-' or '\t' or '\r' or '\n'))
        {
            reply = code;
            p = 4;
        }

        while (p < text.Length && Ascii.IsBlank(TextUnit.At(text, p)))
        {
            p++;
        }

        var end = p;
        while (end < text.Length && !Ascii.IsBlank(TextUnit.At(text, end)))
        {
            end++;
        }

        if (end > p && CodeParser.TryParseStatusCode(text.Slice(p, end - p), out var packed))
        {
            status = packed;
            if (reply == 0)
            {
                // "smtp; 2.1.5 250 OK": some MTAs put the enhanced code first.
                var q = end;
                while (q < text.Length && Ascii.IsBlank(TextUnit.At(text, q)))
                {
                    q++;
                }

                if (q + 3 <= text.Length && CodeParser.ReadReplyDigits(text.Slice(q), out code, out _) == ParseError.None
                    && (q + 3 == text.Length || Ascii.IsBlank(TextUnit.At(text, q + 3)) || TextUnit.At(text, q + 3) == '-'))
                {
                    reply = code;
                }
            }
        }

        isSmtp = Ascii.EqualsIgnoreCase(type, "smtp");
        replyCode = reply == 0 ? null : ReplyCode.FromValue(reply);
        statusCode = status == 0 ? null : StatusCode.FromPacked(status);
        return true;
    }
}
