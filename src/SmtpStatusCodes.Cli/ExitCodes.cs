namespace SmtpStatusCodes.Cli;

/// <summary>The process exit codes of smtp-status, documented in docs/cli.md.</summary>
internal static class ExitCodes
{
    /// <summary>At least one code was found (explain, scan) or listed (list).</summary>
    public const int Found = 0;

    /// <summary>The input was read and holds no SMTP code, or no code matched the filters.</summary>
    public const int NotFound = 1;

    /// <summary>The command line is wrong: unknown option, bad value, conflicting options.</summary>
    public const int UsageError = 2;

    /// <summary>The input could not be read: no such file, a directory, binary data, an I/O error.</summary>
    public const int UnreadableInput = 3;
}
