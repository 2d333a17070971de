using System;
using System.Collections.Generic;
using global::MimeKit;

namespace SmtpStatusCodes.MimeKit.Internal;

/// <summary>Reads a parsed message into a <see cref="BounceReport"/>: standard parts first (RFC 3464/6533
/// delivery-status, RFC 5965 feedback), then a mail system's own shapes, then automatic replies.</summary>
internal static class ReportReader
{
    public static BounceReport Read(MimeMessage message) => Read(message, forwardedDepth: 0);

    private static BounceReport Read(MimeMessage message, int forwardedDepth)
    {
        var parts = MessageParts.Collect(message);

        // A report forwarded as an attachment: the attached message is the report.
        if (parts.DeliveryStatus.Count == 0 && parts.FeedbackReport is null && forwardedDepth < 2
            && parts.Original?.Message?.Body is Multipart { } attached && attached.ContentType.IsMimeType("multipart", "report"))
        {
            return Read(parts.Original.Message, forwardedDepth + 1);
        }

        var original = parts.Original?.Message;
        var originalHeaders = original?.Headers;
        string? originalMessageId = Clean(original?.MessageId);
        string? reportingMta = null;
        var recipients = new List<Evidence>();

        // Decoded only when a step needs them: a complete standard report never does.
        List<ReportText>? decoded = null;
        List<ReportText> Texts() => decoded ??= Decode(parts);

        // The addresses that are not recipients are needed only when text is read (their headers are parsed on access).
        List<string>? notRecipientList = null, originalRecipientList = null;
        List<string> NotRecipientList() => notRecipientList ??= NotRecipients(message, original);
        List<string> OriginalRecipientList() => originalRecipientList ??= OriginalRecipients(original);

        var kind = BounceKind.NotABounce;

        if (parts.FeedbackReport is { } feedback)
        {
            kind = BounceKind.Feedback;
            FeedbackReader.Read(PartText.ReadStatus(feedback), original, recipients);
        }
        else
        {
            foreach (var part in parts.DeliveryStatus)
            {
                reportingMta ??= StatusPartReader.Read(PartText.ReadStatus(part), recipients);
            }

            if (recipients.Count == 0)
            {
                // Delivery-status fields written into the text itself (a broken MIME structure, or an MTA that
                // pastes them): read them as a delivery-status body.
                foreach (var text in Texts())
                {
                    if (EmbeddedStatus(text.Value) is { } embedded)
                    {
                        reportingMta ??= StatusPartReader.Read(embedded, recipients);
                    }
                }
            }

            if (recipients.Count > 0)
            {
                // Standard groups give the codes; the human-readable lines that name a recipient often have the
                // server's words the fields lack, and say at which SMTP command the server refused it (Postfix's "(in
                // reply to RCPT TO command)", a session transcript), which decides some verdicts.
                var lacking = recipients.Exists(r => r.DiagnosticText is null || r.StatusCode is not { } s || Codes.IsSummary(s));
                if (lacking || recipients.Exists(r => r.StageMayDecide()))
                {
                    RecipientLines.Attach(recipients, Texts());
                }

                if (lacking)
                {
                    var fromText = new List<Evidence>();
                    var wanted = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                    foreach (var recipient in recipients)
                    {
                        wanted.Add(recipient.Address);
                    }

                    foreach (var text in Texts())
                    {
                        TextReader.Read(text, NotRecipientList(), OriginalRecipientList(), fromText, acceptWithoutEvidence: false, wanted);
                    }

                    Complete(recipients, fromText);
                }
            }
            else if (JsonNotification.TryRead(Texts(), recipients, out var jsonKind))
            {
                kind = jsonKind;
            }
            else if (LooksLikeBounce(message, parts, Texts()))
            {
                foreach (var text in Texts())
                {
                    TextReader.Read(text, NotRecipientList(), OriginalRecipientList(), recipients, acceptWithoutEvidence: true);
                    if (recipients.Count > 0)
                    {
                        break;
                    }
                }
            }
            else if (IsComplaint(message, parts))
            {
                kind = BounceKind.Feedback;
                if (message.Headers.Contains("X-Apple-Unsubscribe") && FirstAddress(message.From) is { } unsubscriber)
                {
                    recipients.Add(new Evidence(unsubscriber) { DiagnosticText = Clean(message.Subject) });
                }
                else
                {
                    FeedbackReader.FromOriginal(original, Clean(message.Subject), recipients);
                }
            }
            else if (IsAutoReply(message))
            {
                kind = BounceKind.AutoReply;
                if (FirstAddress(message.From) is { } replier)
                {
                    recipients.Add(new Evidence(replier) { DiagnosticText = Clean(message.Subject) });
                }
            }
        }

        if (originalMessageId is null)
        {
            foreach (var text in Texts())
            {
                originalMessageId = QuotedMessageId(text);
                if (originalMessageId is not null)
                {
                    break;
                }
            }
        }

        if (kind == BounceKind.NotABounce && recipients.Count > 0)
        {
            kind = KindOf(recipients);
            var context = new ReportContext(message.Subject, Texts, recipients);
            foreach (var recipient in recipients)
            {
                recipient.Context = context;
            }
        }

        kind = recipients.Count == 0 && kind is not BounceKind.Feedback and not BounceKind.AutoReply ? BounceKind.NotABounce : kind;
        var result = new BouncedRecipient[recipients.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = recipients[i].ToRecipient(kind);
        }

        return new BounceReport(kind, result, reportingMta, originalMessageId, originalHeaders);
    }

