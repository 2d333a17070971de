namespace SmtpStatusCodes.Cli;

/// <summary>The outcome of an explanation and its name in JSON.</summary>
internal static class Outcomes
{
    /// <summary>
    /// A reply's outcome follows its reply code, which is what an SMTP client acts on (RFC 5321); a code on its own
    /// follows its class.
    /// </summary>
    public static Outcome? Of(Explanation explanation) =>
        explanation.ReplyCode is { } reply ? Of(reply) : explanation.StatusCode is { } status ? Of(status) : null;

    public static Outcome Of(ReplyCode code) =>
        code.IsPositiveCompletion ? Outcome.Success
        : code.IsPositiveIntermediate ? Outcome.Intermediate
        : code.IsTransient ? Outcome.Transient
        : Outcome.Permanent;

    public static Outcome Of(StatusCode code) =>
        code.IsSuccess ? Outcome.Success : code.IsTransient ? Outcome.Transient : Outcome.Permanent;

    public static string? JsonName(Outcome? outcome) => outcome switch
    {
        null => null,
        Outcome.Success => "success",
        Outcome.Intermediate => "intermediate",
        Outcome.Transient => "transient",
        _ => "permanent",
    };
}
