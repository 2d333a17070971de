using System;

namespace SmtpStatusCodes.Cli;

/// <summary>The arguments are wrong in a way only the command can tell (exit code 2).</summary>
internal sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }
}
