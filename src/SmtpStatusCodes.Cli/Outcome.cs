namespace SmtpStatusCodes.Cli;

/// <summary>What a code's class says about the delivery (RFC 5321 section 4.2.1, RFC 3463 section 3.1).</summary>
internal enum Outcome
{
    /// <summary>2xx, 2.X.X: delivered or accepted.</summary>
    Success,

    /// <summary>3xx: the server waits for more (DATA, AUTH).</summary>
    Intermediate,

    /// <summary>4xx, 4.X.X: a temporary failure; sending again later may work.</summary>
    Transient,

    /// <summary>5xx, 5.X.X: a permanent failure; sending again unchanged will fail again.</summary>
    Permanent,
}
