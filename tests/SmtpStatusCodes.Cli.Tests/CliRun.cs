using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace SmtpStatusCodes.Cli.Tests;

/// <summary>The outcome of one in-process run of smtp-status.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    public string[] OutputLines => Output.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}

/// <summary>Runs smtp-status in process with standard input, terminal flags and environment chosen by the test.</summary>
internal static class CliRun
{
    public static CliResult Run(params string[] args) => Run(args, Stream.Null);

    public static CliResult WithInput(string input, params string[] args) =>
        Run(args, new MemoryStream(Encoding.UTF8.GetBytes(input)));

    public static CliResult Run(
        string[] args,
        Stream input,
        bool terminal = false,
        IDictionary<string, string>? environment = null,
        StringWriter? output = null)
    {
        output ??= new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(() => input, output, error)
        {
            InputIsTerminal = false,
            OutputIsTerminal = terminal,
            ErrorIsTerminal = terminal,
            GetEnvironmentVariable = name => environment is not null && environment.TryGetValue(name, out var value) ? value : null,
        };
        var exit = SmtpStatusApp.Run(args, console);
        return new CliResult(exit, output.ToString(), error.ToString());
    }
}
