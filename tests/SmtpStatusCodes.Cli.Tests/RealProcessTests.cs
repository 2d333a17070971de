using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace SmtpStatusCodes.Cli.Tests;

/// <summary>The built tool as a real process: the host, the console encoding and the exit code as a user gets them.</summary>
public sealed class RealProcessTests
{
    private static (int ExitCode, string Output, string Error) RunTool(string input, params string[] args)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "smtp-status.dll");
        File.Exists(tool).Should().BeTrue($"the tool is built next to the tests ({tool})");
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        var startInfo = new ProcessStartInfo(string.IsNullOrEmpty(host) ? "dotnet" : host)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        startInfo.ArgumentList.Add(tool);
        foreach (var arg in args)
        {
            startInfo.ArgumentList.Add(arg);
        }

        startInfo.Environment.Remove("NO_COLOR");
        using var process = Process.Start(startInfo)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("smtp-status did not exit within two minutes");
        }

        Task.WaitAll(output, error);
        return (process.ExitCode, output.Result, error.Result);
    }

    [Fact]
    public void Explains_standard_input_in_chinese_without_colors_and_exits_with_0()
    {
        var (exitCode, output, error) = RunTool(
            "Reporting-MTA: dns; mx.example.org\n\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <bob@example.org>: User unknown\n",
            "explain", "--culture", "zh-TW");

        exitCode.Should().Be(0, error);
        output.Should().StartWith("第 3 行：代碼 5.1.1").And.Contain("第 4 行：回覆 550 5.1.1").And.Contain("硬退信");
        output.Should().NotContain("\e[", "standard output is a pipe, not a terminal");
        error.Should().BeEmpty();
    }

    [Fact]
    public void Scans_a_maildir_to_csv()
    {
        using var folder = Corpus.NewFolder();
        var maildir = folder.Maildir("lhost-postfix-01.eml", "rhost-google-01.eml", "lhost-exim-01.eml");

        var (exitCode, output, error) = RunTool(string.Empty, "scan", maildir, "--csv");

        exitCode.Should().Be(0, error);
        var rows = Csv.Parse(output);
        rows[0][0].Should().Be("file");
        rows.Skip(1).Select(r => r[0]).Should().BeEquivalentTo(
            new[] { "lhost-exim-01.eml", "lhost-postfix-01.eml", "rhost-google-01.eml" }.Select(f => Path.Combine("cur", f)));
        rows.Single(r => r[0].EndsWith("rhost-google-01.eml", StringComparison.Ordinal))[5].Should().Be("5.2.1");
        error.Should().BeEmpty("no progress bar when output is a pipe");
    }

    [Fact]
    public void Exits_with_1_without_codes_and_2_on_a_usage_error()
    {
        RunTool("nothing here\n", "explain").ExitCode.Should().Be(1);
        var usage = RunTool(string.Empty, "explain", "--class", "5");
        usage.ExitCode.Should().Be(2);
        usage.Error.Should().Contain("--class");
    }
}
