using System;
using MimeKit;
using SmtpStatusCodes.MimeKit;

namespace SmtpStatusCodes.Cli;

/// <summary>
/// Reads an input that starts like an email as one bounce message (the bounce-message package): one explanation per
/// recipient it reports on. Anything else, and a message that reports on no recipient, is left to be read as text
/// from its first byte.
/// </summary>
internal static class MessageExplainer
{
    /// <summary>A larger input is not read as one message; no bounce is that big, and it would not fit in bounded memory.</summary>
    public const long MaxMessageBytes = 32L * 1024 * 1024;

    /// <summary>How much of the start is looked at to tell a message from other text.</summary>
    private const int PeekBytes = 64 * 1024;

    /// <summary>Reads the input as a bounce report, or rewinds it and returns null.</summary>
    public static BounceReport? TryRead(RecordingStream input)
    {
        var peek = new byte[PeekBytes];
        var total = 0;
        int read;
        while (total < peek.Length && (read = input.Read(peek, total, peek.Length - total)) > 0)
        {
            total += read;
            if (MessageDetector.CanDecide(peek.AsSpan(0, total)))
            {
                break;
            }
        }

        input.Rewind();
        if (!MessageDetector.LooksLikeMessage(peek.AsSpan(0, total)))
        {
            return null;
        }

        try
        {
            var format = MessageDetector.StartsWithFromLine(peek.AsSpan(0, total)) ? MimeFormat.Mbox : MimeFormat.Entity;
            var report = BounceReport.Read(new MimeParser(input, format).ParseMessage());
            if (report.Recipients.Count > 0)
            {
                return report;
            }
        }
        catch (Exception e) when (e is FormatException or RecordingStream.LimitExceededException)
        {
            // Not a message after all, or too large to be one: read as text.
        }

        input.Rewind();
        return null;
    }

    public static Explanation Explain(BouncedRecipient recipient) => new()
    {
        Kind = ExplanationKind.Recipient,
        Line = 0,
        Text = recipient.DiagnosticText ?? string.Empty,
        ReplyCode = recipient.ReplyCode,
        StatusCode = recipient.StatusCode,
        IsConsistent = recipient.StatusCode is not { } s || recipient.ReplyCode is not { } r || (int)s.Class == r.Value / 100,
        Recipient = recipient.Address,
        Action = recipient.Action,
        RemoteMta = recipient.RemoteMta,
        Classification = recipient.Classification,
    };
}
