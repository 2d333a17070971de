using System;
using System.Linq;
using System.Text;
using MimeKit;

namespace SmtpStatusCodes.MimeKit.Tests;

/// <summary>Hostile and broken messages: a clear result, never an exception, bounded work, no copy of the original's body.</summary>
public sealed class BadInputTests
{
    [Fact]
    public void Null_message_is_refused()
    {
        var read = () => BounceReport.Read(null!);
        read.Should().Throw<ArgumentNullException>().WithParameterName("message");
    }

    [Fact]
    public void Truncated_corpus_messages_never_throw_and_stay_consistent()
    {
        var checkedCuts = 0;
        foreach (var file in Corpus.Files)
        {
            var bytes = System.IO.File.ReadAllBytes(file);
            foreach (var fraction in new[] { 0.1, 0.35, 0.6, 0.85 })
            {
                var cut = bytes.AsSpan(0, (int)(bytes.Length * fraction)).ToArray();
                if (!Messages.TryParse(cut, out var message))
                {
                    continue;
                }

                var report = BounceReport.Read(message);
                report.Recipients.Should().NotContain(r => r.Address.Length == 0);
                if (report.Kind == BounceKind.NotABounce)
                {
                    report.Recipients.Should().BeEmpty();
                }

                checkedCuts++;
            }
        }

        checkedCuts.Should().BeGreaterThan(1000);
    }

    [Fact]
    public void A_truncated_report_still_gives_the_recipients_before_the_cut()
    {
        var text = Messages.Dsn("""
            Final-Recipient: rfc822; one@example.org
            Action: failed
            Status: 5.1.1

            Final-Recipient: rfc822; two@example.org
            Action: failed
            Stat
            """);
        var cut = text.Substring(0, text.IndexOf("Stat\n", StringComparison.Ordinal) + 4);
        var report = BounceReport.Read(Messages.Parse(cut));
        report.Kind.Should().Be(BounceKind.Failure);
        report.Recipients.Select(r => r.Address).Should().Equal("one@example.org", "two@example.org");
        report.Recipients[0].StatusCode.Should().Be(StatusCode.Parse("5.1.1"));
        report.Recipients[1].StatusCode.Should().BeNull();
    }

    [Fact]
    public void A_20_MB_original_is_neither_read_nor_copied()
    {
        var body = new StringBuilder(21 * 1024 * 1024);
        for (var i = 0; i < 20 * 1024 * 1024 / 64; i++)
        {
            body.Append("550 5.1.1 nobody").Append(i % 10).Append("@example.org unknown user; padding padding\n");
        }

        var original = $"""
            --b1
            Content-Type: message/rfc822

            From: sender@example.com
            To: bob@example.org
            Message-ID: <big@example.com>
            Subject: big

            {body}
            """;
        var message = Messages.Parse(Messages.Dsn("""
            Final-Recipient: rfc822; bob@example.org
            Action: failed
            Status: 5.2.2
            """, original));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var report = BounceReport.Read(message);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        report.Recipients.Should().ContainSingle().Which.Address.Should().Be("bob@example.org");
        report.OriginalMessageId.Should().Be("big@example.com");
        allocated.Should().BeLessThan(256 * 1024, "the 20 MB original is not decoded, scanned or copied");
    }

    [Fact]
    public void A_20_MB_text_attachment_is_read_only_up_to_the_limit()
    {
        var body = new StringBuilder(21 * 1024 * 1024);
        while (body.Length < 20 * 1024 * 1024)
        {
            body.Append("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.\n");
        }

        var message = Messages.Parse($"""
            From: MAILER-DAEMON@mx.example.net
            To: sender@example.com
            Subject: failure notice
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="b1"

            --b1
            Content-Type: text/plain

            <bob@example.org>:
            550 5.1.1 user unknown

            --b1
            Content-Type: text/plain; name="original.txt"

            {body}
            --b1--
            """);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var report = BounceReport.Read(message);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        report.Recipients.Should().ContainSingle().Which.StatusCode.Should().Be(StatusCode.Parse("5.1.1"));
        allocated.Should().BeLessThan(8L * 1024 * 1024, "at most 256 KB of a text part is decoded");
    }

