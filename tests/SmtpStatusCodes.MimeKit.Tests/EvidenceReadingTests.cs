using System.Linq;
using System.Text;

namespace SmtpStatusCodes.MimeKit.Tests;

/// <summary>
/// What each recipient's verdict is built from: the delivery-status fields, the lines of the human-readable part that
/// name the recipient, the report's own words when the recipient's say nothing, and what the report's Action tells.
/// </summary>
public sealed class EvidenceReadingTests
{
    [Fact]
    public void The_lines_that_name_a_recipient_in_the_text_are_evidence_for_it()
    {
        // Exim writes the SMTP stage only in its text: a refusal after EHLO is about the client host, not the recipient.
        var report = BounceReport.Read(Messages.Parse(Messages.Dsn("""
            Final-Recipient: rfc822; bob@example.org
            Action: failed
            Status: 5.0.0
            Diagnostic-Code: smtp; 550 Rejected

            Final-Recipient: rfc822; carol@example.org
            Action: failed
            Status: 5.0.0
            Diagnostic-Code: smtp; 550 Rejected
            """, text: """
            The following address(es) failed:

              bob@example.org
                host mx.example.org [192.0.2.1]
                SMTP error from remote mail server after EHLO mx.example.net:
                550 Rejected
              carol@example.org
                host mx.example.org [192.0.2.1]
                SMTP error from remote mail server after RCPT TO:<carol@example.org>:
                550 Rejected
            """)));
        report.Recipients[0].Classification.Reason.Should().Be(BounceReason.Blocked);
        report.Recipients[1].Classification.Reason.Should().NotBe(BounceReason.Blocked, "carol's own lines name another stage");
        report.Recipients[0].DiagnosticText.Should().Be("550 Rejected", "DiagnosticText stays the server's words");
    }

    [Fact]
    public void The_stage_in_the_lines_that_name_a_recipient_counts_for_that_recipient_only()
    {
        // Postfix leaves the stage out of the Diagnostic-Code and writes it in its text. 5.2.1 with unknown-user words is a
        // filter unless the server refused the address at RCPT TO; only bob's line says so.
        var report = BounceReport.Read(Messages.Parse(Messages.Dsn("""
            Final-Recipient: rfc822; bob@example.org
            Action: failed
            Status: 5.2.1
            Diagnostic-Code: smtp; 550 5.2.1 <bob@example.org>... User Unknown

            Final-Recipient: rfc822; carol@example.org
            Action: failed
            Status: 5.2.1
            Diagnostic-Code: smtp; 550 5.2.1 <carol@example.org>... User Unknown
            """, text: """
            <bob@example.org>: host mx.example.org[192.0.2.1] said: 550 5.2.1
                <bob@example.org>... User Unknown (in reply to RCPT TO command)

            <carol@example.org>: host mx.example.org[192.0.2.1] said: 550 5.2.1
                <carol@example.org>... User Unknown (in reply to end of DATA command)
            """)));
        report.Recipients[0].Classification.Reason.Should().Be(BounceReason.UserUnknown);
        report.Recipients[0].Classification.Type.Should().Be(BounceType.Hard);
        report.Recipients[0].Classification.CuePhrase.Should().Be("in reply to rcpt to");
        report.Recipients[1].Classification.Reason.Should().Be(BounceReason.Filtered, "carol's own line names DATA, not RCPT TO");
        report.Recipients[1].Classification.Type.Should().Be(BounceType.Soft);
        report.Recipients[0].DiagnosticText.Should().Be("550 5.2.1 <bob@example.org>... User Unknown", "DiagnosticText stays the server's words");
    }

