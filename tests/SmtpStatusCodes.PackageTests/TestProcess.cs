using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace SmtpStatusCodes.PackageTests;

/// <summary>The outcome of a child process: exit code and interleaved stdout and stderr.</summary>
internal sealed record ProcessResult(string CommandLine, string WorkingDirectory, int ExitCode, string Output, TimeSpan Elapsed)
{
    public string Describe() =>
        $"`{CommandLine}` in {WorkingDirectory} exited with {ExitCode} after {Elapsed.TotalSeconds:0.0} s. Output:{Environment.NewLine}{Output}";

    /// <summary>Fails the test, with the full output, unless the process exited with 0.</summary>
    public ProcessResult EnsureSuccess()
    {
        if (ExitCode != 0)
        {
            Assert.Fail(Describe());
        }

        return this;
    }
}

/// <summary>Runs child processes (dotnet, git) with a timeout, captured output and a clean environment.</summary>
internal static class TestProcess
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    // Set by MSBuild, dotnet test and the test host; a nested dotnet must not inherit them.
    private static readonly string[] _inheritedPrefixes = ["MSBuild", "MSBUILD_", "VSTEST_", "VSTEST", "TESTINGPLATFORM_"];

    public static ProcessResult Dotnet(string workingDirectory, params string[] arguments) =>
        Run(DotnetHost, arguments, workingDirectory, DefaultTimeout);

    public static ProcessResult Git(string workingDirectory, params string[] arguments) =>
        Run("git", arguments, workingDirectory, TimeSpan.FromMinutes(1));

    /// <summary>The dotnet host running this test (so nested builds use the same SDK install).</summary>
    private static string DotnetHost
    {
        get
        {
            string? hostPath = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            return !string.IsNullOrEmpty(hostPath) && File.Exists(hostPath) ? hostPath : "dotnet";
        }
    }

    public static ProcessResult Run(string fileName, IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (string argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        CleanEnvironment(startInfo.Environment);

        string commandLine = fileName + " " + string.Join(" ", arguments);
        var output = new StringBuilder();
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            Assert.Fail($"Could not start `{commandLine}` in {workingDirectory}: {ex}");
            throw;
        }

        process.StandardInput.Close();
        Task stdout = PumpAsync(process.StandardOutput, output);
        Task stderr = PumpAsync(process.StandardError, output);

        if (!process.WaitForExit(timeout))
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It exited meanwhile.
            }

            process.WaitForExit(TimeSpan.FromSeconds(30));
            Task.WaitAll([stdout, stderr], TimeSpan.FromSeconds(10));
            Assert.Fail($"`{commandLine}` in {workingDirectory} timed out after {timeout.TotalMinutes:0.#} min and was killed. Output so far:{Environment.NewLine}{Snapshot(output)}");
        }

        // A build server started by the child could keep the pipes open; do not wait for it forever.
        Task.WaitAll([stdout, stderr], TimeSpan.FromSeconds(30));
        stopwatch.Stop();
        return new ProcessResult(commandLine, workingDirectory, process.ExitCode, Snapshot(output), stopwatch.Elapsed);
    }

    private static void CleanEnvironment(IDictionary<string, string?> environment)
    {
        foreach (string name in new List<string>(environment.Keys))
        {
            foreach (string prefix in _inheritedPrefixes)
            {
                if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    environment.Remove(name);
                    break;
                }
            }
        }

        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        environment["DOTNET_CLI_WORKLOAD_UPDATE_NOTIFY_DISABLE"] = "1";
        // No lingering MSBuild nodes or servers that would outlive the test and hold its pipes.
        environment["MSBUILDDISABLENODEREUSE"] = "1";
        environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        // Plain, uncoloured console logger output that the tests can read.
        environment["MSBUILDTERMINALLOGGER"] = "off";
        environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        // Git must not read the user's or system configuration (identity, hooks, rewrites).
        environment["GIT_CONFIG_NOSYSTEM"] = "1";
        environment["GIT_CONFIG_GLOBAL"] = OperatingSystem.IsWindows() ? "NUL" : "/dev/null";
        environment["GIT_TERMINAL_PROMPT"] = "0";
    }

    private static async Task PumpAsync(StreamReader reader, StringBuilder output)
    {
        while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
