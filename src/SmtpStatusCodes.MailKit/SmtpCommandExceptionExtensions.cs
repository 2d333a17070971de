using System;
using MailKit.Net.Smtp;

namespace SmtpStatusCodes.MailKit;

/// <summary>The codes and the bounce verdict of MailKit's <see cref="SmtpCommandException"/>: the reply code it carries as its
/// <see cref="SmtpCommandException.StatusCode"/>, and the enhanced status code that stays in the server's text
/// (<see cref="Exception.Message"/>).</summary>
/// <example>
/// <code>
/// catch (SmtpCommandException e)
/// {
///     Console.WriteLine($"{e.Mailbox}: {e.GetReplyCode()} {e.GetStatusCode()}");   // bob@example.org: 550 5.1.1
/// }
/// </code>
/// </example>
public static class SmtpCommandExceptionExtensions
{
    /// <summary>The server's reply code, or null when MailKit's value is outside the RFC 5321 grammar.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>The reply code, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is null.</exception>
    public static ReplyCode? GetReplyCode(this SmtpCommandException exception)
    {
        if (exception is null)
        {
            throw new ArgumentNullException(nameof(exception));
        }

        var value = (int)exception.StatusCode;
        return ReplyCode.IsValid(value) ? new ReplyCode(value) : null;
    }

    /// <summary>The enhanced status code of the server's reply (RFC 2034 puts it at the start of the text; the first one
    /// in the text is taken), or null when the server sent none.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>The enhanced status code, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is null.</exception>
    public static StatusCode? GetStatusCode(this SmtpCommandException exception)
    {
        if (exception is null)
        {
            throw new ArgumentNullException(nameof(exception));
        }

        return CodeScanner.FindFirstStatusCode(exception.Message.AsSpan());
    }

    /// <summary>Classifies the failure with <see cref="BounceClassifier"/>: hard or soft, the reason and whether to
    /// retry, from the reply code, the enhanced status code and the server's text.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is null.</exception>
    public static BounceClassification Classify(this SmtpCommandException exception) =>
        BounceClassifier.Classify(GetStatusCode(exception), GetReplyCode(exception), exception.Message.AsSpan());
}
