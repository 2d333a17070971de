using System.Collections.Generic;
using global::MimeKit;

namespace SmtpStatusCodes.MimeKit.Internal;

/// <summary>The parts of a report that say something: delivery-status bodies, a feedback report, the human-readable
/// text and the returned original. Attached messages are not entered, so nothing of the original's body is read.</summary>
internal sealed class MessageParts
{
    // Bounds for hostile nesting: real reports are two or three levels deep with a handful of parts.
    private const int MaxDepth = 32;
    private const int MaxEntities = 1000;

    public List<MimePart> DeliveryStatus { get; } = new();

    public MimePart? FeedbackReport { get; private set; }

    public List<TextPart> Texts { get; } = new();

    /// <summary>Text MIME could not assign to a part: the preamble of a multipart whose boundary matches nothing
    /// (a report edited by hand, or cut), where the whole report then lies.</summary>
    public List<string> LooseTexts { get; } = new();

    public MessagePart? Original { get; private set; }

    public bool IsMultipartReport { get; private set; }

    public static MessageParts Collect(MimeMessage message)
    {
        var parts = new MessageParts();
        if (message.Body is null)
        {
            return parts;
        }

        var stack = new Stack<(MimeEntity Entity, int Depth)>();
        stack.Push((message.Body, 0));
        var visited = 0;
        while (stack.Count > 0 && visited++ < MaxEntities)
        {
            var (entity, depth) = stack.Pop();
            switch (entity)
            {
                case Multipart multipart:
                    if (depth >= MaxDepth)
                    {
                        break;
                    }

                    if (multipart.ContentType.IsMimeType("multipart", "report"))
                    {
                        parts.IsMultipartReport = true;
                    }

                    if (multipart.Count == 0 && !string.IsNullOrEmpty(multipart.Preamble))
                    {
                        parts.LooseTexts.Add(multipart.Preamble!);
                    }

                    if (multipart.ContentType.IsMimeType("multipart", "alternative") && PlainAlternative(multipart) is { } plain)
                    {
                        // The plain and HTML forms say the same; the plain one needs no markup removed.
                        stack.Push((plain, depth + 1));
                        break;
                    }

                    for (var i = multipart.Count - 1; i >= 0; i--)
                    {
                        stack.Push((multipart[i], depth + 1));
                    }

                    break;
                case MessagePart original:
                    // message/rfc822, message/global or text/rfc822-headers: the returned original. Not entered.
                    parts.Original ??= original;
                    break;
                case MessageDeliveryStatus status:
                    parts.DeliveryStatus.Add(status);
                    break;
                case MessageFeedbackReport feedback:
                    parts.FeedbackReport ??= feedback;
                    break;
                case TextPart text:
                    parts.Texts.Add(text);
                    break;
                case MimePart part when part.ContentType.IsMimeType("message", "delivery-status")
                    || part.ContentType.IsMimeType("message", "global-delivery-status"):
                    parts.DeliveryStatus.Add(part);
                    break;
                case MimePart part when part.ContentType.IsMimeType("message", "feedback-report"):
                    parts.FeedbackReport ??= part;
                    break;
            }
        }

        return parts;
    }

    private static MimeEntity? PlainAlternative(Multipart alternative)
    {
        foreach (var entity in alternative)
        {
            if (entity is TextPart { IsPlain: true })
            {
                return entity;
            }
        }

        return null;
    }
}
