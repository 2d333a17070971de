using System.IO;
using System.Linq;

namespace SmtpStatusCodes.Cli.Tests;

public sealed class CompletionTests
{
    private static string[] Complete(string commandLine)
    {
        var root = SmtpStatusApp.CreateRoot(new CliConsole(() => Stream.Null, TextWriter.Null, TextWriter.Null));
        return root.Parse(commandLine).GetCompletions().Select(c => c.Label).ToArray();
    }

    [Fact]
    public void Commands_and_options_complete()
    {
        Complete("ex").Should().Contain("explain");
        Complete("list --").Should().Contain(["--class", "--subject", "--reply", "--culture", "--json", "--no-color"]);
    }

    [Fact]
    public void Culture_and_class_values_complete()
    {
        Complete("explain --culture zh").Should().Contain(["zh-Hant", "zh-Hans", "zh-TW", "zh-CN"]).And.NotContain("en");
        Complete("list --class ").Should().Equal("2", "3", "4", "5");
    }

    [Fact]
    public void The_suggest_directive_prints_completions_for_shells()
    {
        var result = CliRun.Run("[suggest:13]", "list --subjec");

        result.ExitCode.Should().Be(0, result.ToString());
        result.OutputLines.Should().Contain("--subject");
    }
}
