using System;
using System.Buffers;
using System.Text;

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

    /// <summary>The <c>Diagnostic-Code</c> type (<c>smtp</c>, <c>x-unix</c>, <c>X-Postfix</c>): it says which agent
    /// answered, a remote server or a local delivery program.</summary>
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

    private BounceClassification Classify(BounceKind kind)
    {
        var status = FieldStatusCode ?? StatusCode;
        var text = ClassificationText(kind);
        var verdict = BounceClassifier.Classify(status, ReplyCode, text.AsSpan());
        if (verdict.Reason == BounceReason.Undefined && Context is not null && kind is BounceKind.Failure or BounceKind.Delay)
        {
            // Joined in a rented buffer: a report of thousands of recipients without words must not copy its text each time.
            var context = Context.Text;
            var buffer = ArrayPool<char>.Shared.Rent(text.Length + 1 + context.Length);
            text.CopyTo(0, buffer, 0, text.Length);
            buffer[text.Length] = '\n';
            context.CopyTo(0, buffer, text.Length + 1, context.Length);
            var withContext = BounceClassifier.Classify(status, ReplyCode, buffer.AsSpan(0, text.Length + 1 + context.Length));
            ArrayPool<char>.Shared.Return(buffer);
            if (withContext.Reason != BounceReason.Undefined)
            {
                verdict = withContext;
            }
        }

        if (verdict.Reason == BounceReason.NetworkError && RetriedWithoutAnswer(status))
        {
            verdict = BounceClassifier.Classify(DeliveryTimeExpired, ReplyCode, text.AsSpan());
        }

        return verdict;
    }

    private static readonly StatusCode DeliveryTimeExpired = new(StatusClass.PersistentTransientFailure, 4, 7);

    /// <summary>
    /// The report says what the classifier cannot see in the codes and words: the recipient's host never answered
    /// (X.4.0 routing, X.4.1 no answer, X.4.2 bad connection) and the system either keeps trying (<c>Action:
    /// delayed</c>) or has stopped trying a transient failure (<c>Action: failed</c> with a class 4 status, RFC 3464
    /// s2.3.3): its time for delivery is what ran out, so the verdict is X.4.7 "delivery time expired" (RFC 3463).
    /// </summary>
    private bool RetriedWithoutAnswer(StatusCode? status) =>
        status is { Class: StatusClass.PersistentTransientFailure, Subject: 4, Detail: <= 2 }
        && (Action == DeliveryAction.Delayed || (Action == DeliveryAction.Failed && FieldStatusCode is not null));

    /// <summary>The evidence as the classifier reads it: the report's own field for what kind of report it is, then the
    /// server's words and the report's notes on this recipient.</summary>
    private string ClassificationText(BounceKind kind)
    {
        switch (kind)
        {
            case BounceKind.Feedback:
                return "Feedback-Type: " + (DiagnosticText ?? "other");
            case BounceKind.AutoReply:
                return "Automatic reply\n" + DiagnosticText;
        }

        if (DiagnosticType is null && StatusComment is null && Notes is null && Action is not (DeliveryAction.Delivered or DeliveryAction.Relayed or DeliveryAction.Expanded))
        {
            return Region ?? DiagnosticText ?? string.Empty;
        }

        var text = new StringBuilder();
        if (Action is DeliveryAction.Delivered or DeliveryAction.Relayed or DeliveryAction.Expanded)
        {
            text.Append("Action: ").Append(Action.ToString().ToLowerInvariant()).Append('\n');
        }

        if (DiagnosticType is not null)
        {
            text.Append(DiagnosticType).Append("; ");
        }

        text.Append(Region ?? DiagnosticText);
        Append(text, StatusComment);
        Append(text, Notes);
        return text.ToString();
    }

    private static void Append(StringBuilder text, string? part)
    {
        if (part is not null)
        {
            text.Append("\n\n").Append(part);
        }
    }
}
