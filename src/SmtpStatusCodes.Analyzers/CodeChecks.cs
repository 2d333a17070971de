using System;
using System.Text;

namespace SmtpStatusCodes.Analyzers;

/// <summary>
/// Asks the SmtpStatusCodes library itself whether a constant parses, and why not. The analyzer holds no grammar of
/// its own: the wording of every SMTP001 message is the text of the exception the call would throw at run time.
/// </summary>
internal static class CodeChecks
{
    /// <summary>Null when <paramref name="text"/> parses as an enhanced status code; otherwise the parser's explanation.</summary>
    public static string? ExplainStatusCode(string text, bool utf8, out StatusCode code)
    {
        if (utf8 ? StatusCode.TryParse(Encoding.UTF8.GetBytes(text), out code) : StatusCode.TryParse(text, out code))
        {
            return null;
        }

        try
        {
            // Only refused input gets here, so the exception is the rare path.
            _ = utf8 ? StatusCode.Parse(Encoding.UTF8.GetBytes(text)) : StatusCode.Parse(text);
            return null;
        }
        catch (FormatException e)
        {
            return e.Message;
        }
    }

    /// <summary>Null when <paramref name="text"/> parses as a reply code; otherwise the parser's explanation.</summary>
    public static string? ExplainReplyCode(string text, bool utf8, out ReplyCode code)
    {
        if (utf8 ? ReplyCode.TryParse(Encoding.UTF8.GetBytes(text), out code) : ReplyCode.TryParse(text, out code))
        {
            return null;
        }

        try
        {
            _ = utf8 ? ReplyCode.Parse(Encoding.UTF8.GetBytes(text)) : ReplyCode.Parse(text);
            return null;
        }
        catch (FormatException e)
        {
            return e.Message;
        }
    }

    /// <summary>
    /// Null when <paramref name="text"/> parses as one reply line (<paramref name="utf8"/>: as UTF-8, the way
    /// <see cref="Utf8ReplyLine.Parse"/> reads it); otherwise the parser's explanation.
    /// </summary>
    public static string? ExplainReplyLine(string text, bool utf8, out ReplyCode reply, out StatusCode? status)
    {
        reply = default;
        status = null;
        try
        {
            if (utf8)
            {
                var line = Utf8ReplyLine.Parse(Encoding.UTF8.GetBytes(text));
                reply = line.Code;
                status = line.StatusCode;
            }
            else
            {
                var line = ReplyLine.Parse(text.AsSpan());
                reply = line.Code;
                status = line.StatusCode;
            }

            return null;
        }
        catch (FormatException e)
        {
            return e.Message;
        }
    }

    /// <summary>Null when <paramref name="text"/> parses as a whole reply; otherwise the parser's explanation.</summary>
    public static string? ExplainReply(string text, out ReplyCode reply, out StatusCode? status)
    {
        reply = default;
        status = null;
        try
        {
            var parsed = SmtpReply.Parse(text);
            reply = parsed.Code;
            status = parsed.StatusCode;
            return null;
        }
        catch (FormatException e)
        {
            return e.Message;
        }
    }

    /// <summary>Null when the constructor accepts the parts; otherwise its explanation.</summary>
    public static string? ExplainStatusCodeParts(int statusClass, int subject, int detail, out StatusCode code)
    {
        try
        {
            code = new StatusCode((StatusClass)statusClass, subject, detail);
            return null;
        }
        catch (ArgumentOutOfRangeException e)
        {
            code = default;
            return FirstLine(e.Message);
        }
    }

    /// <summary>Null when the constructor accepts the value; otherwise its explanation.</summary>
    public static string? ExplainReplyCodeValue(int value, out ReplyCode code)
    {
        try
        {
            code = new ReplyCode(value);
            return null;
        }
        catch (ArgumentOutOfRangeException e)
        {
            code = default;
            return FirstLine(e.Message);
        }
    }

    /// <summary>
    /// The one repair of a refused status code that guesses nothing: surrounding white space removed and leading
    /// zeros dropped (<c>" 5.01.1"</c> is <c>5.1.1</c>). Null when that does not make it parse.
    /// </summary>
    public static string? RepairStatusCode(string text)
    {
        var trimmed = text.Trim();
        if (StatusCode.TryParse(trimmed, out var code) || StatusCode.TryParseLenient(trimmed.AsSpan(), out code, out _))
        {
            var repaired = code.ToString();
            return repaired == text ? null : repaired;
        }

        return null;
    }

    /// <summary>A refused reply code with surrounding white space, repaired by removing it; otherwise null.</summary>
    public static string? RepairReplyCode(string text)
    {
        var trimmed = text.Trim();
        return trimmed != text && ReplyCode.TryParse(trimmed, out _) ? trimmed : null;
    }

    // ArgumentOutOfRangeException appends the parameter and the value on further lines; a diagnostic is one line.
    private static string FirstLine(string message)
    {
        var end = message.IndexOf('\n');
        return (end < 0 ? message : message.Substring(0, end)).TrimEnd('\r');
    }
}
