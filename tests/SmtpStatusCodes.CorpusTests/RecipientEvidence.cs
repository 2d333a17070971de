using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using MimeKit;

namespace SmtpStatusCodes.CorpusTests;

/// <summary>
/// What one recipient's verdict rests on: the Status and Diagnostic-Code of its delivery-status group when the message
/// has one (message/delivery-status or message/global-delivery-status, one group per recipient in order), else the
/// message's own text (its subject and the text parts outside the returned original). With a group, the lines of the
/// human-readable part that name the recipient (with the lines indented under them) go with its Diagnostic-Code: they are what a bounce processor has
/// about that recipient, and often say at which SMTP command the server refused it. In a report about several recipients,
/// a recipient without a Diagnostic-Code gets its own paragraph of the text (the line that lists it and the lines after
/// it), not the whole text.
/// </summary>
internal sealed record RecipientEvidence(string? Status, string? DiagnosticCode, string MessageText, string? Recipient = null, bool SeveralRecipients = false)
{
    // MimeKit decodes each text part in the charset it declares (ISO-2022-JP, Shift_JIS, KOI8-R ...) only when the
    // runtime knows that charset: on .NET (Core) the legacy code pages come from this provider.
    static RecipientEvidence() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>One evidence per delivery-status group, in order; none when the message has no delivery-status part.</summary>
    public static (List<RecipientEvidence> Groups, string MessageText) Read(string path)
    {
        var message = MimeMessage.Load(path);
        var text = TextOf(message);
        var groups = new List<HeaderList>();
        foreach (var part in message.BodyParts)
        {
            if (part is MessageDeliveryStatus dsn)
            {
                groups.AddRange(dsn.StatusGroups.Skip(1));
            }
            else if (part is MimePart mime && mime.ContentType.IsMimeType("message", "global-delivery-status"))
            {
                groups.AddRange(ParseGroups(mime).Skip(1));
            }
        }

        return (groups.Select(g => new RecipientEvidence(g["Status"]?.Trim(), Unfold(g["Diagnostic-Code"]), text, Address(g["Final-Recipient"] ?? g["Original-Recipient"]), groups.Count > 1)).ToList(), text);
    }

    /// <summary>
    /// The evidence of the <paramref name="index"/>-th recipient (from 1) of a report without a delivery-status group for
    /// it: the message text, or, when the text lists several recipients at the start of a line, the paragraph of the
    /// <paramref name="index"/>-th of them (what the report says about that recipient, not about the others).
    /// </summary>
    public static RecipientEvidence FromText(string text, int index)
    {
        var listed = ListedRecipients(text);
        return listed.Count > 1 && index <= listed.Count ? new RecipientEvidence(null, null, text, listed[index - 1], true) : new RecipientEvidence(null, null, text);
    }

    /// <summary>Classifies with the public API: the group's Status and Diagnostic-Code, else the message text.</summary>
    public BounceClassification Classify()
    {
        StatusCode? status = null;
        if (Status is { Length: > 0 } s && StatusCode.TryParse(s.Split(' ', '\t', '(')[0].AsSpan(), out var parsed))
        {
            status = parsed;
        }

        return BounceClassifier.Classify(status, null, Text.AsSpan());
    }

    /// <summary>The text classified: the Diagnostic-Code and the human-readable lines naming the recipient, else the message text.</summary>
    public string Text
    {
        get
        {
            if (DiagnosticCode is not { Length: > 0 })
            {
                // A report about several recipients, with nothing in a delivery-status field for this one: its own
                // paragraph, so that the other recipients' codes and words do not decide for it.
                return SeveralRecipients && Recipient is { Length: > 0 } listed && Paragraph(MessageText, listed) is { } paragraph ? paragraph : MessageText;
            }

            var text = new StringBuilder(DiagnosticCode);
            if (Recipient is { Length: > 0 } recipient)
            {
                var lines = MessageText.Replace("\r\n", "\n").Split('\n');
                for (var i = 0; i < lines.Length; i++)
                {
                    if (lines[i].IndexOf(recipient, StringComparison.OrdinalIgnoreCase) < 0)
                    {
                        continue;
                    }

                    // The line that names the recipient and the lines indented under it: the per-recipient block of
                    // Postfix, Exim and Sendmail reports ("<addr>: host x said: 550 ... (in reply to end of DATA command)").
                    var block = new StringBuilder(lines[i]);
                    var indent = Indent(lines[i]);
                    var first = i;
                    while (i + 1 < lines.Length && lines[i + 1].Trim().Length > 0 && Indent(lines[i + 1]) > indent)
                    {
                        block.Append(' ').Append(lines[++i]);
                    }

                    // A block in a paragraph that holds an SMTP session transcript (Courier's "<addr>:" then ">>> DATA",
                    // "<<< 550 ..."; Sendmail's replies naming the address): the whole paragraph, line by line, so the
                    // classifier can pair the server's reply with the command it answered.
                    if (TranscriptParagraph(lines, first, i) is { } transcript)
                    {
                        if (EnhancedCode.Matches(transcript).All(m => DiagnosticCode.Contains(m.Value, StringComparison.Ordinal)))
                        {
                            text.Append("\n\n").Append(transcript);
                        }

                        continue;
                    }

                    // A block with an enhanced code of its own is the reporting MTA's summary, already in Status; its code
                    // would compete with the remote server's in the Diagnostic-Code. A block that repeats the
                    // Diagnostic-Code's own codes (Postfix quotes the remote reply there) competes with nothing.
                    if (EnhancedCode.Matches(block.ToString()).All(m => DiagnosticCode.Contains(m.Value, StringComparison.Ordinal)))
                    {
                        text.Append("\n\n").Append(Unfold(block.ToString()));
                    }
                }
            }

            return text.ToString();
        }
    }

