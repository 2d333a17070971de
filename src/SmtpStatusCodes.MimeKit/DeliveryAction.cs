namespace SmtpStatusCodes.MimeKit;

/// <summary>What happened to the mail for one recipient: the <c>Action</c> field of RFC 3464 section 2.3.3, or what a
/// non-standard report says in words.</summary>
public enum DeliveryAction
{
    /// <summary>The report gives no action (an auto-reply or a feedback report).</summary>
    None = 0,

    /// <summary>Delivery failed; no more attempts will be made.</summary>
    Failed = 1,

    /// <summary>Delivery has not succeeded yet and is still being tried.</summary>
    Delayed = 2,

    /// <summary>The message was delivered to the recipient's mailbox.</summary>
    Delivered = 3,

    /// <summary>The message was passed on to a system that sends no reports.</summary>
    Relayed = 4,

    /// <summary>The message was delivered to a list or alias and passed on to its members.</summary>
    Expanded = 5,
}
