namespace SmtpStatusCodes.MimeKit;

/// <summary>What a message reports about the mail it answers.</summary>
public enum BounceKind
{
    /// <summary>Not a report: an ordinary message, or one whose shape says nothing about delivery.</summary>
    NotABounce = 0,

    /// <summary>Delivery failed for at least one recipient (a non-delivery report or bounce).</summary>
    Failure = 1,

    /// <summary>Delivery is delayed and still being tried for at least one recipient; nothing failed.</summary>
    Delay = 2,

    /// <summary>A positive report: delivered, relayed or expanded (RFC 3464 <c>Action: delivered</c>).</summary>
    Delivered = 3,

    /// <summary>An automatic reply (RFC 3834 <c>Auto-Submitted: auto-replied</c>, an out-of-office or vacation message).</summary>
    AutoReply = 4,

    /// <summary>A feedback report, usually a spam complaint (RFC 5965, ARF).</summary>
    Feedback = 5,
}