    // The paragraph (between blank lines) around lines first..last when it has a transcript command line (">>> ").
    private static string? TranscriptParagraph(string[] lines, int first, int last)
    {
        while (first > 0 && lines[first - 1].Trim().Length > 0)
        {
            first--;
        }

        while (last + 1 < lines.Length && lines[last + 1].Trim().Length > 0)
        {
            last++;
        }

        var paragraph = lines.Skip(first).Take(last - first + 1).ToArray();
        return paragraph.Any(l => l.TrimStart().StartsWith(">>> ", StringComparison.Ordinal)) ? string.Join("\n", paragraph) : null;
    }

    // An address at the start of a line ("user@example.org: 550 ...", "<user@example.org>:", "  user@example.org"): the
    // way Postfix, Exim, Sendmail, qmail, OpenSMTPD and most hand-made reports list the recipients they failed.
    private static readonly Regex ListedAddress = new(@"^[ \t]*<?([^\s<>@,;:""]+@[A-Za-z0-9.-]+[A-Za-z0-9])>?(?=[:\s,;]|$)", RegexOptions.CultureInvariant | RegexOptions.Multiline);

    // A line that shows an address and nothing about it (Exim's "A message sent by\n\n  <sender>\n\ncould not be
    // delivered") names the sender, not a failed recipient.
    private static List<string> ListedRecipients(string text) =>
        ListedAddress.Matches(text).Select(m => m.Groups[1].Value).Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(a => Paragraph(text, a) is { } p && p.Replace(a, string.Empty, StringComparison.OrdinalIgnoreCase).Trim(' ', '\t', '\n', '<', '>', ':').Length > 0).ToList();

    // The line that lists the recipient and the lines after it, up to a blank line or the line that lists another one.
    private static string? Paragraph(string text, string recipient)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var start = Array.FindIndex(lines, l => ListedAddress.Match(l) is { Success: true } m && m.Groups[1].Value.Equals(recipient, StringComparison.OrdinalIgnoreCase));
        if (start < 0)
        {
            return null;
        }

        var end = start + 1;
        while (end < lines.Length && lines[end].Trim().Length > 0 && !ListedAddress.IsMatch(lines[end]))
        {
            end++;
        }

        return string.Join("\n", lines, start, end - start);
    }

    // The line after which a text-only report quotes the returned message inline (Exim, qmail, Gmail, X2 and others):
    // what follows is the sender's own message, not the report, just as a message/rfc822 part is.
    private static readonly Regex InlineOriginal = new(
        @"^[ \t]*-{2,}[ \t]*(This is a copy of (the|your) message|Below this line is a copy of the message|Original message follows|Original message -{2,}|Returned Message)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Multiline);

    private static string WithoutInlineOriginal(string text) => InlineOriginal.Match(text) is { Success: true } m ? text.Substring(0, m.Index) : text;

    private static readonly Regex EnhancedCode = new(@"\b[245]\.\d{1,3}\.\d{1,3}\b", RegexOptions.CultureInvariant);

    private static int Indent(string line) => line.Length - line.TrimStart(' ', '\t').Length;

    // "rfc822; user@example.org" -> "user@example.org".
    private static string? Address(string? field)
    {
        if (field is null)
        {
            return null;
        }

        var semicolon = field.IndexOf(';');
        var address = (semicolon >= 0 ? field.Substring(semicolon + 1) : field).Trim().Trim('<', '>');
        return address.Length > 0 ? address : null;
    }

    // Unfolds the header value and collapses the folding white space, so that phrases read as written.
    private static string? Unfold(string? value) =>
        value is null ? null : string.Join(' ', value.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));

    private static IEnumerable<HeaderList> ParseGroups(MimePart part)
    {
        using var stream = new MemoryStream();
        part.Content?.DecodeTo(stream);
        stream.Position = 0;
        var body = Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n");
        foreach (var block in body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var headers = new HeaderList();
            using var blockStream = new MemoryStream(Encoding.UTF8.GetBytes(block.Trim('\n') + "\n\n"));
            var parser = new MimeParser(blockStream, MimeFormat.Entity);
            foreach (var h in parser.ParseHeaders())
            {
                headers.Add(h);
            }

            if (headers.Count > 0)
            {
                yield return headers;
            }
        }
    }

    private static string TextOf(MimeMessage message)
    {
        var text = new StringBuilder(message.Subject ?? string.Empty).Append('\n');
        Collect(message.Body, text);
        return text.ToString();
    }

    private static void Collect(MimeEntity? entity, StringBuilder text)
    {
        switch (entity)
        {
            case Multipart { Count: 0 } broken:
                // A boundary that never occurs (a few real bounces declare one and use another): the parser leaves the
                // whole body in the preamble, and the report is plain text to read.
                text.Append(broken.Preamble).Append('\n').Append(broken.Epilogue).Append('\n');
                break;
            case Multipart multipart:
                foreach (var child in multipart)
                {
                    Collect(child, text);
                }

                break;
            case MessagePart:
                // The returned original (message/rfc822) is the sender's own text, not the bounce's.
                break;
            case TextPart textPart:
                text.Append(WithoutInlineOriginal(textPart.Text)).Append('\n');
                break;
            case MimePart mime when mime.ContentType.MediaType == "message":
                using (var stream = new MemoryStream())
                {
                    mime.Content?.DecodeTo(stream);
                    text.Append(Encoding.UTF8.GetString(stream.ToArray())).Append('\n');
                }

                break;
        }
    }
}
