namespace SmtpStatusCodes.Cli;

/// <summary>What an <see cref="Explanation"/> explains.</summary>
internal enum ExplanationKind
{
    /// <summary>An SMTP reply (one line, or the lines of a multi-line reply), with its reply code and enhanced code.</summary>
    Reply,

    /// <summary>A code standing on its own in the text, such as <c>Status: 5.1.1</c>.</summary>
    Code,

    /// <summary>A recipient of a bounce message, with the codes and the server's words the report gives for it.</summary>
    Recipient,
}
