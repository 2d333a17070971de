using System;
using System.CommandLine;
using System.IO;

namespace SmtpStatusCodes.Cli;

/// <summary>The smtp-status command line: parses the arguments, runs a command, maps the outcome to an exit code.</summary>
internal static class SmtpStatusApp
{
    /// <summary>The command tree: also what shell completion (the <c>[suggest]</c> directive) walks.</summary>
    public static RootCommand CreateRoot(CliConsole console)
    {
        var options = new GlobalOptions();
        var root = new RootCommand("Explains SMTP reply codes (550) and enhanced status codes (5.1.1) in replies, mail logs and bounces.");
        options.AddTo(root);
        root.Subcommands.Add(ExplainCommand.Create(options, console));
        root.Subcommands.Add(ListCommand.Create(options, console));
        root.Subcommands.Add(ScanCommand.Create(options, console));
        return root;
    }

    public static int Run(string[] args, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(args);
        var result = CreateRoot(console).Parse(args);
        if (result.Errors.Count > 0)
        {
            // System.CommandLine exits with 1 on a usage error, which here means "no code found"; usage errors get 2.
            foreach (var error in result.Errors)
            {
                console.Error.WriteLine($"smtp-status: {error.Message}");
            }

            console.Error.WriteLine("Run 'smtp-status --help' for usage.");
            return ExitCodes.UsageError;
        }

        try
        {
            return result.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false });
        }
        catch (UnreadableInputException e)
        {
            console.Error.WriteLine($"smtp-status: {e.Message}");
            return ExitCodes.UnreadableInput;
        }
        catch (UsageException e)
        {
            console.Error.WriteLine($"smtp-status: {e.Message}");
            console.Error.WriteLine("Run 'smtp-status --help' for usage.");
            return ExitCodes.UsageError;
        }
    }

    /// <summary>Opens a file named on the command line; every way it can fail is an unreadable input (exit code 3).</summary>
    public static FileStream OpenFile(string path)
    {
        if (Directory.Exists(path))
        {
            throw new UnreadableInputException($"'{path}' is a directory, not a file.");
        }

        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UnreadableInputException($"'{path}' cannot be read: {e.Message}", e);
        }
    }
}