    private static List<ReportText> Decode(MessageParts parts)
    {
        var texts = new List<ReportText>(parts.Texts.Count + parts.LooseTexts.Count);
        foreach (var part in parts.Texts)
        {
            texts.Add(new ReportText(PartText.Read(part)));
        }

        foreach (var loose in parts.LooseTexts)
        {
            texts.Add(new ReportText(loose));
        }

        return texts;
    }

    private static BounceKind KindOf(List<Evidence> recipients)
    {
        bool delayed = false, delivered = false;
        foreach (var recipient in recipients)
        {
            switch (recipient.Action)
            {
                case DeliveryAction.Failed:
                case DeliveryAction.None:
                    return BounceKind.Failure;
                case DeliveryAction.Delayed:
                    delayed = true;
                    break;
                default:
                    delivered = true;
                    break;
            }
        }

        return delayed ? BounceKind.Delay : delivered ? BounceKind.Delivered : BounceKind.Failure;
    }

    /// <summary>Fills what the delivery-status fields left out from what the text says about the same address.</summary>
    private static void Complete(List<Evidence> recipients, List<Evidence> fromText)
    {
        var byAddress = new Dictionary<string, Evidence>(StringComparer.OrdinalIgnoreCase);
        foreach (var evidence in fromText)
        {
            byAddress[evidence.Address] = evidence;
        }

        foreach (var recipient in recipients)
        {
            if (!byAddress.TryGetValue(recipient.Address, out var text))
            {
                continue;
            }

            if (recipient.DiagnosticText is null)
            {
                recipient.DiagnosticText = text.DiagnosticText;
                recipient.Region = text.Region;
            }

            recipient.ReplyCode ??= text.ReplyCode;
            recipient.StatusCode = recipient.StatusCode is { } field && Codes.IsSummary(field) ? Codes.Prefer(field, text.StatusCode) : recipient.StatusCode ?? text.StatusCode;
        }
    }

