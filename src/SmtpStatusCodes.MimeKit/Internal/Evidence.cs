namespace SmtpStatusCodes.MimeKit.Internal;

/// <summary>What a report says about one recipient, gathered before it becomes a <see cref="BouncedRecipient"/>.</summary>
internal sealed class Evidence
{
    public Evidence(string address) => Address = address;

    public string Address { get; }

    public string? OriginalRecipient { get; set; }

    public DeliveryAction Action { get; set; }

    public StatusCode? StatusCode { get; set; }

    public ReplyCode? ReplyCode { get; set; }

    public string? DiagnosticText { get; set; }

    public string? RemoteMta { get; set; }

    public BouncedRecipient ToRecipient() =>
        new(Address, OriginalRecipient, Action, StatusCode, ReplyCode, DiagnosticText, RemoteMta);
}
