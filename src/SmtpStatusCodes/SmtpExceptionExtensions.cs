using System;
using System.Net.Mail;

namespace SmtpStatusCodes;

/// <summary>The codes of a <see cref="SmtpException"/> (System.Net.Mail): the reply code it carries as
/// <see cref="SmtpException.StatusCode"/>, and the enhanced status code it keeps only inside its message text.</summary>
/// <example>
/// <code>
/// catch (SmtpException e)
/// {
///     Console.WriteLine($"{e.GetReplyCode()} {e.GetStatusCode()}");   // 550 5.1.1
/// }
/// </code>
/// </example>
public static class SmtpExceptionExtensions
{
    /// <summary>The server's reply code, or null when the exception has none (<see cref="SmtpStatusCode.GeneralFailure"/>
    /// for a connection or protocol failure, or a value outside the RFC 5321 grammar).</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>The reply code, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is null.</exception>
    public static ReplyCode? GetReplyCode(this SmtpException exception)
    {
        if (exception is null)
        {
            throw new ArgumentNullException(nameof(exception));
        }

        var value = (int)exception.StatusCode;
        return ReplyCode.IsValid(value) ? ReplyCode.FromValue(value) : null;
    }

    /// <summary>The enhanced status code the server gave, found in the exception's message (System.Net.Mail appends the
    /// server's reply text to it, e.g. <c>... The server response was: 5.7.0 Authentication Required</c>), or null.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>The first enhanced status code of the message text, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is null.</exception>
    public static StatusCode? GetStatusCode(this SmtpException exception)
    {
        if (exception is null)
        {
            throw new ArgumentNullException(nameof(exception));
        }

        return CodeScanner.FindFirstStatusCode(exception.Message.AsSpan());
    }

    /// <summary>Classifies the failure with <see cref="BounceClassifier"/>: hard or soft, the reason and whether to
    /// retry, from the reply code, the enhanced status code and the server's words in the message.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>The verdict; <see cref="BounceType.Undetermined"/> when the exception has no code and no telling words
    /// (a connection failure, for example).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is null.</exception>
    public static BounceClassification Classify(this SmtpException exception) =>
        BounceClassifier.Classify(GetStatusCode(exception), GetReplyCode(exception), exception.Message.AsSpan());
}
