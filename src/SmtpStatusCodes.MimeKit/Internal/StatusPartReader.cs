using System;
using System.Buffers;
using System.Collections.Generic;

namespace SmtpStatusCodes.MimeKit.Internal;

/// <summary>Reads a <c>message/delivery-status</c> or <c>message/global-delivery-status</c> body (RFC 3464, RFC 6533)
/// with the core library's reader: one recipient per per-recipient group.</summary>
internal static class StatusPartReader
{
    /// <summary>Adds the recipients of <paramref name="body"/> and returns its <c>Reporting-MTA</c>.</summary>
    public static string? Read(string body, List<Evidence> into)
    {
        string? reportingMta = null;
        var reader = DeliveryStatus.CreateReader(body.AsSpan());
        while (reader.TryRead(out var group))
        {
            // Each field lookup walks the group's lines, so each field is looked up once: Final-Recipient here and for
            // the address, Status for its code and its comment.
            var hasFinal = group.TryGetField("final-recipient", out var finalField);
            var hasStatus = group.TryGetField("status", out var statusField);
            if (!hasFinal && !hasStatus)
            {
                if (reportingMta is null && !group.ReportingMta.IsEmpty)
                {
                    reportingMta = Addresses.FromField(group.ReportingMta);
                }

                continue;
            }

            var final = Addresses.FromField(finalField);
            var originalRecipient = Addresses.FromField(group.OriginalRecipient);
            var address = final ?? originalRecipient ?? (group.TryGetField("X-Actual-Recipient", out var actual) ? Addresses.FromField(actual) : null);
            if (address is null)
            {
                continue;
            }

            var evidence = new Evidence(address)
            {
                OriginalRecipient = originalRecipient is not null && !string.Equals(originalRecipient, address, StringComparison.OrdinalIgnoreCase) ? originalRecipient : null,
                Action = ParseAction(group.Action),
                RemoteMta = Addresses.FromField(group.RemoteMta),
            };

            var statusParsed = DsnField.TryParseStatus(statusField, out var statusCode, out var comment);
            StatusCode? fieldStatus = statusParsed ? statusCode : null;
            StatusCode? serverStatus = null;
            ReplyCode? reply = null;
            if (group.TryGetDiagnosticCode(out var diagnostic))
            {
                var text = Collapse(diagnostic.Text);
                evidence.DiagnosticText = text.Length == 0 ? null : text;
                // "smtp" says only that a server answered, which the text shows; another type names the agent that did
                // (x-unix: a local delivery program), which the classifier reads.
                evidence.DiagnosticType = diagnostic.IsSmtp || diagnostic.Type.Trim().IsEmpty ? null : diagnostic.Type.Trim().ToString();
                // The scan sees what the start of the text has, and also "host x said: 550 5.1.1" (Postfix),
                // "<mx #5.1.1 smtp;550 5.1.1 ...>" (Exchange) and a server's reply quoted after the MTA's own code.
                Codes.Find(diagnostic.Text, out serverStatus, out reply);
                serverStatus ??= diagnostic.StatusCode;
                reply ??= diagnostic.ReplyCode;
            }
            else if (!group.DiagnosticCode.IsEmpty)
            {
                evidence.DiagnosticText = Collapse(group.DiagnosticCode);
                Codes.Find(group.DiagnosticCode, out serverStatus, out reply);
            }

            // The comment of the Status field ("4.0.0 (host name lookup failure)"): some MTAs put their words only there.
            evidence.StatusComment = statusParsed && !comment.IsEmpty ? Collapse(comment) : null;
            evidence.StatusCode = Codes.Prefer(fieldStatus, serverStatus);
            evidence.FieldStatusCode = fieldStatus;
            evidence.ReplyCode = reply;
            if (evidence.Action == DeliveryAction.None)
            {
                evidence.Action = evidence.StatusCode?.Class switch
                {
                    StatusClass.PersistentTransientFailure => DeliveryAction.Delayed,
                    StatusClass.Success => DeliveryAction.Delivered,
                    _ => DeliveryAction.Failed,
                };
            }

            into.Add(evidence);
        }

        return reportingMta;
    }

    private static DeliveryAction ParseAction(ReadOnlySpan<char> value)
    {
        // "failed (bad destination)" and "Failed" are both seen: the word, any case, comments ignored.
        var end = 0;
        while (end < value.Length && char.IsLetter(value[end]))
        {
            end++;
        }

        var word = value.Slice(0, end);
        return Is(word, "failed") || Is(word, "failure") ? DeliveryAction.Failed
            : Is(word, "delayed") ? DeliveryAction.Delayed
            : Is(word, "delivered") ? DeliveryAction.Delivered
            : Is(word, "relayed") ? DeliveryAction.Relayed
            : Is(word, "expanded") ? DeliveryAction.Expanded
            : DeliveryAction.None;
    }

    private static bool Is(ReadOnlySpan<char> word, string name) => word.Equals(name.AsSpan(), StringComparison.OrdinalIgnoreCase);

    /// <summary>Folded lines joined with single spaces.</summary>
    internal static string Collapse(ReadOnlySpan<char> text)
    {
        // Written into a buffer on the stack, or a pooled one for long text: only the result becomes a string.
        char[]? rented = null;
        Span<char> chars = text.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        var length = 0;
        var space = true;
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                if (!space)
                {
                    chars[length++] = ' ';
                    space = true;
                }

                continue;
            }

            chars[length++] = c;
            space = false;
        }

        if (length > 0 && chars[length - 1] == ' ')
        {
            length--;
        }

        var result = chars.Slice(0, length).ToString();
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }
}