    [Fact]
    public void A_session_transcript_around_a_recipient_line_says_which_command_the_reply_answered()
    {
        // Courier: the recipient, the host, then the transcript; the reply answered DATA, so the unknown user is a filter.
        const string groups = """
            Final-Recipient: rfc822; bob@example.org
            Action: failed
            Status: 5.0.0
            Diagnostic-Code: smtp; 550 Unknown user bob@example.org
            """;
        const string transcript = """
            Your message to the following recipients cannot be delivered:

            <bob@example.org>:
                mx.example.org [192.0.2.1]:
            >>> DATA
            <<< 550 Unknown user bob@example.org

            If your message was also sent to additional recipients, their delivery status is not included.
            """;
        var atData = BounceReport.Read(Messages.Parse(Messages.Dsn(groups, text: transcript))).Recipients.Single().Classification;
        atData.Reason.Should().Be(BounceReason.Filtered);
        atData.CuePhrase.Should().Be(">>> data");

        var atRcpt = BounceReport.Read(Messages.Parse(Messages.Dsn(groups, text: transcript.Replace(">>> DATA", ">>> RCPT TO:<bob@example.org>")))).Recipients.Single().Classification;
        atRcpt.Reason.Should().Be(BounceReason.UserUnknown);

        // Sendmail with pipelining: only the last command is printed, then the recipient's refusal and DATA's.
        var pipelined = BounceReport.Read(Messages.Parse(Messages.Dsn(groups, text: """
            ... while talking to mx.example.org.:
            >>> DATA
            <<< 550 Unknown user bob@example.org
            <<< 554 Error: no valid recipients
            """))).Recipients.Single().Classification;
        pipelined.Reason.Should().Be(BounceReason.UserUnknown, "the transcript does not pair the 550 with DATA");
        pipelined.Type.Should().Be(BounceType.Hard);
    }

    [Fact]
    public void A_line_with_its_own_enhanced_code_is_not_added_to_the_server_code()
    {
        // The text repeats the reporting MTA's summary: its code would compete with the server's.
        var report = BounceReport.Read(Messages.Parse(Messages.Dsn("""
            Final-Recipient: rfc822; bob@example.org
            Action: failed
            Status: 5.1.6
            Diagnostic-Code: smtp; 551 5.1.6 User has moved
            """, text: "<bob@example.org>: 550 5.1.1 user unknown")));
        report.Recipients.Single().Classification.Reason.Should().Be(BounceReason.HasMoved);
    }

    [Theory]
    [InlineData("x-unix; temporary failure", "4.3.0", BounceReason.MailerError)] // a local delivery program, not a server
    [InlineData("smtp; temporary failure", "4.3.0", BounceReason.SystemError)]
    public void The_diagnostic_type_says_which_agent_answered(string diagnostic, string status, BounceReason expected)
    {
        var report = BounceReport.Read(Messages.Parse(Messages.Dsn($"""
            Final-Recipient: rfc822; bob@example.org
            Action: failed
            Status: {status}
            Diagnostic-Code: {diagnostic}
            """)));
        report.Recipients.Single().Classification.Reason.Should().Be(expected);
        report.Recipients[0].DiagnosticText.Should().Be("temporary failure");
    }

    [Fact]
    public void The_comment_of_the_status_field_is_evidence()
    {
        var report = BounceReport.Read(Messages.Parse(Messages.Dsn("""
            Final-Recipient: rfc822; bob@example.org
            Action: failed
            Status: 5.0.0 (mailbox full)
            """)));
        report.Recipients.Single().Classification.Reason.Should().Be(BounceReason.MailboxFull);
    }

    [Fact]
    public void A_recipient_listed_under_a_heading_has_the_lines_under_it_as_its_words()
    {
        // Lotus Domino: no code and no failure word the reader knows, the reason is in the lines below the address.
        var report = BounceReport.Read(Messages.Parse("""
            From: Postmaster@example.jp
            To: sender@example.com
            Subject: DELIVERY FAILURE
            Content-Type: text/plain

            Your message

              Subject: Test

            was not delivered to:

              bob@example.jp

            because:

              User Bob (bob@example.jp) not listed in Domino Directory
            """));
        var bob = report.Recipients.Single();
        bob.DiagnosticText.Should().Contain("not listed in Domino Directory");
        bob.Classification.Reason.Should().Be(BounceReason.UserUnknown);
        bob.Classification.IsHard.Should().BeTrue();
    }

