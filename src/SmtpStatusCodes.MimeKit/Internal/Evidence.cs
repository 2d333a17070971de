using System;
using System.Buffers;

namespace SmtpStatusCodes.MimeKit.Internal;

/// <summary>What a report says about one recipient, gathered before it becomes a <see cref="BouncedRecipient"/>.</summary>
internal sealed class Evidence
{
    public Evidence(string address) => Address = address;

    public string Address { get; }

    public string? OriginalRecipient { get; set; }

    public DeliveryAction Action { get; set; }

    public StatusCode? StatusCode { get; set; }

    /// <summary>The report's own Status field, kept for the classifier when <see cref="StatusCode"/> is the server's.</summary>
    public StatusCode? FieldStatusCode { get; set; }

    public ReplyCode? ReplyCode { get; set; }

    public string? DiagnosticText { get; set; }

    public string? RemoteMta { get; set; }

    /// <summary>The <c>Diagnostic-Code</c> type when it is not <c>smtp</c> (<c>x-unix</c>, <c>X-Postfix</c>): it says
    /// which agent answered, such as a local delivery program.</summary>
    public string? DiagnosticType { get; set; }

    /// <summary>The comment of the <c>Status</c> field (<c>4.0.0 (host name lookup failure)</c>), which some MTAs use
    /// for the words they put nowhere else.</summary>
    public string? StatusComment { get; set; }

    /// <summary>The lines of the human-readable part that name this recipient, with the lines indented under them
    /// (<c>&lt;bob@example.org&gt;: host x said: 550 ... (in reply to end of DATA command)</c>).</summary>
    public string? Notes { get; set; }

    /// <summary>In a text report, the lines that explain this recipient, of which <see cref="DiagnosticText"/> is the
    /// server's part: the classifier reads them all instead.</summary>
    public string? Region { get; set; }

    /// <summary>The report's words about all its recipients (its subject, the text before the first recipient), read
    /// only when this recipient's own evidence gives the classifier no reason.</summary>
    public ReportContext? Context { get; set; }

    public BouncedRecipient ToRecipient(BounceKind kind) =>
        new(Address, OriginalRecipient, Action, StatusCode, ReplyCode, DiagnosticText, RemoteMta, Classify(kind));

    /// <summary>
    /// Whether the verdict on this recipient's fields could still change with the SMTP stage that the lines naming it
    /// may give (docs/classification.md, precedence step 4): a filter, or an unknown user, an unknown host or no reason
    /// that the enhanced code does not state itself. Only then are the lines read for a recipient whose fields are complete.
    /// </summary>
    public bool StageMayDecide()
    {
        var verdict = Classify(BounceKind.Failure);
        return verdict.IsBounce && verdict.Reason switch
        {
            BounceReason.Filtered or BounceReason.Undefined => true,
            BounceReason.UserUnknown or BounceReason.HostUnknown => verdict.StatusCode is not { } code || BounceClassifier.Classify(code).Reason != verdict.Reason,
            _ => false,
        };
    }

    private BounceClassification Classify(BounceKind kind)
    {
        var status = FieldStatusCode ?? StatusCode;
        switch (kind)
        {
            case BounceKind.Feedback:
                return BounceClassifier.Classify(status, ReplyCode, ("Feedback-Type: " + (DiagnosticText ?? "other")).AsSpan());
            case BounceKind.AutoReply:
                return BounceClassifier.Classify(status, ReplyCode, ("Automatic reply\n" + DiagnosticText).AsSpan());
        }

        // The evidence is joined in a rented buffer: a report of thousands of recipients must not copy its text for each.
        var words = Region ?? DiagnosticText ?? string.Empty;
        var prefix = Action switch
        {
            DeliveryAction.Delivered => "Action: delivered\n",
            DeliveryAction.Relayed => "Action: relayed\n",
            DeliveryAction.Expanded => "Action: expanded\n",

            // A delay notice says the message is still queued for retries (RFC 3464 s2.3.3), which no code shows.
            DeliveryAction.Delayed => "Action: delayed\n",
            _ => string.Empty,
        };
        var type = DiagnosticType is null ? 0 : DiagnosticType.Length + 2;
        var ownLength = prefix.Length + type + words.Length + Extra(StatusComment) + Extra(Notes);
        var useContext = Context is not null && kind is BounceKind.Failure or BounceKind.Delay;
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, ownLength));
        try
        {
            var at = Write(buffer, 0, prefix);
            if (DiagnosticType is not null)
            {
                at = Write(buffer, at, DiagnosticType);
                at = Write(buffer, at, "; ");
            }

            at = Write(buffer, at, words);
            at = WriteExtra(buffer, at, StatusComment);
            at = WriteExtra(buffer, at, Notes);
            var verdict = BounceClassifier.Classify(status, ReplyCode, buffer.AsSpan(0, at));
            if (verdict.Reason == BounceReason.Undefined && useContext)
            {
                verdict = WithContext(status, buffer.AsSpan(0, at)) is { Reason: not BounceReason.Undefined } withContext ? withContext : verdict;
            }

            return verdict;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>The verdict on this recipient's evidence followed by the report's words about all recipients.</summary>
    private BounceClassification WithContext(StatusCode? status, ReadOnlySpan<char> own)
    {
        var context = Context!;
        var length = own.Length + 1 + context.Length;
        var buffer = ArrayPool<char>.Shared.Rent(length);
        try
        {
            own.CopyTo(buffer);
            buffer[own.Length] = '\n';
            context.CopyTo(buffer.AsSpan(own.Length + 1));
            return BounceClassifier.Classify(status, ReplyCode, buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static int Extra(string? part) => part is null ? 0 : part.Length + 2;

    private static int Write(char[] buffer, int at, string part)
    {
        part.AsSpan().CopyTo(buffer.AsSpan(at));
        return at + part.Length;
    }

    private static int WriteExtra(char[] buffer, int at, string? part) => part is null ? at : Write(buffer, Write(buffer, at, "\n\n"), part);
}
