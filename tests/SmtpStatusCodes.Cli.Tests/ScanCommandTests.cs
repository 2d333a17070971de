using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using MimeKit;
using SmtpStatusCodes.MimeKit;

namespace SmtpStatusCodes.Cli.Tests;

public sealed class ScanCommandTests
{
    private static readonly string[] s_bounces =
        ["lhost-postfix-01.eml", "rhost-google-01.eml", "lhost-exim-01.eml", "lhost-sendmail-04.eml", "rfc3834-01.eml", "lhost-postfix-10.eml"];

    /// <summary>What the library says about the recipients of the given corpus bounces: the scan must agree.</summary>
    private static List<(string File, BouncedRecipient Recipient, BounceClassification Classification)> Expected(IEnumerable<string> files) =>
        files.SelectMany(f =>
        {
            using var stream = File.OpenRead(Corpus.Bounce(f));
            var parser = new MimeParser(stream, MessageDetectorStartsWithFrom(f) ? MimeFormat.Mbox : MimeFormat.Entity);
            return BounceReport.Read(parser.ParseMessage()).Recipients.Select(r => (f, r, r.Classification)).ToList();
        }).ToList();

    private static bool MessageDetectorStartsWithFrom(string file) => File.ReadAllText(Corpus.Bounce(file)).StartsWith("From ", StringComparison.Ordinal);

    private static void WriteMessage(string path, string subject, string body) =>
        File.WriteAllText(path, $"From: alice@example.org\nTo: bob@example.org\nSubject: {subject}\nDate: Mon, 30 Nov 2026 10:00:00 +0000\nMessage-ID: <{Guid.NewGuid():N}@example.org>\n\n{body}\n");

