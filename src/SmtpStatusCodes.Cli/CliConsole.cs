using System;
using System.IO;

namespace SmtpStatusCodes.Cli;

/// <summary>
/// What a command reads from and writes to: the process's standard streams, or in tests, memory. Whether a stream is a
/// terminal decides colors, hints and the progress bar, so tests set it rather than detect it.
/// </summary>
internal sealed class CliConsole
{
    public CliConsole(Func<Stream> openInput, TextWriter output, TextWriter error)
    {
        OpenInput = openInput;
        Out = output;
        Error = error;
    }

    /// <summary>Opens standard input as bytes; called once, only when a command reads it.</summary>
    public Func<Stream> OpenInput { get; }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    public bool InputIsTerminal { get; init; }

    public bool OutputIsTerminal { get; init; }

    public bool ErrorIsTerminal { get; init; }

    /// <summary>Reads an environment variable (NO_COLOR); tests pass their own.</summary>
    public Func<string, string?> GetEnvironmentVariable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>A clock in milliseconds for the progress bar's one-second delay; tests pass their own.</summary>
    public Func<long> Milliseconds { get; init; } = () => Environment.TickCount64;

    /// <summary>The console of this process.</summary>
    public static CliConsole System() =>
        new(Console.OpenStandardInput, Console.Out, Console.Error)
        {
            InputIsTerminal = !Console.IsInputRedirected,
            OutputIsTerminal = !Console.IsOutputRedirected,
            ErrorIsTerminal = !Console.IsErrorRedirected,
        };
}
