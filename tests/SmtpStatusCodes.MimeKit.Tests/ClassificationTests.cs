using System.Linq;

namespace SmtpStatusCodes.MimeKit.Tests;

/// <summary>BouncedRecipient.Classification: the classifier's verdict on each recipient's evidence and the report's kind.</summary>
public sealed class ClassificationTests
{
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
        var report = BounceReport.Read(Messages.Parse(Messages.Dsn("""
            Final-Recipient: rfc822; bob@example.org
            Action: failed
            Status: 5.0.0
            Diagnostic-Code: smtp; 550 5.1.1 no such user
            """)));
        report.Recipients.Single().Classification.Reason.Should().Be(BounceReason.UserUnknown);
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
}