    [Fact]
    public void The_report_words_before_the_first_recipient_explain_a_recipient_whose_own_lines_say_nothing()
    {
        var report = BounceReport.Read(Messages.Parse("""
            From: MAILER-DAEMON@carrier.example.jp
            To: sender@example.com
            Subject: Mail System Error - Returned Mail
            Content-Type: text/plain

            Your message was not delivered within 0 days and 1 hours.
            Remote host is not responding.

            The following recipients did not receive this message:

            <bob@carrier.example.jp>
            """));
        var bob = report.Recipients.Single();
        bob.DiagnosticText.Should().BeNull("the recipient's own lines hold no words");
        bob.Classification.Reason.Should().Be(BounceReason.Expired);
    }

    [Fact]
    public void The_subject_explains_a_report_about_one_recipient_only()
    {
        const string Groups = """
            Final-Recipient: rfc822; bob@example.org
            Action: failed
            Status: 5.0.0
            """;
        var one = BounceReport.Read(Messages.Parse(Messages.Dsn(Groups).Replace("Subject: Undelivered Mail Returned to Sender", "Subject: Returned mail: User unknown")));
        one.Recipients.Single().Classification.Reason.Should().Be(BounceReason.UserUnknown);

        // Sendmail's subject names the first failure of the report: the other recipients' verdicts are not taken from it.
        var two = BounceReport.Read(Messages.Parse(Messages.Dsn(Groups + """


            Final-Recipient: rfc822; carol@example.org
            Action: failed
            Status: 5.0.0
            """).Replace("Subject: Undelivered Mail Returned to Sender", "Subject: Returned mail: User unknown")));
        two.Recipients.Should().HaveCount(2);
        two.Recipients.Should().OnlyContain(r => r.Classification.Reason != BounceReason.UserUnknown);
    }

    [Theory]
    [InlineData("delayed", "4.0.0", null, BounceReason.Expired)] // a delay notice: the report's Action is the only evidence
    [InlineData("delayed", "4.4.0", "smtp; connect to mx.example.org[192.0.2.1]:25: Connection timed out", BounceReason.Expired)]
    [InlineData("failed", "4.4.1", "smtp; connect to mx.example.org[192.0.2.1]:25: Connection timed out", BounceReason.Expired)]
    [InlineData("delayed", "4.4.3", "smtp; Name service error for name=example.org type=MX: Host not found, try again", BounceReason.NetworkError)]
    public void A_delay_notice_and_a_transient_failure_to_reach_the_host_that_the_report_gave_up_on_are_expiries(
        string action, string status, string? diagnostic, BounceReason expected)
    {
        var report = BounceReport.Read(Messages.Parse(Messages.Dsn($"""
            Final-Recipient: rfc822; bob@example.org
            Action: {action}
            Status: {status}
            {(diagnostic is null ? string.Empty : "Diagnostic-Code: " + diagnostic)}
            """)));
        var bob = report.Recipients.Single();
        bob.Classification.Reason.ToStandard().Should().Be(expected);
        bob.StatusCode.Should().Be(StatusCode.Parse(status), "the recipient's code stays what the report says");
    }

    [Fact]
    public void Each_recipient_of_a_text_report_has_its_own_paragraph_as_evidence()
    {
        // qmail: one paragraph per recipient, the report's lead words before them, the original after a separator.
        var report = BounceReport.Read(Messages.Parse("""
            From: MAILER-DAEMON@mx.example.net
            To: sender@example.com
            Subject: failure notice
            Content-Type: text/plain

            Hi. This is the qmail-send program at mx.example.net.
            I'm afraid I wasn't able to deliver your message to the following addresses.
            This is a permanent error; I've given up. Sorry it didn't work out.

            <bob@example.org>:
            192.0.2.1 does not like recipient.
            Remote host said: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown
            Giving up on 192.0.2.1.

            <carol@example.net>:
            192.0.2.2 failed after I sent the message.
            Remote host said: 552 5.2.2 Mailbox full

            --- Below this line is a copy of the message.

            To: bob@example.org, carol@example.net
            """));
        report.Recipients.Select(r => r.Address).Should().Equal("bob@example.org", "carol@example.net");
        report.Recipients[0].DiagnosticText.Should().Be("Remote host said: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown Giving up on 192.0.2.1.");
        report.Recipients[0].Classification.Reason.Should().Be(BounceReason.UserUnknown);
        report.Recipients[1].DiagnosticText.Should().Be("Remote host said: 552 5.2.2 Mailbox full");
        report.Recipients[1].Classification.Reason.Should().Be(BounceReason.MailboxFull);
    }