    [Fact]
    public void A_maildir_is_summarized_per_reason_and_hard_or_soft()
    {
        using var folder = Corpus.NewFolder();
        var maildir = folder.Maildir(s_bounces);
        WriteMessage(Path.Combine(maildir, "new", "1.hello"), "Lunch", "See you at noon.");
        File.WriteAllText(Path.Combine(maildir, "tmp", "2.partial"), "Subject: half delivered");
        File.WriteAllText(Path.Combine(maildir, "dovecot-uidlist"), "3 V1 N2");
        File.WriteAllText(Path.Combine(maildir, "cur", ".DS_Store"), "junk");

        var result = CliRun.Run("scan", maildir, "--culture", "en");

        var expected = Expected(s_bounces);
        result.ExitCode.Should().Be(0, result.ToString());
        result.OutputLines[0].Should().Be($"7 message(s): {s_bounces.Length} bounce report(s), 1 not a bounce, 0 unreadable.");
        result.OutputLines[2].Should().StartWith("Reason").And.EndWith("Hard     Soft    Other    Total");
        var total = result.OutputLines.Single(l => l.StartsWith("Total ", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        total.Skip(1).Select(int.Parse).Should().Equal(
            expected.Count(e => e.Classification.Type == BounceType.Hard),
            expected.Count(e => e.Classification.Type == BounceType.Soft),
            expected.Count(e => e.Classification.Type is BounceType.NotABounce or BounceType.Undetermined),
            expected.Count);
        foreach (var reason in expected.Select(e => e.Classification.Reason).Distinct())
        {
            result.OutputLines.Should().Contain(l => l.StartsWith(reason.GetDisplayName(System.Globalization.CultureInfo.InvariantCulture) + " ", StringComparison.Ordinal));
        }

        result.Error.Should().BeEmpty("nothing was unreadable and output is not a terminal, so no progress bar");
    }

    [Fact]
    public void Csv_has_a_header_and_one_row_per_recipient()
    {
        using var folder = Corpus.NewFolder();
        var maildir = folder.Maildir(s_bounces);

        var result = CliRun.Run("scan", maildir, "--csv");

        result.ExitCode.Should().Be(0, result.ToString());
        var rows = Csv.Parse(result.Output);
        rows[0].Should().Equal("file", "index", "kind", "recipient", "action", "status_code", "reply_code", "type", "reason", "retry", "remote_mta", "diagnostic");
        var expected = Expected(s_bounces);
        rows.Should().HaveCount(expected.Count + 1);
        foreach (var (file, recipient, classification) in expected)
        {
            var row = rows.Single(r => r[0] == Path.Combine("cur", file) && r[3] == recipient.Address);
            row[5].Should().Be(recipient.StatusCode?.ToString() ?? string.Empty);
            row[6].Should().Be(recipient.ReplyCode?.ToString() ?? string.Empty);
            row[7].Should().Be(JsonNames.Type(classification.Type));
            row[8].Should().Be(classification.Reason.ToString());
            row[11].Should().Be(recipient.DiagnosticText ?? string.Empty, "the diagnostic survives CSV quoting");
        }
    }

    [Fact]
    public void Json_has_rows_and_the_summary()
    {
        using var folder = Corpus.NewFolder();
        var maildir = folder.Maildir(s_bounces);

        var result = CliRun.Run("scan", maildir, "--json", "--culture", "zh-TW");

        using var document = JsonDocument.Parse(result.Output);
        var root = document.RootElement;
        var expected = Expected(s_bounces);
        root.GetProperty("language").GetString().Should().Be("zh-Hant");
        var rows = root.GetProperty("recipients").EnumerateArray().ToList();
        rows.Should().HaveCount(expected.Count);
        var postfix = rows.Single(r => r.GetProperty("file").GetString() == Path.Combine("cur", "lhost-postfix-01.eml"));
        postfix.GetProperty("statusCode").GetString().Should().Be("5.1.1");
        postfix.GetProperty("kind").GetString().Should().Be("failure");
        postfix.GetProperty("action").GetString().Should().Be("failed");
        var summary = root.GetProperty("summary");
        summary.GetProperty("messages").GetInt32().Should().Be(s_bounces.Length);
        summary.GetProperty("recipients").GetInt32().Should().Be(expected.Count);
        summary.GetProperty("reasons").EnumerateArray().Sum(r => r.GetProperty("total").GetInt32()).Should().Be(expected.Count);
        var first = summary.GetProperty("reasons")[0];
        Enum.Parse<BounceReason>(first.GetProperty("reason").GetString()!).GetDisplayName(System.Globalization.CultureInfo.GetCultureInfo("zh-TW"))
            .Should().Be(first.GetProperty("reasonName").GetString());
    }

    [Fact]
    public void An_mbox_file_is_read_message_by_message()
    {
        using var folder = Corpus.NewFolder();
        var mbox = Path.Combine(folder.Path, "bounces.mbox");
        var files = new[] { "lhost-postfix-01.eml", "rhost-google-01.eml", "lhost-exim-01.eml" };
        File.WriteAllText(mbox, string.Concat(files.Select(f => "From MAILER-DAEMON Mon Nov 30 10:00:00 2026\n" + File.ReadAllText(Corpus.Bounce(f)).TrimEnd('\n') + "\n\n")));

        var result = CliRun.Run("scan", mbox, "--csv");

        result.ExitCode.Should().Be(0, result.ToString());
        var rows = Csv.Parse(result.Output).Skip(1).ToList();
        rows.Select(r => r[1]).Distinct().Should().Equal("1", "2", "3");
        rows.Should().HaveCount(Expected(files).Count);
        rows.Should().OnlyContain(r => r[0] == mbox);
    }

    [Fact]
    public void A_directory_of_10000_messages_is_scanned_and_problems_are_reported_without_flooding()
    {
        using var folder = Corpus.NewFolder();
        for (var i = 0; i < 10_000; i++)
        {
            WriteMessage(Path.Combine(folder.Path, $"{i:D5}.eml"), "Newsletter", "Nothing bounced here.");
        }

        for (var i = 0; i < 25; i++)
        {
            using var huge = File.Create(Path.Combine(folder.Path, $"huge-{i:D2}.eml"));
            huge.SetLength(MailboxReader.MaxMessageBytes + 1);   // sparse: no disk used
        }

        File.Copy(Corpus.Bounce("lhost-postfix-01.eml"), Path.Combine(folder.Path, "zz-bounce.eml"));

        var result = CliRun.Run("scan", folder.Path, "--culture", "en");

        result.ExitCode.Should().Be(0, result.ToString());
        result.OutputLines[0].Should().Be("10026 message(s): 1 bounce report(s), 10000 not a bounce, 25 unreadable.");
        result.Error.Split('\n').Count(l => l.Contains("is larger than 64 MB", StringComparison.Ordinal)).Should().Be(20);
        result.Error.Should().Contain("skipped 5 more unreadable message(s).").And.NotContain("   at ");
    }

    [Fact]
    public void A_folder_without_bounces_exits_with_1()
    {
        using var folder = Corpus.NewFolder();
        WriteMessage(Path.Combine(folder.Path, "a.eml"), "Hello", "Hi.");

        var result = CliRun.Run("scan", folder.Path, "--culture", "en");

        result.ExitCode.Should().Be(1);
        result.OutputLines.Should().Contain("No bounced recipient found.");
    }

    [Fact]
    public void A_missing_path_is_unreadable_and_csv_with_json_a_usage_error()
    {
        var missing = CliRun.Run("scan", Path.Combine(Path.GetTempPath(), "no-such-maildir-" + Guid.NewGuid()));
        var both = CliRun.Run("scan", Path.GetTempPath(), "--csv", "--json");

        missing.ExitCode.Should().Be(3);
        missing.Error.Should().Contain("is neither a folder nor a file");
        both.ExitCode.Should().Be(2);
        both.Error.Should().Contain("--csv or --json, not both");
    }

    [Fact]
    public void The_progress_bar_shows_on_a_terminal_after_a_second_and_is_cleared()
    {
        using var folder = Corpus.NewFolder();
        var maildir = folder.Maildir(s_bounces);
        var now = 0L;
        var error = new StringWriter();
        var console = new CliConsole(() => Stream.Null, new StringWriter(), error)
        {
            OutputIsTerminal = true,
            ErrorIsTerminal = true,
            GetEnvironmentVariable = _ => null,
            Milliseconds = () => now += 400,   // every look at the clock, 0.4 s pass
        };

        SmtpStatusApp.Run(["scan", maildir], console).Should().Be(0);

        error.ToString().Should().Contain("\r[").And.Contain("%").And.EndWith("\r" + new string(' ', 79) + "\r");
    }

    [Fact]
    public void No_progress_bar_when_output_is_redirected_or_the_work_is_short()
    {
        using var folder = Corpus.NewFolder();
        var maildir = folder.Maildir(s_bounces);
        var slowRedirected = new StringWriter();
        var fastTerminal = new StringWriter();
        var now = 0L;

        SmtpStatusApp.Run(["scan", maildir], new CliConsole(() => Stream.Null, new StringWriter(), slowRedirected) { Milliseconds = () => now += 400 });
        SmtpStatusApp.Run(["scan", maildir], new CliConsole(() => Stream.Null, new StringWriter(), fastTerminal) { OutputIsTerminal = true, ErrorIsTerminal = true, Milliseconds = () => 0 });

        slowRedirected.ToString().Should().BeEmpty();
        fastTerminal.ToString().Should().BeEmpty();
    }
}
