using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace SmtpStatusCodes.Cli.Tests;

public sealed class ExplainCommandTests
{
    private const string PostfixReject = "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown";

    private static readonly StatusCode s_badMailbox = StatusCodes.PermanentFailure.BadDestinationMailboxAddress;

    [Fact]
    public void Explains_a_reply_line_given_as_arguments()
    {
        var result = CliRun.Run("explain", "--culture", "en", PostfixReject);

        result.ExitCode.Should().Be(0, result.ToString());
        result.OutputLines[0].Should().Be("Line 1: reply 550 5.1.1");
        result.Output.Should().Contain("<bob@example.org>: Recipient address rejected: User unknown")
            .And.Contain(ReplyCodes.MailboxUnavailable.Title)
            .And.Contain("Bad destination mailbox address")
            .And.Contain("Hard bounce");
        Unwrapped(result.Output).Should().Contain(s_badMailbox.GetDescription(CultureInfo.InvariantCulture));
        result.Error.Should().BeEmpty();
    }

    [Fact]
    public void Several_arguments_are_joined_into_one_text()
    {
        var result = CliRun.Run("explain", "--culture", "en", "550", "5.1.1", "User", "unknown");

        result.ExitCode.Should().Be(0, result.ToString());
        result.OutputLines[0].Should().Be("Line 1: reply 550 5.1.1");
        result.OutputLines[1].Trim().Should().Be("User unknown");
    }

    [Theory]
    [InlineData("zh-TW", "zh-Hant", "第 1 行：回覆 550 5.1.1", "重試：否")]
    [InlineData("zh-Hant", "zh-Hant", "第 1 行：回覆 550 5.1.1", "重試：否")]
    [InlineData("zh-CN", "zh-Hans", "第 1 行：回复 550 5.1.1", "重试：否")]
    [InlineData("zh-Hans", "zh-Hans", "第 1 行：回复 550 5.1.1", "重试：否")]
    public void Culture_picks_the_language_of_descriptions_and_labels(string culture, string language, string header, string outcome)
    {
        var result = CliRun.Run("explain", "--culture", culture, PostfixReject);

        result.ExitCode.Should().Be(0, result.ToString());
        result.OutputLines[0].Should().Be(header);
        result.Output.Should().Contain(outcome);
        var description = s_badMailbox.GetDescription(CultureInfo.GetCultureInfo(language));
        description.Should().NotBe(s_badMailbox.GetDescription(CultureInfo.InvariantCulture));
        Unwrapped(result.Output).Replace(" ", string.Empty, System.StringComparison.Ordinal)
            .Should().Contain(description.Replace(" ", string.Empty, System.StringComparison.Ordinal));
    }

    [Fact]
    public void Without_culture_the_current_ui_culture_is_used()
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-TW");
            var result = CliRun.Run("explain", PostfixReject);

