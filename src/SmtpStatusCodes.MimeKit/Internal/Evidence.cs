using System;

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

    public BouncedRecipient ToRecipient(BounceKind kind) =>
        new(Address, OriginalRecipient, Action, StatusCode, ReplyCode, DiagnosticText, RemoteMta,
            BounceClassifier.Classify(FieldStatusCode ?? StatusCode, ReplyCode, ClassificationText(kind).AsSpan()));

    /// <summary>The evidence as the classifier reads it: the report's own field for what kind of report it is, then the
    /// server's words.</summary>
    private string ClassificationText(BounceKind kind) => kind switch
    {
        BounceKind.Feedback => "Feedback-Type: " + (DiagnosticText ?? "other"),
        BounceKind.AutoReply => "Automatic reply\n" + DiagnosticText,
        _ when Action is DeliveryAction.Delivered or DeliveryAction.Relayed or DeliveryAction.Expanded =>
            "Action: " + Action.ToString().ToLowerInvariant() + "\n" + DiagnosticText,
        _ => DiagnosticText ?? string.Empty,
    };
}
