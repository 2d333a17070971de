using System;
using System.Collections.Generic;
using System.Text;

namespace SmtpStatusCodes.MimeKit.Internal;

/// <summary>
/// Reads the JSON notifications Amazon SES sends by mail (<c>"notificationType": "Bounce" | "Complaint" |
/// "Delivery"</c>): <c>bouncedRecipients</c> with <c>emailAddress</c>, <c>action</c>, <c>status</c> and
/// <c>diagnosticCode</c>; <c>complainedRecipients</c>; delivered <c>recipients</c> with one <c>smtpResponse</c>.
/// A small reader for just these keys: the notification is flat enough, and the core takes no JSON dependency.
/// </summary>
internal static class JsonNotification
{
    public static bool TryRead(List<ReportText> texts, List<Evidence> into, out BounceKind kind)
    {
        foreach (var text in texts)
        {
            if (TryRead(text.Value, into, out kind))
            {
                return true;
            }
        }

        kind = BounceKind.NotABounce;
        return false;
    }

    private static bool TryRead(string text, List<Evidence> into, out BounceKind kind)
    {
        kind = BounceKind.NotABounce;
        var start = text.IndexOf('{');
        if (start < 0 || text.AsSpan(0, start).Trim().Length != 0 || !TryGetString(text, start, text.Length, "notificationType", out var type))
        {
            return false;
        }

        var before = into.Count;
        switch (type)
        {
            case "Bounce":
                foreach (var (objectStart, objectEnd) in Objects(text, "bouncedRecipients"))
                {
                    if (!TryGetString(text, objectStart, objectEnd, "emailAddress", out var address))
                    {
                        continue;
                    }

                    var evidence = new Evidence(address) { Action = DeliveryAction.Failed };
                    if (TryGetString(text, objectStart, objectEnd, "action", out var action) && action == "delayed")
                    {
                        evidence.Action = DeliveryAction.Delayed;
                    }

                    StatusCode? status = TryGetString(text, objectStart, objectEnd, "status", out var statusText)
                        && StatusCode.TryParse(statusText.AsSpan(), out var parsed) ? parsed : null;
                    StatusCode? serverStatus = null;
                    ReplyCode? reply = null;
                    if (TryGetString(text, objectStart, objectEnd, "diagnosticCode", out var diagnostic))
                    {
                        evidence.DiagnosticText = diagnostic;
                        var semicolon = diagnostic.IndexOf(';');
                        Codes.Find(semicolon >= 0 ? diagnostic.AsSpan(semicolon + 1) : diagnostic.AsSpan(), out serverStatus, out reply);
                    }

                    evidence.StatusCode = Codes.Prefer(status, serverStatus);
                    evidence.ReplyCode = reply;
                    into.Add(evidence);
                }

                kind = into.Count > before && into[before].Action == DeliveryAction.Delayed ? BounceKind.Delay : BounceKind.Failure;
                break;
            case "Complaint":
                TryGetString(text, start, text.Length, "complaintFeedbackType", out var feedbackType);
                foreach (var (objectStart, objectEnd) in Objects(text, "complainedRecipients"))
                {
                    if (TryGetString(text, objectStart, objectEnd, "emailAddress", out var address))
                    {
                        into.Add(new Evidence(address) { DiagnosticText = feedbackType });
                    }
                }

                kind = BounceKind.Feedback;
                break;
            case "Delivery":
                TryGetString(text, start, text.Length, "smtpResponse", out var response);
                Codes.FindAny(response.AsSpan(), out var deliveredStatus, out var deliveredReply);
                var recipients = text.IndexOf("\"recipients\"", StringComparison.Ordinal);
                if (recipients >= 0 && text.IndexOf('[', recipients) is var open and >= 0)
                {
                    var close = text.IndexOf(']', open);
                    var p = open + 1;
                    while (close > 0 && p < close && ReadString(text, text.IndexOf('"', p), out var address, out var next) && next <= close + 1)
                    {
                        into.Add(new Evidence(address)
                        {
                            Action = DeliveryAction.Delivered,
                            StatusCode = deliveredStatus,
                            ReplyCode = deliveredReply,
                            DiagnosticText = response.Length == 0 ? null : response,
                        });
                        p = next;
                    }
                }

                kind = BounceKind.Delivered;
                break;
            default:
                return false;
        }

        return into.Count > before;
    }

    /// <summary>The extents of the objects in the array that is the value of <paramref name="key"/>.</summary>
    private static IEnumerable<(int Start, int End)> Objects(string text, string key)
    {
        var at = text.IndexOf("\"" + key + "\"", StringComparison.Ordinal);
        if (at < 0)
        {
            yield break;
        }

        var p = text.IndexOf('[', at);
        if (p < 0)
        {
            yield break;
        }

        var depth = 0;
        var objectStart = -1;
        for (p++; p < text.Length; p++)
        {
            var c = text[p];
            if (c == '"')
            {
                if (!ReadString(text, p, out _, out var next))
                {
                    yield break;
                }

                p = next - 1;
            }
            else if (c == '{')
            {
                if (depth++ == 0)
                {
                    objectStart = p;
                }
            }
            else if (c == '}')
            {
                if (--depth == 0)
                {
                    yield return (objectStart, p + 1);
                }
            }
            else if (c == ']' && depth == 0)
            {
                yield break;
            }
        }
    }

    private static bool TryGetString(string text, int start, int end, string key, out string value)
    {
        var at = text.IndexOf("\"" + key + "\"", start, end - start, StringComparison.Ordinal);
        value = string.Empty;
        if (at < 0)
        {
            return false;
        }

        var p = at + key.Length + 2;
        while (p < end && text[p] is ' ' or ':' or '\t' or '\r' or '\n')
        {
            p++;
        }

        return p < end && ReadString(text, p, out value, out _);
    }

    /// <summary>Reads the JSON string that starts at <paramref name="quote"/>, unescaping it.</summary>
    private static bool ReadString(string text, int quote, out string value, out int next)
    {
        value = string.Empty;
        next = quote + 1;
        if (quote < 0 || quote >= text.Length || text[quote] != '"')
        {
            return false;
        }

        var builder = new StringBuilder();
        for (var p = quote + 1; p < text.Length; p++)
        {
            var c = text[p];
            if (c == '"')
            {
                value = builder.ToString();
                next = p + 1;
                return true;
            }

            if (c == '\\' && p + 1 < text.Length)
            {
                var e = text[++p];
                switch (e)
                {
                    case 'n': builder.Append('\n'); break;
                    case 't': builder.Append('\t'); break;
                    case 'r': builder.Append('\r'); break;
                    case 'u' when p + 4 < text.Length && int.TryParse(text.Substring(p + 1, 4), System.Globalization.NumberStyles.HexNumber, null, out var unit):
                        builder.Append((char)unit);
                        p += 4;
                        break;
                    default: builder.Append(e); break;
                }

                continue;
            }

            builder.Append(c);
        }

        return false;
    }
}
