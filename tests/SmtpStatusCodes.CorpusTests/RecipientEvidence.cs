using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using MimeKit;

namespace SmtpStatusCodes.CorpusTests;

/// <summary>
/// What one recipient's verdict rests on: the Status and Diagnostic-Code of its delivery-status group when the message
/// has one (message/delivery-status or message/global-delivery-status, one group per recipient in order), else the
/// message's own text (its subject and the text parts outside the returned original).
/// </summary>
internal sealed record RecipientEvidence(string? Status, string? DiagnosticCode, string MessageText)
{
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

        return (groups.Select(g => new RecipientEvidence(g["Status"]?.Trim(), Unfold(g["Diagnostic-Code"]), text)).ToList(), text);
    }

    /// <summary>Classifies with the public API: the group's Status and Diagnostic-Code, else the message text.</summary>
    public BounceClassification Classify()
    {
        StatusCode? status = null;
        if (Status is { Length: > 0 } s && StatusCode.TryParse(s.Split(' ', '\t', '(')[0].AsSpan(), out var parsed))
        {
            status = parsed;
        }

        var text = DiagnosticCode is { Length: > 0 } d ? d : MessageText;
        return BounceClassifier.Classify(status, null, text.AsSpan());
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
                text.Append(textPart.Text).Append('\n');
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
