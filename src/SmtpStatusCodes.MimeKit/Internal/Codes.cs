using System;

namespace SmtpStatusCodes.MimeKit.Internal;

/// <summary>Picks the codes that stand for a recipient out of the text that explains its failure.</summary>
internal static class Codes
{
    /// <summary>The first failure reply code and the most telling failure enhanced code in <paramref name="text"/>.</summary>
    public static void Find(ReadOnlySpan<char> text, out StatusCode? status, out ReplyCode? reply) => Find(text, false, out status, out reply);

    /// <summary>As <see cref="Find(ReadOnlySpan{char}, out StatusCode?, out ReplyCode?)"/>, success codes included
    /// (a delivery report's <c>250 2.6.0</c>).</summary>
    public static void FindAny(ReadOnlySpan<char> text, out StatusCode? status, out ReplyCode? reply) => Find(text, true, out status, out reply);

    /// <summary>
    /// An enhanced code right after a reply code (<c>550 5.1.1</c>, <c>550-'5.7.1</c>) is the remote server's own
    /// reply and beats a code standing alone, which is often the reporting system's summary; a code that says more
    /// than a summary (<see cref="IsSummary"/>) beats one that does not. Among equals the first wins.
    /// </summary>
    private static void Find(ReadOnlySpan<char> text, bool success, out StatusCode? status, out ReplyCode? reply)
    {
        status = null;
        reply = null;
        var statusRank = -1;
        var replyEnd = int.MinValue;
        foreach (var match in CodeScanner.EnumerateMatches(text))
        {
            if (match.IsStatusCode)
            {
                StatusCode? found = match.StatusCode;
                if (found is not { } code || (!success && code.Class == StatusClass.Success))
                {
                    continue;
                }

                var paired = match.Index - replyEnd is >= 0 and <= 3;
                var quoted = paired ? null : QuotedReplyBefore(text, match.Index);
                var rank = (IsSummary(code) ? 0 : 2) + (paired || quoted is not null ? 1 : 0);
                if (rank > statusRank)
                {
                    status = code;
                    statusRank = rank;
                    if (paired)
                    {
                        reply = ReplyAt(text, replyEnd) ?? reply;
                    }
                    else if (quoted is not null)
                    {
                        reply = quoted;
                    }
                }
            }
            else
            {
                ReplyCode? found = match.ReplyCode;
                if (found is { } code && (success || code.Value >= 400))
                {
                    replyEnd = match.Index + match.Length;
                    reply ??= code;
                }
            }

            if (statusRank == 3)
            {
                return;
            }
        }

        reply ??= AfterColon(text);
    }

    /// <summary>
    /// A failure reply code written after a colon, where the scanner's reply positions (a line start, <c>smtp;</c>,
    /// <c>said:</c>, before an enhanced code) do not reach: Exim's <c>host mx.example.org [192.0.2.1]: 550 Rejected</c>,
    /// <c>ERROR_CODE :421,</c>. The code must be followed by a space, comma or line end, and the colon must not follow a
    /// digit (a time of day).
    /// </summary>
    private static ReplyCode? AfterColon(ReadOnlySpan<char> text)
    {
        var at = 0;
        while (at < text.Length)
        {
            var colon = text.Slice(at).IndexOf(':');
            if (colon < 0)
            {
                return null;
            }

            colon += at;
            at = colon + 1;
            if (colon > 0 && char.IsDigit(text[colon - 1]))
            {
                continue;
            }

            var start = colon + 1;
            if (start < text.Length && text[start] == ' ')
            {
                start++;
            }

            if (start + 3 > text.Length || (start + 3 < text.Length && text[start + 3] is not (' ' or ',' or '\r' or '\n'))
                || !ReplyCode.TryParse(text.Slice(start, 3), out var code) || code.Value < 400 || IsQuantity(text.Slice(start + 3)))
            {
                continue;
            }

            return code;
        }

        return null;
    }

    /// <summary>Where the first failure reply code (4XX/5XX in reply position) of <paramref name="text"/> starts, or -1.
    /// Enhanced codes alone do not count: reports also cite them in advice (<c>see DSN 5.1.10 in Exchange Online</c>).</summary>
    public static int FirstFailureReply(ReadOnlySpan<char> text)
    {
        foreach (var match in CodeScanner.EnumerateMatches(text))
        {
            if (!match.IsStatusCode && match.ReplyCode is { Value: >= 400 })
            {
                return match.Index;
            }
        }

        return -1;
    }

    /// <summary>
    /// A failure reply code written right before an enhanced code with a quote between them, where the scanner does not
    /// place a reply code (it is not at a line start, nor after <c>smtp;</c> or <c>said:</c>): Amazon SES quotes the
    /// remote server's reply after its own code, <c>5.1.0 - Unknown address error 550-'5.7.1 ... Access denied'</c>.
    /// </summary>
    private static ReplyCode? QuotedReplyBefore(ReadOnlySpan<char> text, int statusStart)
    {
        var at = statusStart - 1;
        if (at < 0 || text[at] is not ('\'' or '"'))
        {
            return null;
        }

        at--;
        if (at < 3 || text[at] is not ('-' or ' '))
        {
            return null;
        }

        var digits = at - 3;
        if ((digits > 0 && char.IsLetterOrDigit(text[digits - 1])) || !ReplyCode.TryParse(text.Slice(digits, 3), out var code) || code.Value < 400)
        {
            return null;
        }

        return code;
    }

    private static readonly string[] Units = ["kb", "mb", "gb", "byte", "sec", "min", "hour", "day", "ms", "%"];

    /// <summary>A number followed by a unit (<c>size: 500 KB</c>, <c>timeout: 450 seconds</c>) is no reply code.</summary>
    private static bool IsQuantity(ReadOnlySpan<char> after)
    {
        after = after.TrimStart(' ');
        foreach (var unit in Units)
        {
            if (after.StartsWith(unit.AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static ReplyCode? ReplyAt(ReadOnlySpan<char> text, int end) =>
        end >= 3 && ReplyCode.TryParse(text.Slice(end - 3, 3), out var code) ? code : null;

    /// <summary>Codes that summarise rather than explain: <c>X.0.0</c> (only the class) and <c>X.4.7</c> (the
    /// reporting system gave up after its retry time, whatever the remote servers said).</summary>
    public static bool IsSummary(StatusCode code) => (code.Subject == 0 && code.Detail == 0) || (code.Subject == 4 && code.Detail == 7);

    /// <summary>Chooses between a <c>Status</c> field and the server's own code (docs/bounces.md): the server's code
    /// wins when the field is absent, or when both are of the same class and the field is only a summary
    /// (<see cref="IsSummary"/>) or the server's code is not.</summary>
    public static StatusCode? Prefer(StatusCode? field, StatusCode? server)
    {
        if (server is not { } s)
        {
            return field;
        }

        if (field is not { } f)
        {
            return s;
        }

        return f.Class == s.Class && !IsSummary(s) ? s : f;
    }
}