    private static bool LooksLikeBounce(MimeMessage message, MessageParts parts, List<ReportText> texts)
    {
        if (parts.IsMultipartReport || parts.DeliveryStatus.Count > 0)
        {
            return true;
        }

        foreach (var mailbox in message.From.Mailboxes)
        {
            if (Addresses.IsSystem(mailbox.Address ?? string.Empty)
                || (mailbox.Name ?? string.Empty).IndexOf("mail delivery", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        if (Phrases.IsBounceSubject(message.Subject ?? string.Empty))
        {
            return true;
        }

        // A message that returns another and explains a failure: the shape of a bounce whatever its headers say.
        if (parts.Original is not null)
        {
            foreach (var text in texts)
            {
                if (Phrases.HasFailure(text.Value.AsSpan(0, text.OriginalStart)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Complaints and unsubscribe requests that are not in ARF form: a provider's "complaint about message"
    /// with the message attached, or a mail client's one-click unsubscribe.</summary>
    private static bool IsComplaint(MimeMessage message, MessageParts parts) =>
        (parts.Original is not null && (message.Subject ?? string.Empty).IndexOf("complaint", StringComparison.OrdinalIgnoreCase) >= 0)
        || string.Equals(message.Headers["X-Apple-Unsubscribe"]?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    private static bool IsAutoReply(MimeMessage message)
    {
        var autoSubmitted = message.Headers["Auto-Submitted"];
        if (autoSubmitted is not null && autoSubmitted.Trim().StartsWith("auto-replied", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (message.Headers.Contains("X-Autoreply") || message.Headers.Contains("X-Autorespond"))
        {
            return true;
        }

        var precedence = message.Headers["Precedence"];
        if (precedence is not null && precedence.IndexOf("auto_reply", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return true;
        }

        return Phrases.IsAutoReplySubject(message.Subject ?? string.Empty);
    }

    /// <summary>Addresses that are not failed recipients: the report's own sender and addressee (the original
    /// sender), and the original message's sender.</summary>
    private static List<string> NotRecipients(MimeMessage message, MimeMessage? original)
    {
        var list = new List<string>();
        AddAll(list, message.From);
        AddAll(list, message.To);
        AddAll(list, message.Sender);
        if (original is not null)
        {
            AddAll(list, original.From);
            AddAll(list, original.Sender);
        }

        return list;
    }

    private static List<string> OriginalRecipients(MimeMessage? original)
    {
        var list = new List<string>();
        if (original is not null)
        {
            AddAll(list, original.To);
            AddAll(list, original.Cc);
        }

        return list;
    }

    private static void AddAll(List<string> list, InternetAddressList addresses)
    {
        // The mailboxes in order, those of groups included, as InternetAddressList.Mailboxes gives them, without its
        // iterator object: this runs for every report that is read as text.
        for (var i = 0; i < addresses.Count; i++)
        {
            switch (addresses[i])
            {
                case MailboxAddress mailbox:
                    AddAll(list, mailbox);
                    break;
                case GroupAddress group:
                    AddAll(list, group.Members);
                    break;
            }
        }
    }

    private static void AddAll(List<string> list, MailboxAddress? mailbox)
    {
        if (mailbox is not null && !string.IsNullOrEmpty(mailbox.Address))
        {
            list.Add(mailbox.Address);
        }
    }

    private static string? FirstAddress(InternetAddressList addresses)
    {
        foreach (var mailbox in addresses.Mailboxes)
        {
            if (!string.IsNullOrEmpty(mailbox.Address))
            {
                return mailbox.Address;
            }
        }

        return null;
    }

    /// <summary>The delivery-status fields inside <paramref name="text"/>: from the paragraph that has the first
    /// <c>Reporting-MTA</c> or <c>Final-Recipient</c> field at a line start to the next MIME boundary line.</summary>
    private static string? EmbeddedStatus(string text)
    {
        // Most texts have no such field: the Reporting-MTA search, which matters only before the recipient, is then saved.
        var recipient = FieldAtLineStart(text, "Final-Recipient:", text.Length);
        if (recipient < 0)
        {
            return null;
        }

        var at = FieldAtLineStart(text, "Reporting-MTA:", recipient);
        var start = at >= 0 ? at : recipient;
        var end = text.IndexOf("\n--", start, StringComparison.Ordinal);
        return text.Substring(start, (end < 0 ? text.Length : end) - start);
    }

    /// <summary>Where <paramref name="name"/> first starts a line, if it starts before <paramref name="before"/>; else -1.</summary>
    private static int FieldAtLineStart(string text, string name, int before)
    {
        var at = 0;
        while ((at = text.IndexOf(name, at, StringComparison.OrdinalIgnoreCase)) >= 0 && at < before)
        {
            if (at == 0 || text[at - 1] == '\n')
            {
                return at;
            }

            at += name.Length;
        }

        return -1;
    }

    /// <summary>The Message-ID of an original message quoted as text after the report.</summary>
    private static string? QuotedMessageId(ReportText quoting)
    {
        var text = quoting.Value;
        var start = quoting.OriginalStart;
        var at = start;
        while ((at = text.IndexOf("Message-ID:", at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            if (at == 0 || text[at - 1] == '\n')
            {
                var lineEnd = text.IndexOf('\n', at);
                var value = text.AsSpan(at + 11, (lineEnd < 0 ? text.Length : lineEnd) - at - 11).Trim();
                return Clean(value.Trim('<').TrimEnd('>').ToString());
            }

            at += 11;
        }

        return null;
    }

    private static string? Clean(string? value)
    {
        value = value?.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }
}
