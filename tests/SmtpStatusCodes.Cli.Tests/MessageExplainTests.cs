using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace SmtpStatusCodes.Cli.Tests;

public sealed class MessageExplainTests
{
    [Fact]
    public void A_bounce_message_is_explained_per_recipient()
    {
        var result = CliRun.Run("explain", "--culture", "en", "--file", Corpus.Bounce("rhost-google-01.eml"));

        result.ExitCode.Should().Be(0, result.ToString());
        result.OutputLines[0].Should().Be("Recipient shironeko@example.ne.jp: failed");
        result.OutputLines[1].Should().Be("  Remote server: aspmx.l.google.com");
        result.Output.Should().Contain("550 5.2.1 The email account that you tried to reach is disabled.")
            .And.Contain(StatusCodes.PermanentFailure.MailboxDisabledNotAcceptingMessages.Title)
            .And.NotContain("Line ");
    }

    [Fact]
    public void A_bounce_message_on_standard_input_in_chinese_and_as_json()
    {
        var bytes = File.ReadAllBytes(Corpus.Bounce("lhost-postfix-01.eml"));
        var text = CliRun.Run(["explain", "--culture", "zh-CN"], new MemoryStream(bytes));
        var json = CliRun.Run(["explain", "--json", "--culture", "zh-CN"], new MemoryStream(bytes));

        text.ExitCode.Should().Be(0, text.ToString());
        text.OutputLines[0].Should().StartWith("收件人 ").And.EndWith("：失败");
        using var document = JsonDocument.Parse(json.Output);
        var root = document.RootElement;
        root.GetProperty("input").GetString().Should().Be("message");
        root.GetProperty("reportKind").GetString().Should().Be("failure");
        var recipient = root.GetProperty("explanations").EnumerateArray().Single();
        recipient.GetProperty("kind").GetString().Should().Be("recipient");
        recipient.GetProperty("line").ValueKind.Should().Be(JsonValueKind.Null);
        recipient.GetProperty("recipient").GetString().Should().Contain("@");
        recipient.GetProperty("action").GetString().Should().Be("failed");
        recipient.GetProperty("statusCode").GetString().Should().Be("5.1.1");
        recipient.GetProperty("bounce").GetProperty("type").GetString().Should().NotBeNullOrEmpty();
    }

    [Fact]
    public void Text_input_says_so_in_json()
    {
        var json = CliRun.Run("explain", "--json", "550 5.1.1 x");

        using var document = JsonDocument.Parse(json.Output);
        document.RootElement.GetProperty("input").GetString().Should().Be("text");
        document.RootElement.GetProperty("reportKind").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void A_message_that_is_no_bounce_is_explained_as_text_with_its_line_numbers()
    {
        const string Mail = "From: alice@example.org\nTo: bob@example.org\nSubject: Ticket\nDate: Mon, 30 Nov 2026 10:00:00 +0000\n\nThe relay said: 421 4.4.2 Connection dropped, we will retry.\n";

        var result = CliRun.WithInput(Mail, "explain", "--culture", "en");

        result.ExitCode.Should().Be(0, result.ToString());
        result.OutputLines[0].Should().Be("Line 6: reply 421 4.4.2");
    }

    [Fact]
    public void A_message_larger_than_the_limit_is_read_as_streamed_text()
    {
        var input = new GeneratedStream(
            Encoding.UTF8.GetBytes("From: alice@example.org\nSubject: huge\nDate: Mon, 30 Nov 2026 10:00:00 +0000\n\n"),
            Encoding.UTF8.GetBytes("filler line without any code at all\n"),
            Encoding.UTF8.GetBytes("\nStatus: 5.3.4\n"),
            MessageExplainer.MaxMessageBytes + (8 << 20));

        var result = CliRun.Run(["explain", "--culture", "en"], input);

        result.ExitCode.Should().Be(0, result.Error);
        result.OutputLines.Single(l => l.StartsWith("Line ", System.StringComparison.Ordinal)).Should().EndWith(": code 5.3.4");
    }

    [Fact]
    public void A_pasted_delivery_status_part_is_text_not_a_message()
    {
        const string Part = "Reporting-MTA: dns; mx.example.org\nArrival-Date: Mon, 30 Nov 2026 10:00:00 +0000\n\nFinal-Recipient: rfc822; bob@example.org\nAction: failed\nStatus: 5.1.1\n";

        MessageDetector.LooksLikeMessage(Encoding.UTF8.GetBytes(Part)).Should().BeFalse();
        CliRun.WithInput(Part, "explain", "--culture", "en").OutputLines[0].Should().Be("Line 6: code 5.1.1");
    }

    [Fact]
    public void A_pasted_line_is_answered_before_the_input_ends()
    {
        var output = new StringWriter();
        bool? answeredBeforeTheSecondRead = null;
        var input = new GeneratedStream(
            Encoding.UTF8.GetBytes("550 5.1.1 User unknown\n"),
            Encoding.UTF8.GetBytes("more text\n"),
            Encoding.UTF8.GetBytes("\n"),
            1 << 20)
        {
            // The first read hands out the pasted line only, as a terminal would.
            OnRead = position => answeredBeforeTheSecondRead ??= position == 0 ? null : output.ToString().Contains("Line 1: reply 550 5.1.1", System.StringComparison.Ordinal),
            MaxRead = 23,
        };

        CliRun.Run(["explain", "--culture", "en"], input, output: output).ExitCode.Should().Be(0);

        answeredBeforeTheSecondRead.Should().BeTrue("the line is explained before more input is asked for");
    }

    [Theory]
    [InlineData("550 5.1.1 User unknown\n", true)]
    [InlineData("Received: from x\n", false)]
    [InlineData("Received: from x\nSubject: y\n\n", true)]
    [InlineData("From MAILER-DAEMON Mon Nov 30\n", false)]
    [InlineData("From MAILER-DAEMON Mon Nov 30\nhello world\n", true)]
    public void Whether_the_start_is_enough_to_tell(string start, bool canDecide)
    {
        MessageDetector.CanDecide(Encoding.UTF8.GetBytes(start)).Should().Be(canDecide);
    }

    [Theory]
    [InlineData("Return-Path: <>\nReceived: from x\n\tby y\nSubject: z\n\nbody", true)]
    [InlineData("From MAILER-DAEMON Mon Nov 30 10:00:00 2026\nFrom: a@b\nDate: x\n\nbody", true)]
    [InlineData("550 5.1.1 User unknown\n", false)]
    [InlineData("Subject: only one field\n\nbody", false)]
    [InlineData("Nov 30 09:12:01 mx1 postfix/smtp[2211]: to=<bob@example.org>\n", false)]
    public void Messages_are_told_from_other_text_by_their_header_block(string start, bool isMessage)
    {
        MessageDetector.LooksLikeMessage(Encoding.UTF8.GetBytes(start)).Should().Be(isMessage);
    }
}
