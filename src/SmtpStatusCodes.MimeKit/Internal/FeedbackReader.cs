using System;
using System.Collections.Generic;
using global::MimeKit;

namespace SmtpStatusCodes.MimeKit.Internal;

/// <summary>Reads the complained-about recipients of a feedback report (RFC 5965): every <c>Original-Rcpt-To</c>
/// field, else the recipients of the returned message.</summary>
internal static class FeedbackReader
{
    public static void Read(string fields, MimeMessage? original, List<Evidence> into)
    {
        var feedbackType = Field(fields, "Feedback-Type");
        var position = 0;
        while (position < fields.Length)
        {
            var lineEnd = fields.IndexOf('\n', position);
            if (lineEnd < 0)
            {
                lineEnd = fields.Length;
            }

            var line = fields.AsSpan(position, lineEnd - position);
            var colon = line.IndexOf(':');
            var name = colon > 0 ? line.Slice(0, colon) : default;
            if ((name.Equals("Original-Rcpt-To".AsSpan(), StringComparison.OrdinalIgnoreCase) || name.Equals("Removal-Recipient".AsSpan(), StringComparison.OrdinalIgnoreCase))
                && Addresses.FromField(line.Slice(colon + 1)) is { } address)
            {
                into.Add(new Evidence(address) { DiagnosticText = feedbackType });
            }

            position = lineEnd + 1;
        }

        if (into.Count == 0)
        {
            FromOriginal(original, feedbackType, into);
        }
    }

    /// <summary>The recipients of the returned message: the provider's own original-recipient header, else To.</summary>
    public static void FromOriginal(MimeMessage? original, string? diagnostic, List<Evidence> into)
    {
        if (original is null)
        {
            return;
        }

        foreach (var name in new[] { "X-HmXmrOriginalRecipient", "X-Original-To" })
        {
            if (original.Headers[name] is { } value && Addresses.FromField(value.AsSpan()) is { } address)
            {
                into.Add(new Evidence(address) { DiagnosticText = diagnostic });
                return;
            }
        }

        foreach (var mailbox in original.To.Mailboxes)
        {
            if (!string.IsNullOrEmpty(mailbox.Address))
            {
                into.Add(new Evidence(mailbox.Address) { DiagnosticText = diagnostic });
            }
        }
    }

    private static string? Field(string fields, string name)
    {
        var at = fields.IndexOf(name + ":", StringComparison.OrdinalIgnoreCase);
        if (at < 0 || (at > 0 && fields[at - 1] != '\n'))
        {
            return null;
        }

        var start = at + name.Length + 1;
        var end = fields.IndexOf('\n', start);
        var value = fields.Substring(start, (end < 0 ? fields.Length : end) - start).Trim();
        return value.Length == 0 ? null : value;
    }
}
