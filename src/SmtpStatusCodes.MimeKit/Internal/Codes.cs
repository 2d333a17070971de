using System;

namespace SmtpStatusCodes.MimeKit.Internal;

/// <summary>Picks the codes that stand for a recipient out of the text that explains its failure.</summary>
internal static class Codes
{
    /// <summary>The first reply code and the most telling enhanced code in <paramref name="text"/>: a code whose
    /// subject or detail is not 0 beats <c>X.0.0</c>, which says only the class.</summary>
    public static void Find(ReadOnlySpan<char> text, out StatusCode? status, out ReplyCode? reply) => Find(text, false, out status, out reply);

    /// <summary>As <see cref="Find(ReadOnlySpan{char}, out StatusCode?, out ReplyCode?)"/>, success codes included
    /// (a delivery report's <c>250 2.6.0</c>).</summary>
    public static void FindAny(ReadOnlySpan<char> text, out StatusCode? status, out ReplyCode? reply) => Find(text, true, out status, out reply);

    private static void Find(ReadOnlySpan<char> text, bool success, out StatusCode? status, out ReplyCode? reply)
    {
        status = null;
        reply = null;
        foreach (var match in CodeScanner.EnumerateMatches(text))
        {
            if (match.IsStatusCode)
            {
                StatusCode? found = match.StatusCode;
                if (found is { } code && (success || code.Class != StatusClass.Success) && (status is null || IsVague(status.Value) && !IsVague(code)))
                {
                    status = code;
                }
            }
            else if (reply is null)
            {
                ReplyCode? found = match.ReplyCode;
                if (found is { } code && (success || code.Value >= 400))
                {
                    reply = code;
                }
            }

            if (status is { } s && !IsVague(s) && reply is not null)
            {
                return;
            }
        }
    }

    public static bool IsVague(StatusCode code) => code.Subject == 0 && code.Detail == 0;

    /// <summary>Chooses between a <c>Status</c> field and the code in the server's own reply (docs/bounces.md): the
    /// server's code wins when it is of the same class and says more than the field, or the field is absent.</summary>
    public static StatusCode? Prefer(StatusCode? field, StatusCode? server, ReplyCode? reply)
    {
        if (server is not { } s)
        {
            return field;
        }

        if (field is not { } f)
        {
            return s;
        }

        if (f == s || f.Class != s.Class || IsVague(s))
        {
            return f;
        }

        return s;
    }
}
