using MimeKit;

namespace SmtpStatusCodes.Cli;

/// <summary>One message of a mailbox, or why it could not be read.</summary>
/// <param name="File">The file, relative to the maildir folder (or the mbox path).</param>
/// <param name="Index">The message's 1-based position in its file (always 1 in a maildir).</param>
/// <param name="Message">The parsed message, or null when it could not be read.</param>
/// <param name="Error">Why it could not be read, or null.</param>
internal sealed record MailboxMessage(string File, int Index, MimeMessage? Message, string? Error);