    [Fact]
    public void A_reply_code_after_a_colon_is_read_where_the_scanner_does_not_look()
    {
        var report = BounceReport.Read(Messages.Parse("""
            From: Mail Delivery System <Mailer-Daemon@mx.example.net>
            To: sender@example.com
            Subject: Mail delivery failed: returning message to sender
            Content-Type: text/plain

            This message was created automatically by mail delivery software.

            A message that you sent could not be delivered to one or more of its
            recipients. This is a permanent error. The following address(es) failed:

              bob@example.org
                SMTP error from remote mail server after end of data:
                host mx.example.org [192.0.2.1]: 500 Line limit exceeded
            """));
        report.Recipients.Single().ReplyCode.Should().Be(new ReplyCode(500));
    }

    [Fact]
    public void A_time_of_day_or_a_quantity_is_no_reply_code()
    {
        var report = BounceReport.Read(Messages.Parse("""
            From: MAILER-DAEMON@mx.example.net
            To: sender@example.com
            Subject: failure notice
            Content-Type: text/plain

            <bob@example.org>: delivery failed at 12:45:450 and 12:30: 999 attempts, message size: 500 KB, timeout: 450 seconds
            """));
        report.Recipients.Single().ReplyCode.Should().BeNull();
    }

    [Fact]
    public void A_bulleted_recipient_is_read_without_its_bullet_and_quoted_headers_without_a_space_end_the_report()
    {
        var report = BounceReport.Read(Messages.Parse("""
            From: postmaster@mx.example.net
            To: sender@example.com
            Subject: Delivery status notification
            Content-Type: text/plain

            Delivery to the following recipients was aborted after 5.0 hour(s):

              * bob@example.org

            Received:from mx.example.com by mx.example.net with SMTP id 1234; Fri, 12 Dec 2014 02:50:59 -0800
            To: <carol@example.org>
            """));
        var bob = report.Recipients.Single();
        bob.Address.Should().Be("bob@example.org");
        bob.Classification.Reason.Should().Be(BounceReason.Expired);
    }

    [Fact]
    public void Japanese_text_labelled_iso_2022_jp_is_read_as_what_it_is()
    {
        const string Japanese = "送信先メールアドレスが見つかりませんでした。";

        // 8-bit bytes in a part labelled ISO-2022-JP: the text is really EUC-JP (some carriers' notices).
        var eucJp = Encoding.GetEncoding("euc-jp").GetBytes(Japanese);
        Read(eucJp).Should().Contain(Japanese);

        // ESC stripped from the shift sequences in transit (Lotus Notes notices): "$B" ... "(B".
        var jis = Encoding.GetEncoding("iso-2022-jp").GetBytes(Japanese);
        var stripped = jis.Where(b => b != 0x1B).ToArray();
        Read(stripped).Should().Contain(Japanese);

        static string Read(byte[] body)
        {
            var head = Encoding.ASCII.GetBytes("From: MAILER-DAEMON@mx.example.jp\r\nTo: sender@example.com\r\nSubject: Returned mail\r\n"
                + "Content-Type: text/plain; charset=ISO-2022-JP\r\n\r\n<bob@example.jp>\r\n");
            var report = BounceReport.Read(Messages.Parse(head.Concat(body).Concat(Encoding.ASCII.GetBytes("\r\n")).ToArray()));
            return report.Recipients.Single().DiagnosticText ?? string.Empty;
        }
    }
}
