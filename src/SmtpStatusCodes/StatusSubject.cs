namespace SmtpStatusCodes;

/// <summary>The subject of an enhanced status code: its second number, for the subjects RFC 3463 section 2 defines.</summary>
/// <remarks>The grammar allows subjects up to 999; values above 7 have no name and are not registered.</remarks>
public enum StatusSubject
{
    /// <summary>X.0.X: other or undefined status.</summary>
    OtherOrUndefined = 0,

    /// <summary>X.1.X: addressing status.</summary>
    Addressing = 1,

    /// <summary>X.2.X: mailbox status.</summary>
    Mailbox = 2,

    /// <summary>X.3.X: mail system status.</summary>
    MailSystem = 3,

    /// <summary>X.4.X: network and routing status.</summary>
    NetworkAndRouting = 4,

    /// <summary>X.5.X: mail delivery protocol status.</summary>
    MailDeliveryProtocol = 5,

    /// <summary>X.6.X: message content or media status.</summary>
    MessageContentOrMedia = 6,

    /// <summary>X.7.X: security or policy status.</summary>
    SecurityOrPolicy = 7,
}
