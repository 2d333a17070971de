using SmtpStatusCodes.MimeKit;

namespace SmtpStatusCodes.Cli;

/// <summary>One thing found in the input and explained: a reply, or a code on its own.</summary>
internal sealed class Explanation
{
    public required ExplanationKind Kind { get; init; }

    /// <summary>The 1-based line of the input where it starts; 0 for a recipient of a bounce message.</summary>
    public required long Line { get; init; }

    /// <summary>The reply's text after its codes (lines joined with a space), the line the code stands in, or the
    /// server's words for a recipient (empty when the report has none).</summary>
    public required string Text { get; init; }

    public ReplyCode? ReplyCode { get; init; }

    public StatusCode? StatusCode { get; init; }

    /// <summary>False when the enhanced code's class differs from the reply code's first digit (RFC 2034 section 4).</summary>
    public bool IsConsistent { get; init; } = true;

    /// <summary>True when the lines of a multi-line reply carry different enhanced codes.</summary>
    public bool HasStatusCodeDisagreement { get; init; }

    /// <summary>The bounce classifier's verdict on the codes and the text: hard or soft, the reason, the retry advice.</summary>
    public required BounceClassification Classification { get; init; }

    /// <summary>The recipient's address, for <see cref="ExplanationKind.Recipient"/>.</summary>
    public string? Recipient { get; init; }

    /// <summary>What the report says happened to the mail for the recipient.</summary>
    public DeliveryAction Action { get; init; }

    /// <summary>The server that answered for the recipient, when the report names it.</summary>
    public string? RemoteMta { get; init; }

    /// <summary>How many lines a multi-line reply had.</summary>
    public int LineCount { get; init; } = 1;
}
