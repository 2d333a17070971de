namespace SmtpStatusCodes;

/// <summary>What a sender should do with the failed message.</summary>
public enum RetryAdvice
{
    /// <summary>Nothing to retry: not a bounce, or nothing is known. Also <c>default(RetryAdvice)</c>.</summary>
    NotApplicable = 0,

    /// <summary>Do not send this message to this address again.</summary>
    DoNotRetry = 1,

    /// <summary>Retry later, unchanged: the cause is expected to pass.</summary>
    RetryLater = 2,

    /// <summary>Retry only after fixing something on the sending side (authentication, DNS, reputation, content, size, software).</summary>
    RetryAfterSenderFix = 3,
}
