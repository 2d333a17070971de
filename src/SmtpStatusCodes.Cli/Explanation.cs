namespace SmtpStatusCodes.Cli;

/// <summary>One thing found in the input and explained: a reply, or a code on its own.</summary>
internal sealed class Explanation
{
    public required ExplanationKind Kind { get; init; }

    /// <summary>The 1-based line of the input where it starts.</summary>
    public required long Line { get; init; }

    /// <summary>The reply's text after its codes (lines joined with a space), or the line the code stands in.</summary>
    public required string Text { get; init; }

    public ReplyCode? ReplyCode { get; init; }

    public StatusCode? StatusCode { get; init; }

    /// <summary>False when the enhanced code's class differs from the reply code's first digit (RFC 2034 section 4).</summary>
    public bool IsConsistent { get; init; } = true;

    /// <summary>True when the lines of a multi-line reply carry different enhanced codes.</summary>
    public bool HasStatusCodeDisagreement { get; init; }

    /// <summary>The bounce classifier's verdict on the codes and the text: hard or soft, the reason, the retry advice.</summary>
    public required BounceClassification Classification { get; init; }

    /// <summary>How many lines a multi-line reply had.</summary>
    public int LineCount { get; init; } = 1;
}
