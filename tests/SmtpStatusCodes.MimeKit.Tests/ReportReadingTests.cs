using System.Linq;
using System.Text;

namespace SmtpStatusCodes.MimeKit.Tests;

/// <summary>What BounceReport.Read gives for each kind of report, on small messages written for the purpose.</summary>
public sealed class ReportReadingTests
{
    [Fact]
    public void A_standard_report_gives_one_recipient_per_group_in_order_with_every_field()
    {
        var report = BounceReport.Read(Messages.Parse(Messages.Dsn("""
            Final-Recipient: rfc822; <bob@example.org>
            Original-Recipient: rfc822; Bob@Example.org.alias
            Action: failed
            Status: 5.1.1
            Remote-MTA: dns; mx.example.org
            Diagnostic-Code: smtp; 550 5.1.1 <bob@example.org>: Recipient address
                rejected: User unknown

            Final-Recipient: utf-8; 用户@例子.中国
            Action: delayed
            Status: 4.2.2
            """)));
        report.Kind.Should().Be(BounceKind.Failure);
        report.ReportingMta.Should().Be("mx.example.net");
        report.Recipients.Should().HaveCount(2);
        var bob = report.Recipients[0];
        bob.Address.Should().Be("bob@example.org");
        bob.OriginalRecipient.Should().Be("Bob@Example.org.alias");
        bob.Action.Should().Be(DeliveryAction.Failed);
        bob.StatusCode.Should().Be(StatusCode.Parse("5.1.1"));
        bob.ReplyCode.Should().Be(new ReplyCode(550));
        bob.RemoteMta.Should().Be("mx.example.org");
        bob.DiagnosticText.Should().Be("550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown");
        report.Recipients[1].Address.Should().Be("用户@例子.中国");
        report.Recipients[1].Action.Should().Be(DeliveryAction.Delayed);
    }

    [Theory]
    [InlineData("5.0.0", "smtp; 550 5.1.1 user unknown", "5.1.1")]   // the field only gives the class: the server's code wins
    [InlineData("5.1.1", "smtp; 550 5.7.1 blocked by policy", "5.7.1")] // same class, both specific: the server's code wins
    [InlineData("4.4.7", "smtp; 554 4.4.7 expired <421 4.4.2 timed out>", "4.4.2")] // X.4.7 is the reporter's summary
    [InlineData("5.1.1", "smtp; 550 5.0.0 rejected", "5.1.1")]   // the server's X.0.0 says less than the field
    [InlineData("5.1.1", "smtp; 450 4.2.0 try later", "5.1.1")]  // another class: the field (the final verdict) wins
    public void Status_and_server_code_disagreeing_are_settled_as_documented(string status, string diagnostic, string expected)
    {
        var report = BounceReport.Read(Messages.Parse(Messages.Dsn($"""
            Final-Recipient: rfc822; bob@example.org
            Action: failed
            Status: {status}
            Diagnostic-Code: {diagnostic}
            """)));
        report.Recipients.Single().StatusCode.Should().Be(StatusCode.Parse(expected));
    }

    [Fact]
    public void A_server_reply_quoted_after_the_reporter_code_is_the_server_code()
    {
        // Amazon SES: its own code first, the remote server's reply quoted after it.
        var report = BounceReport.Read(Messages.Parse(Messages.Dsn("""
            Final-Recipient: rfc822; bob@example.org
            Action: failed
            Status: 5.1.0
            Diagnostic-Code: smtp; 5.1.0 - Unknown address error 550-'5.7.1 <bob@example.org>... Access denied' (delivery attempts: 0)
            """)));
        var bob = report.Recipients.Single();
        bob.StatusCode.Should().Be(StatusCode.Parse("5.7.1"));
        bob.ReplyCode.Should().Be(new ReplyCode(550));
    }

    [Fact]
    public void A_delivered_report_is_delivered()
    {
        var report = BounceReport.Read(Messages.Parse(Messages.Dsn("""
            Final-Recipient: rfc822; bob@example.org
            Action: delivered
            Status: 2.0.0
            Diagnostic-Code: smtp; 250 2.0.0 OK queued
            """)));
        report.Kind.Should().Be(BounceKind.Delivered);
        report.Recipients.Single().Action.Should().Be(DeliveryAction.Delivered);
    }

    [Fact]
    public void A_feedback_report_lists_every_complained_about_recipient()
    {
        var report = BounceReport.Read(Messages.Parse("""
            From: abuse@isp.example
            To: fbl@example.com
            Subject: FW: hello
            MIME-Version: 1.0
            Content-Type: multipart/report; report-type=feedback-report; boundary="b1"

            --b1
            Content-Type: text/plain

            This is an email abuse report.
            --b1
            Content-Type: message/feedback-report

            Feedback-Type: abuse
            User-Agent: Example-FBL/1.0
            Version: 1
            Original-Rcpt-To: one@isp.example
            Original-Rcpt-To: two@isp.example

            --b1
            Content-Type: text/rfc822-headers

            From: news@example.com
            To: one@isp.example
            Message-ID: <news-1@example.com>
            Subject: hello

            --b1--
            """));
        report.Kind.Should().Be(BounceKind.Feedback);
        report.Recipients.Select(r => r.Address).Should().Equal("one@isp.example", "two@isp.example");
        report.Recipients[0].DiagnosticText.Should().Be("abuse");
        report.OriginalMessageId.Should().Be("news-1@example.com");
        report.OriginalHeaders!["Subject"].Should().Be("hello");
    }

