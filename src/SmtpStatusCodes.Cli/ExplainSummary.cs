namespace SmtpStatusCodes.Cli;

/// <summary>The totals of one explain run.</summary>
/// <param name="Count">How many explanations were written.</param>
/// <param name="Lines">How many lines of input were read.</param>
/// <param name="InvalidUtf8Lines">How many lines held bytes that are not UTF-8 (shown as U+FFFD).</param>
/// <param name="Error">Why reading stopped early, or null when the whole input was read.</param>
internal sealed record ExplainSummary(int Count, long Lines, long InvalidUtf8Lines, string? Error);
