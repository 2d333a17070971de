using System.Linq;

namespace SmtpStatusCodes.MimeKit.Tests;

/// <summary>BouncedRecipient.Classification: the classifier's verdict on each recipient's evidence and the report's kind.</summary>
public sealed class ClassificationTests
{
    // The one recipient of a delivery-status report with this group and human-readable text.
    private static BouncedRecipient Only(string group, string text = "Your message could not be delivered.") =>
        BounceReport.Read(Messages.Parse(Messages.Dsn(group, text: text))).Recipients.Single();

    [Fact]
    public void A_user_unknown_recipient_is_a_hard_bounce_and_a_full_mailbox_a_soft_one()
    {
        var report = BounceReport.Read(Messages.Parse(Messages.Dsn("""
            Final-Recipient: rfc822; bob@example.org
            Action: failed
            Status: 5.1.1
            Diagnostic-Code: smtp; 550 5.1.1 <bob@example.org>: User unknown

            Final-Recipient: rfc822; carol@example.org
            Action: failed
            Status: 5.2.2
            Diagnostic-Code: smtp; 552 5.2.2 Mailbox full
            """)));
        report.Recipients[0].Classification.Type.Should().Be(BounceType.Hard);
        report.Recipients[0].Classification.Reason.Should().Be(BounceReason.UserUnknown);
        report.Recipients[1].Classification.Type.Should().Be(BounceType.Soft);
        report.Recipients[1].Classification.Reason.Should().Be(BounceReason.MailboxFull);
    }

    [Fact]
    public void A_server_code_in_the_text_is_used_when_the_status_is_a_summary()
    {
        Only("""
            Final-Recipient: rfc822; bob@example.org
            Action: failed
            Status: 5.0.0
            Diagnostic-Code: smtp; 550 5.1.1 no such user
            """).Classification.Reason.Should().Be(BounceReason.UserUnknown);
    }

    [Fact]
    public void Delivery_reports_feedback_reports_and_automatic_replies_get_their_reasons()
    {
        var delivered = BounceReport.Read(Messages.Parse(Messages.Dsn("""
            Final-Recipient: rfc822; bob@example.org
            Action: delivered
            Status: 2.0.0
            """)));
        delivered.Recipients.Single().Classification.Reason.Should().Be(BounceReason.Delivered);

        var feedback = BounceReport.Read(Messages.Parse("""
            From: abuse@isp.example
            To: fbl@example.com
            Subject: report
            MIME-Version: 1.0
            Content-Type: multipart/report; report-type=feedback-report; boundary="b1"

            --b1
            Content-Type: message/feedback-report

            Feedback-Type: abuse
            Original-Rcpt-To: one@isp.example

            --b1--
            """));
        feedback.Recipients.Single().Classification.Reason.Should().Be(BounceReason.Feedback);
        feedback.Recipients[0].Classification.IsBounce.Should().BeFalse();

        var autoReply = BounceReport.Read(Messages.Parse("""
            From: bob@example.org
            To: alice@example.com
            Subject: Re: plans
            Auto-Submitted: auto-replied

            Thanks for your mail.
            """));
        autoReply.Recipients.Single().Classification.Reason.Should().Be(BounceReason.Vacation);
    }
    [Fact]
    public void The_report_stating_the_cause_for_all_recipients_refines_a_bare_unknown_user_answer()
    {
        // The reporting system says why in its introduction; the server's line says only "user unknown" under codes that
        // say nothing (5.0.0, 550): the introduction's more telling words decide.
        const string Group = """
            Final-Recipient: rfc822; bob@example.org
            Action: failed
            Status: 5.0.0
            """;
        const string Line = "<bob@example.org>: 550 user unknown";
        var disabled = Only(Group, "The recipient's account is disabled.\n\n" + Line).Classification;
        disabled.Reason.Should().Be(BounceReason.Suspend);
        disabled.Type.Should().Be(BounceType.Soft);

        // An introduction without a cause leaves the answer as it is.
        Only(Group, "Your message could not be delivered.\n\n" + Line).Classification.Should().Match<BounceClassification>(c => c.Reason == BounceReason.UserUnknown && c.IsHard);

        // A code that says the mailbox does not exist is not overruled by the introduction.
        Only(Group, "The recipient's account is disabled.\n\n<bob@example.org>: 550 5.1.1 user unknown").Classification.Reason.Should().Be(BounceReason.UserUnknown);
    }

    [Fact]
    public void A_local_delivery_program_failure_is_a_mailer_error_whatever_the_status()
    {
        var verdict = Only("""
            Final-Recipient: rfc822; bob@example.org
            Action: failed
            Status: 5.1.1
            Diagnostic-Code: x-unix; maildrop: Unable to create a dot-lock: No such user
            """).Classification;
        verdict.Reason.Should().Be(BounceReason.MailerError);
        verdict.Type.Should().Be(BounceType.Soft);
    }

    [Fact]
    public void A_421_greeting_refusal_is_a_block()
    {
        var recipient = Only("""
            Final-Recipient: rfc822; bob@example.org
            Action: failed
            Status: 4.0.0
            Diagnostic-Code: X-Postfix; delivery temporarily suspended: connect to mx.example.org[192.0.2.10]: server refused to talk to me: 421 Service not available, closing transmission channel
            """);
        recipient.ReplyCode.Should().Be(new ReplyCode(421));
        recipient.Classification.Reason.Should().Be(BounceReason.Blocked);
    }
}
