using System;

namespace SmtpStatusCodes.Cli;

/// <summary>The input cannot be read as text or mail; the message is shown to the user as it is (exit code 3).</summary>
internal sealed class UnreadableInputException : Exception
{
    public UnreadableInputException(string message)
        : base(message)
    {
    }

    public UnreadableInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
