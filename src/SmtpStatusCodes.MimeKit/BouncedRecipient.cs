namespace SmtpStatusCodes.MimeKit;

/// <summary>One recipient a report speaks about, with the evidence the report gives for it.</summary>
public sealed class BouncedRecipient
{
    internal BouncedRecipient(string address, string? originalRecipient, DeliveryAction action, StatusCode? statusCode,
        ReplyCode? replyCode, string? diagnosticText, string? remoteMta, BounceClassification classification)
    {
        Classification = classification;
        Address = address;
        OriginalRecipient = originalRecipient;
        Action = action;
        StatusCode = statusCode;
        ReplyCode = replyCode;
        DiagnosticText = diagnosticText;
        RemoteMta = remoteMta;
    }

    /// <summary>The recipient's address as the report gives it (<c>Final-Recipient</c> in a standard report), without
    /// its address type or angle brackets, e.g. <c>bob@example.org</c>.</summary>
    public string Address { get; }

    /// <summary>The address the sender originally gave, when the report says it and it differs in form
    /// (<c>Original-Recipient</c>, RFC 3464 section 2.3.1); otherwise null.</summary>
    public string? OriginalRecipient { get; }

    /// <summary>What happened to the mail for this recipient.</summary>
    public DeliveryAction Action { get; }

    /// <summary>The enhanced status code for this recipient, or null when the report gives none. When the
    /// <c>Status</c> field and the server's reply disagree, the server's code wins if it is more specific (see
    /// docs/bounces.md).</summary>
    public StatusCode? StatusCode { get; }

    /// <summary>The SMTP reply code the remote server gave for this recipient, or null when the report gives none.</summary>
    public ReplyCode? ReplyCode { get; }

    /// <summary>The server's words for this recipient: the text of the <c>Diagnostic-Code</c> field, or the lines of a
    /// non-standard report that explain the failure; null when the report has none.</summary>
    public string? DiagnosticText { get; }

    /// <summary>The remote server that gave the answer (<c>Remote-MTA</c>, without its type), or null.</summary>
    public string? RemoteMta { get; }

    /// <summary>
    /// The verdict of <see cref="BounceClassifier"/> on this recipient's evidence: hard or soft, the reason and whether to
    /// retry. It is built from <see cref="StatusCode"/>, <see cref="ReplyCode"/> and the server's words, with the report's
    /// own fields in front of them (<c>Action: delivered</c>, <c>Feedback-Type: abuse</c>,
    /// an automatic reply), so that delivery reports, complaints and automatic replies get their reasons.
    /// </summary>
    public BounceClassification Classification { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Address} {Action} {StatusCode?.ToString() ?? "-"} {ReplyCode?.ToString() ?? "-"}";
}
