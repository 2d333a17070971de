using System;
using System.Net.Mail;

namespace SmtpStatusCodes.Tests;

public sealed class SmtpExceptionExtensionsTests
{
    [Fact]
    public void The_reply_code_is_the_status_and_the_enhanced_code_comes_from_the_message()
    {
        var exception = new SmtpException(SmtpStatusCode.MailboxUnavailable, "Mailbox unavailable. The server response was: 5.1.1 <bob@example.org>: User unknown");
        exception.GetReplyCode().Should().Be(new ReplyCode(550));
        exception.GetStatusCode().Should().Be(StatusCode.Parse("5.1.1"));
    }

    [Fact]
    public void A_failed_recipient_exception_is_read_the_same_way()
    {
        var exception = new SmtpFailedRecipientException(SmtpStatusCode.MailboxBusy, "bob@example.org", "4.2.0 Greylisted");
        exception.GetReplyCode().Should().Be(new ReplyCode(450));
        exception.GetStatusCode().Should().Be(StatusCode.Parse("4.2.0"));
    }

    [Fact]
    public void General_failure_and_text_without_codes_give_null()
    {
        var exception = new SmtpException(SmtpStatusCode.GeneralFailure, "Failure sending mail.");
        exception.GetReplyCode().Should().BeNull();
        exception.GetStatusCode().Should().BeNull();
    }

    [Fact]
    public void Classify_reads_the_codes_in_the_exception()
    {
        var exception = new SmtpException(SmtpStatusCode.MailboxUnavailable, "Mailbox unavailable. The server response was: 5.1.1 <bob@example.org>: User unknown");
        exception.Classify().Type.Should().Be(BounceType.Hard);
        exception.Classify().Reason.Should().Be(BounceReason.UserUnknown);
        exception.Classify().StatusCode.Should().Be(StatusCode.Parse("5.1.1"));
    }

    [Fact]
    public void Null_is_refused()
    {
        SmtpException exception = null!;
        ((Func<ReplyCode?>)(() => exception.GetReplyCode())).Should().Throw<ArgumentNullException>();
        ((Func<StatusCode?>)(() => exception.GetStatusCode())).Should().Throw<ArgumentNullException>();
        ((Func<BounceClassification>)(() => exception.Classify())).Should().Throw<ArgumentNullException>();
    }
}
