namespace SmtpStatusCodes;

/// <summary>
/// Why a message bounced. One member per reason of the de-facto standard taxonomy (Sisimai's reason names, in
/// PascalCase), so users of that taxonomy keep their names, plus reasons it lacks (values from 36 on), each mapped to the
/// nearest standard reason by <see cref="BounceReasonExtensions.ToStandard"/>. Meanings, codes and cue phrases per reason:
/// docs/classification.md.
/// </summary>
public enum BounceReason
{
    /// <summary>No reason could be determined from the code or the text.</summary>
    Undefined = 0,

    /// <summary>The message was delivered (a success code or an Action: delivered report).</summary>
    Delivered = 1,

    /// <summary>The recipient's mailbox does not exist at the receiving domain.</summary>
    UserUnknown = 2,

    /// <summary>The recipient's domain does not exist or has no host that receives mail.</summary>
    HostUnknown = 3,

    /// <summary>The recipient has moved and no longer receives mail at this address.</summary>
    HasMoved = 4,

    /// <summary>The receiving host or domain accepts no mail at all (null MX, RFC 7505; 521 or 556, RFC 7504).</summary>
    NotAccept = 5,

    /// <summary>The recipient's mailbox exists but is disabled, suspended, frozen or inactive.</summary>
    Suspend = 6,

    /// <summary>The recipient's mailbox is over its quota (RFC 3463 X.2.2, even when sent as permanent).</summary>
    MailboxFull = 7,

    /// <summary>The message exceeds a limit set for the recipient's mailbox, usually its size (X.2.3).</summary>
    ExceedLimit = 8,

    /// <summary>The message is larger than the receiving system accepts (X.3.4).</summary>
    MesgTooBig = 9,

    /// <summary>A filter or setting of the recipient refused the message (for example a group that accepts only some senders).</summary>
    Filtered = 10,

    /// <summary>The envelope sender (MAIL FROM address or its domain) was refused.</summary>
    Rejected = 11,

    /// <summary>The sending IP address or host is blocked or listed by the receiving system.</summary>
    Blocked = 12,

    /// <summary>The message breaks a policy of the receiving site (attachments, local rules).</summary>
    PolicyViolation = 13,

    /// <summary>The receiving system judged the message to be spam.</summary>
    SpamDetected = 14,

    /// <summary>The message was refused as carrying a virus or malware.</summary>
    VirusDetected = 15,

    /// <summary>The message content or headers are malformed or unacceptable.</summary>
    ContentError = 16,

    /// <summary>A security requirement failed, such as SMTP authentication (X.7.X).</summary>
    SecurityError = 17,

    /// <summary>SPF, DKIM, DMARC or ARC checks of the sender failed.</summary>
    AuthFailure = 18,

    /// <summary>The sending IP address has no valid reverse DNS (PTR) record.</summary>
    RequirePtr = 19,

    /// <summary>The sending IP address or domain has a poor reputation.</summary>
    BadReputation = 20,

    /// <summary>The sender opened too many connections at once.</summary>
    TooManyConn = 21,

    /// <summary>The sender exceeded a sending-rate limit.</summary>
    Speeding = 22,

    /// <summary>The server refused to relay the message to a domain it does not serve.</summary>
    NoRelaying = 23,

    /// <summary>The message does not comply with the Internet message format (RFC 5322).</summary>
    NotCompliantRfc = 24,

    /// <summary>The sending software issued an invalid SMTP command or argument.</summary>
    SyntaxError = 25,

    /// <summary>The receiving system requires TLS (STARTTLS, REQUIRETLS) and the transfer did not use it.</summary>
    FailedStartTls = 26,

    /// <summary>A DNS or routing problem stopped delivery (including mail loops); a failure to connect is <see cref="Expired"/>.</summary>
    NetworkError = 27,

    /// <summary>The receiving system had an internal or configuration problem.</summary>
    SystemError = 28,

    /// <summary>The receiving system is out of storage.</summary>
    SystemFull = 29,

    /// <summary>A local delivery program (pipe, procmail) at the receiving end failed.</summary>
    MailerError = 30,

    /// <summary>Delivery was given up, or is still delayed, after retrying too long, usually because the receiving host could not be reached (X.4.7; a persistent X.4.1 or X.4.2).</summary>
    Expired = 31,

    /// <summary>The outcome is not decided yet.</summary>
    OnHold = 32,

    /// <summary>The sending service itself refused the address because it is on its suppression list.</summary>
    Suppressed = 33,

    /// <summary>A feedback (complaint) report (RFC 5965) or an unsubscribe request sent by mail, not a bounce.</summary>
    Feedback = 34,

    /// <summary>An automatic reply such as an out-of-office notice (RFC 3834), not a bounce.</summary>
    Vacation = 35,

    /// <summary>Too many recipients for one transaction (X.5.3; 452, or 552 after RCPT TO, RFC 5321 s4.5.3.1.10): transient. Nearest standard reason: <see cref="TooManyConn"/>.</summary>
    TooManyRecipients = 36,

    /// <summary>A first delivery attempt deferred on purpose (greylisting): retry later. Nearest standard reason: <see cref="Blocked"/>.</summary>
    Greylisted = 37,
}
