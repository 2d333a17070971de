namespace SmtpStatusCodes.Cli;

/// <summary>The names of the classifier's values in JSON (and CSV): stable, lower case, documented in docs/cli.md.</summary>
internal static class JsonNames
{
    public static string Type(BounceType type) => type switch
    {
        BounceType.Hard => "hard",
        BounceType.Soft => "soft",
        BounceType.NotABounce => "not-a-bounce",
        _ => "undetermined",
    };

    public static string Retry(RetryAdvice retry) => retry switch
    {
        RetryAdvice.DoNotRetry => "do-not-retry",
        RetryAdvice.RetryLater => "retry-later",
        RetryAdvice.RetryAfterSenderFix => "retry-after-sender-fix",
        _ => "not-applicable",
    };

    public static string Basis(BounceBasis basis) => basis switch
    {
        BounceBasis.StatusCode => "status-code",
        BounceBasis.ReplyCode => "reply-code",
        BounceBasis.CuePhrase => "cue-phrase",
        _ => "none",
    };
}