            result.OutputLines[0].Should().Be("第 1 行：回覆 550 5.1.1");
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Fact]
    public void An_unknown_culture_is_a_usage_error()
    {
        var result = CliRun.Run("explain", "--culture", "xx-nowhere", PostfixReject);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("Unknown culture 'xx-nowhere'");
        result.Output.Should().BeEmpty();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Standard_input_is_read_when_no_text_is_given_or_a_dash(bool dash)
    {
        string[] args = dash ? ["explain", "--culture", "en", "-"] : ["explain", "--culture", "en"];
        var result = CliRun.WithInput("Diagnostic-Code: smtp; 452 4.2.2 Mailbox full\n", args);

        result.ExitCode.Should().Be(0, result.ToString());
        result.OutputLines[0].Should().Be("Line 1: reply 452 4.2.2");
        result.Output.Should().Contain("Soft bounce");
    }

    [Fact]
    public void A_file_is_read_with_the_file_option()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "Dec  1 10:00:00 mx postfix/smtp[123]: to=<bob@example.org>, status=bounced (host mx.example.org[192.0.2.1] said: 550 5.7.1 Message rejected as spam (in reply to end of DATA command))\n");
            var result = CliRun.Run("explain", "--culture", "en", "--file", path);

            result.ExitCode.Should().Be(0, result.ToString());
            result.OutputLines[0].Should().Be("Line 1: reply 550 5.7.1");
            result.OutputLines[1].Should().Be("  Message rejected as spam (in reply to end of DATA command)", "the parenthesis that closes Postfix's own '(host ...' is not part of the reply");
            result.Output.Should().Contain(StatusCodes.PermanentFailure.DeliveryNotAuthorizedMessageRefused.Title);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_file_or_a_directory_is_unreadable_input_without_a_stack_trace()
    {
        var missing = CliRun.Run("explain", "--file", Path.Combine(Path.GetTempPath(), "no-such-bounce-" + System.Guid.NewGuid() + ".eml"));
        var directory = CliRun.Run("explain", "--file", Path.GetTempPath());

        missing.ExitCode.Should().Be(3);
        missing.Error.Should().Contain("cannot be read").And.NotContain("   at ");
        directory.ExitCode.Should().Be(3);
        directory.Error.Should().Contain("is a directory").And.NotContain("   at ");
    }

    [Fact]
    public void Text_and_file_together_are_a_usage_error()
    {
        var result = CliRun.Run("explain", "--file", "bounce.eml", PostfixReject);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("either TEXT or --file");
    }

    [Fact]
    public void Text_without_a_code_exits_with_1_and_says_so()
    {
        var result = CliRun.Run("explain", "--culture", "en", "The meeting is at 550 Main Street, room 5.1");

        result.ExitCode.Should().Be(1);
        result.Output.Should().StartWith("No SMTP code found.");
    }

    [Fact]
    public void The_lines_of_a_multi_line_reply_are_explained_together()
    {
        const string Gmail = """
            550-5.1.1 The email account that you tried to reach does not exist. Please try
            550-5.1.1 double-checking the recipient's email address for typos or
            550 5.1.1 unnecessary spaces. For more information, go to the help center.
            """;
        var result = CliRun.WithInput(Gmail, "explain", "--culture", "en");

        result.ExitCode.Should().Be(0, result.ToString());
        result.OutputLines.Count(l => l.StartsWith("Line ", System.StringComparison.Ordinal)).Should().Be(1, result.Output);
        result.OutputLines[0].Should().Be("Line 1: reply 550 5.1.1 (3 lines)");
        Unwrapped(result.Output).Should().Contain("does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.");
    }

    [Fact]
    public void A_folded_diagnostic_code_field_is_one_reply()
    {
        const string Dsn = """
            Status: 5.1.1
            Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does
             not exist. Please try
             550-5.1.1 double-checking the recipient's email address for typos or
             550 5.1.1 unnecessary spaces. x1si123 - gsmtp
            Last-Attempt-Date: Mon, 30 Nov 2026 10:00:00 +0000
            """;
        var result = CliRun.WithInput(Dsn, "explain", "--culture", "en", "--json");

        using var document = System.Text.Json.JsonDocument.Parse(result.Output);
        var items = document.RootElement.GetProperty("explanations").EnumerateArray().ToList();
        items.Should().HaveCount(2);
        items[1].GetProperty("kind").GetString().Should().Be("reply");
        items[1].GetProperty("line").GetInt64().Should().Be(2);
        items[1].GetProperty("lineCount").GetInt32().Should().Be(4);
        items[1].GetProperty("text").GetString().Should().Be(
            "The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. x1si123 - gsmtp");
    }

    [Fact]
    public void An_unfinished_reply_ends_at_the_next_line_that_does_not_continue_it()
    {
        var result = CliRun.WithInput("said: 421-4.7.0 Try again later\nStatus: 4.7.0\n", "explain", "--culture", "en");

        result.OutputLines.Where(l => l.StartsWith("Line ", System.StringComparison.Ordinal))
            .Should().Equal("Line 1: reply 421 4.7.0", "Line 2: code 4.7.0");
    }

    [Fact]
    public void Separate_replies_on_adjacent_lines_stay_separate()
    {
        var result = CliRun.WithInput("250 2.1.0 Sender ok\n550 5.1.1 No such user\n", "explain", "--culture", "en");

        result.OutputLines.Where(l => l.StartsWith("Line ", System.StringComparison.Ordinal))
            .Should().Equal("Line 1: reply 250 2.1.0", "Line 2: reply 550 5.1.1");
    }

    [Fact]
    public void A_class_mismatch_between_reply_code_and_enhanced_code_is_pointed_out()
    {
        var result = CliRun.Run("explain", "--culture", "en", "550 4.2.2 Mailbox full");

        result.ExitCode.Should().Be(0);
        Unwrapped(result.Output).Should().Contain("The enhanced code's class (4) differs from the reply code's first digit (5)");
    }

    [Fact]
    public void Codes_on_their_own_are_explained_once_and_described_once()
    {
        const string Dsn = """
            Final-Recipient: rfc822; bob@example.org
            Action: failed
            Status: 5.1.1
            Diagnostic-Code: smtp; 550 5.1.1 User unknown
            """;
        var result = CliRun.WithInput(Dsn, "explain", "--culture", "en");

        result.ExitCode.Should().Be(0, result.ToString());
        result.OutputLines.Where(l => l.StartsWith("Line ", System.StringComparison.Ordinal))
            .Should().Equal("Line 3: code 5.1.1", "Line 4: reply 550 5.1.1");
        result.Output.Should().Contain("(described above)");
        CountOf(Unwrapped(result.Output), s_badMailbox.GetDescription(CultureInfo.InvariantCulture)).Should().Be(1);
    }

    [Fact]
    public void Unregistered_codes_are_marked_as_such()
    {
        var result = CliRun.Run("explain", "--culture", "en", "Status: 5.1.99");

        result.ExitCode.Should().Be(0);
        result.Output.Should().Contain("Not registered at IANA");
    }

    [Fact]
    public void Binary_input_is_unreadable_with_a_clear_message()
    {
        var bytes = Encoding.UTF8.GetBytes("550 5.1.1 first line\n").Concat(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 1 }).ToArray();
        var result = CliRun.Run(["explain", "--culture", "en"], new MemoryStream(bytes));

        result.ExitCode.Should().Be(3, result.ToString());
        result.Error.Should().Contain("standard input holds binary data (a NUL byte at byte 25, line 2)").And.NotContain("   at ");
        result.Output.Should().Contain("Line 1: reply 550 5.1.1", "what was read before the binary data is explained");
    }

    [Fact]
    public void Invalid_utf8_is_replaced_counted_and_the_codes_still_found()
    {
        var bytes = Encoding.UTF8.GetBytes("Status: 5.2.2 ").Concat(new byte[] { 0xC3, 0x28, 0xFF }).Concat(Encoding.UTF8.GetBytes("\nok\n")).ToArray();
        var result = CliRun.Run(["explain", "--culture", "en"], new MemoryStream(bytes));

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("Line 1: code 5.2.2").And.Contain("\uFFFD");
        result.Error.Should().Contain("1 line(s) held bytes that are not UTF-8");
    }

    [Fact]
    public void Text_that_starts_with_a_dash_is_explained_after_a_double_dash()
    {
        var result = CliRun.Run("explain", "--culture", "en", "--", "--> Status: 5.1.1");

        result.ExitCode.Should().Be(0, result.ToString());
        result.OutputLines[0].Should().Be("Line 1: code 5.1.1");
    }

    [Fact]
    public void Help_lists_the_commands_and_options()
    {
        var result = CliRun.Run("--help");

        result.ExitCode.Should().Be(0);
        result.Output.Should().Contain("explain").And.Contain("list").And.Contain("--culture").And.Contain("--json").And.Contain("--no-color");
    }

    [Theory]
    [InlineData(new[] { "--culture", "en" }, "Required command was not provided")]
    [InlineData(new[] { "explian" }, "Unrecognized command or argument 'explian'")]
    [InlineData(new[] { "explain", "--bogus" }, "Unrecognized option '--bogus'")]
    [InlineData(new[] { "explain", "-", "550" }, "'-' (standard input) cannot be combined")]
    public void Usage_errors_exit_with_2(string[] args, string message)
    {
        var result = CliRun.Run(args);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain(message).And.Contain("smtp-status --help");
    }

    /// <summary>The output's lines joined, with the wrapping indentation removed: descriptions read as one text.</summary>
    internal static string Unwrapped(string output)
    {
        var builder = new StringBuilder();
        foreach (var line in output.Split('\n'))
        {
            var trimmed = line.Trim();
            if (builder.Length > 0 && trimmed.Length > 0 && !IsWide(builder[^1]) && !IsWide(trimmed[0]))
            {
                builder.Append(' ');
            }

            builder.Append(trimmed);
        }

        return builder.ToString();
    }

    private static bool IsWide(char c) => c >= 0x2E80;

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, System.StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, System.StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