    [Fact]
    public void An_attached_message_that_is_not_a_bounce_gives_not_a_bounce()
    {
        var report = BounceReport.Read(Messages.Parse("""
            From: alice@example.com
            To: bob@example.org
            Subject: the minutes, as promised
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="b1"

            --b1
            Content-Type: text/plain

            Hi Bob, the mail from carol@example.net is attached. Lunch at 12?

            --b1
            Content-Type: message/rfc822

            From: carol@example.net
            To: alice@example.com
            Subject: minutes

            Attached.
            --b1--
            """));
        report.Kind.Should().Be(BounceKind.NotABounce);
        report.Recipients.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Subject: hello\r\nContent-Type: application/octet-stream\r\n", false)]
    [InlineData("Subject: hello\r\nContent-Type: text/plain; charset=utf-8\r\n", false)]
    [InlineData("From: MAILER-DAEMON@mx.example.net\r\nSubject: Undelivered Mail\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=x\r\n", true)]
    [InlineData("From: MAILER-DAEMON@mx.example.net\r\nContent-Type: message/delivery-status\r\n", true)]
    public void Binary_garbage_that_MimeKit_parses_gives_a_clear_result(string headers, bool looksLikeReport)
    {
        var random = new Random(1234);
        for (var i = 0; i < 40; i++)
        {
            var garbage = new byte[random.Next(1, 64 * 1024)];
            random.NextBytes(garbage);
            var bytes = Encoding.ASCII.GetBytes(headers + "\r\n").Concat(garbage).ToArray();
            var report = BounceReport.Read(Messages.Parse(bytes));
            if (!looksLikeReport)
            {
                report.Kind.Should().Be(BounceKind.NotABounce);
            }

            report.Recipients.Should().BeEmpty("random bytes hold no address with a dotted domain in reach of a code");
        }
    }

    [Fact]
    public void Deep_nesting_is_walked_to_a_fixed_depth_without_recursion()
    {
        var status = new MessageDeliveryStatus
        {
            Content = new MimeContent(new System.IO.MemoryStream(Encoding.ASCII.GetBytes(
                "Reporting-MTA: dns; mx\r\n\r\nFinal-Recipient: rfc822; deep@example.org\r\nAction: failed\r\nStatus: 5.1.1\r\n"))),
        };
        MimeEntity inner = status;
        for (var i = 0; i < 100_000; i++)
        {
            inner = new Multipart("mixed") { inner };
        }

        var deep = BounceReport.Read(new MimeMessage { Body = inner, Subject = "Undelivered Mail" });
        deep.Kind.Should().Be(BounceKind.NotABounce, "a part 100,000 levels down is beyond the walk's depth limit");

        var shallow = BounceReport.Read(new MimeMessage { Body = new Multipart("report") { new Multipart("mixed") { status } } });
        shallow.Recipients.Should().ContainSingle().Which.Address.Should().Be("deep@example.org");
    }

    [Fact]
    public void Ten_thousand_recipients_are_all_read_in_order()
    {
        var groups = new StringBuilder();
        for (var i = 0; i < 10_000; i++)
        {
            groups.Append("Final-Recipient: rfc822; user").Append(i).Append("@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\n\n");
        }

        var report = BounceReport.Read(Messages.Parse(Messages.Dsn(groups.ToString())));
        report.Recipients.Should().HaveCount(10_000);
        report.Recipients[0].Address.Should().Be("user0@example.org");
        report.Recipients[9_999].Address.Should().Be("user9999@example.org");
        report.Recipients.Should().OnlyContain(r => r.StatusCode == StatusCode.Parse("5.1.1") && r.ReplyCode == new ReplyCode(550));
    }

    [Fact]
    public void Ten_thousand_recipients_without_words_share_the_report_context_without_copying_it()
    {
        // No Diagnostic-Code and a summary Status: each recipient is looked up in the text and classified with the
        // report's lead words, which must cost neither a text walk nor a copy of the context per recipient.
        var groups = new StringBuilder();
        var text = new StringBuilder("Your message was not delivered within 0 days and 1 hours.\n").Append('x', 3_000).Append("\n\n");
        for (var i = 0; i < 10_000; i++)
        {
            groups.Append("Final-Recipient: rfc822; user").Append(i).Append("@example.org\nAction: failed\nStatus: 5.0.0\n\n");
            text.Append("  user").Append(i).Append("@example.org\n");
        }

        var message = Messages.Parse(Messages.Dsn(groups.ToString(), text: text.ToString()));
        var before = GC.GetAllocatedBytesForCurrentThread();
        var report = BounceReport.Read(message);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        report.Recipients.Should().HaveCount(10_000);
        report.Recipients.Should().OnlyContain(r => r.Classification.Reason == BounceReason.Expired);
        // About 2.2 KB per recipient is the reading itself (fields, the text index, the verdicts); a copy of the 3 KB
        // context (6 KB of UTF-16) per recipient would add 60 MB.
        allocated.Should().BeLessThan(10_000L * 4_096, "the report context is built once and not copied per recipient");
    }

    [Fact]
    public void An_unknown_charset_is_read_as_UTF_8_or_Latin_1()
    {
        var report = BounceReport.Read(Messages.Parse("""
            From: MAILER-DAEMON@mx.example.net
            To: sender@example.com
            Subject: Undeliverable
            MIME-Version: 1.0
            Content-Type: text/plain; charset="x-no-such-charset"

            <bob@example.org>:
            550 5.1.1 Benutzer unbekannt
            """));
        report.Kind.Should().Be(BounceKind.Failure);
        report.Recipients.Should().ContainSingle().Which.DiagnosticText.Should().Contain("Benutzer unbekannt");
    }
}