    [Fact]
    public void An_automatic_reply_is_about_the_replying_address()
    {
        var report = BounceReport.Read(Messages.Parse("""
            From: Bob <bob@example.org>
            To: alice@example.com
            Subject: Out of Office: the plan
            Auto-Submitted: auto-replied

            I am away until Monday.
            """));
        report.Kind.Should().Be(BounceKind.AutoReply);
        report.Recipients.Single().Address.Should().Be("bob@example.org");
        report.Recipients[0].Action.Should().Be(DeliveryAction.None);
    }

    [Theory]
    [InlineData("Automatische Antwort: Angebot für März")]
    [InlineData("Réponse automatique : devis")]
    [InlineData("Respuesta automática: presupuesto")]
    [InlineData("Risposta automatica: preventivo")]
    [InlineData("Automatisch antwoord: offerte")]
    [InlineData("Resposta automática: orçamento")]
    [InlineData("Автоответ: Re: счёт")]
    [InlineData("自動回覆: 報價")]
    public void An_automatic_reply_titled_in_another_language_is_an_automatic_reply(string subject)
    {
        var report = BounceReport.Read(Messages.Parse($"""
            From: Bob <bob@example.org>
            To: alice@example.com
            Subject: {subject}
            Content-Type: text/plain; charset=utf-8

            Thanks, I will answer next week.
            """));
        report.Kind.Should().Be(BounceKind.AutoReply);
        report.Recipients.Single().Classification.Reason.Should().Be(BounceReason.Vacation);
    }

    [Fact]
    public void An_ordinary_message_is_not_a_bounce()
    {
        var report = BounceReport.Read(Messages.Parse("""
            From: alice@example.com
            To: bob@example.org
            Subject: lunch

            550 people said yes; write to carol@example.net if you cannot come.
            """));
        report.Kind.Should().Be(BounceKind.NotABounce);
        report.Recipients.Should().BeEmpty();
    }

    [Fact]
    public void A_qmail_style_bounce_gives_the_address_codes_and_words_before_the_returned_copy()
    {
        var report = BounceReport.Read(Messages.Parse("""
            From: MAILER-DAEMON@mx.example.net
            To: alice@example.com
            Subject: failure notice

            Hi. This is the qmail-send program at mx.example.net.
            I'm afraid I wasn't able to deliver your message to the following addresses.
            This is a permanent error; I've given up. Sorry it didn't work out.

            <bob@example.org>:
            192.0.2.1 does not like recipient.
            Remote host said: 550 5.2.2 <bob@example.org>: mailbox full
            Giving up on 192.0.2.1.

            --- Below this line is a copy of the message.

            Return-Path: <alice@example.com>
            To: bob@example.org, carol@example.net
            Message-ID: <m1@example.com>

            hello
            """));
        report.Kind.Should().Be(BounceKind.Failure);
        var bob = report.Recipients.Single();
        bob.Address.Should().Be("bob@example.org");
        bob.StatusCode.Should().Be(StatusCode.Parse("5.2.2"));
        bob.ReplyCode.Should().Be(new ReplyCode(550));
        bob.DiagnosticText.Should().Contain("mailbox full");
        report.OriginalMessageId.Should().Be("m1@example.com");
    }

    [Fact]
    public void A_Postfix_bounce_without_DSN_gives_the_remote_host_named_in_its_folded_explanation()
    {
        var report = BounceReport.Read(Messages.Parse("""
            From: MAILER-DAEMON@relay.example.net (Mail Delivery System)
            To: alice@example.com
            Subject: Undelivered Mail Returned to Sender

            This is the Postfix program at host relay.example.net.

            <bob@example.org>: host
                mx.example.org[192.0.2.22] said: 550 5.1.1
                <bob@example.org>: User unknown (in reply to RCPT TO command)
            """));
        var bob = report.Recipients.Single();
        bob.RemoteMta.Should().Be("mx.example.org");
        bob.StatusCode.Should().Be(StatusCode.Parse("5.1.1"));
        bob.ReplyCode.Should().Be(new ReplyCode(550));
    }

    [Fact]
    public void Text_in_ISO_2022_JP_is_read_in_its_charset()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var jis = Encoding.GetEncoding("iso-2022-jp");
        var body = jis.GetBytes("<taro@example.jp>:\r\nこのアドレスは存在しません。 550 5.1.1 unknown\r\n");
        var head = Encoding.ASCII.GetBytes("From: MAILER-DAEMON@mx.example.jp\r\nTo: hanako@example.com\r\nSubject: Returned mail\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=ISO-2022-JP\r\n\r\n");
        var report = BounceReport.Read(Messages.Parse(head.Concat(body).ToArray()));
        report.Recipients.Single().DiagnosticText.Should().Contain("存在しません");
    }

    [Fact]
    public void An_SES_JSON_notification_is_read()
    {
        var report = BounceReport.Read(Messages.Parse("""
            From: no-reply@sns.example.com
            To: ops@example.com
            Subject: AWS Notification Message

            {"notificationType":"Bounce","bounce":{"bounceType":"Permanent","bouncedRecipients":[{"emailAddress":"bob@example.org","action":"failed","status":"5.1.1","diagnosticCode":"smtp; 550 5.1.1 user unknown"},{"emailAddress":"eve@example.org","action":"failed","status":"5.2.2"}]},"mail":{"source":"alice@example.com"}}
            """));
        report.Kind.Should().Be(BounceKind.Failure);
        report.Recipients.Select(r => r.Address).Should().Equal("bob@example.org", "eve@example.org");
        report.Recipients[0].ReplyCode.Should().Be(new ReplyCode(550));
        report.Recipients[1].StatusCode.Should().Be(StatusCode.Parse("5.2.2"));
    }
}
