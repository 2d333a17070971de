using System;
using MailKit.Net.Smtp;
using MimeKit;
using SmtpStatusCodes.MailKit;

namespace SmtpStatusCodes.MimeKit.Tests;

/// <summary>SmtpStatusCodes.MailKit: the codes of MailKit's SmtpCommandException.</summary>
public sealed class SmtpCommandExceptionTests
{
    [Theory]
    [InlineData(SmtpStatusCode.MailboxUnavailable, "5.1.1 <bob@example.org>: Recipient address rejected: User unknown", 550, "5.1.1")]
    [InlineData(SmtpStatusCode.MailboxBusy, "4.2.0 Greylisted, try again in 5 minutes", 450, "4.2.0")]
    [InlineData(SmtpStatusCode.TransactionFailed, "Message rejected: spam (see 5.7.1 policy)", 554, "5.7.1")]
    [InlineData(SmtpStatusCode.MailboxUnavailable, "Requested action not taken: mailbox unavailable", 550, null)]
    public void Codes_come_from_the_status_and_the_server_text(SmtpStatusCode status, string text, int reply, string? enhanced)
    {
        var exception = new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, status, new MailboxAddress("", "bob@example.org"), text);
        exception.GetReplyCode().Should().Be(new ReplyCode(reply));
        exception.GetStatusCode().Should().Be(enhanced is null ? null : StatusCode.Parse(enhanced));
    }

    [Fact]
    public void Classify_reads_the_codes_and_the_text()
    {
        var unknown = new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxUnavailable, "5.1.1 <bob@example.org>: User unknown");
        unknown.Classify().Type.Should().Be(BounceType.Hard);
        unknown.Classify().Reason.Should().Be(BounceReason.UserUnknown);
        var busy = new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxBusy, "4.2.2 Mailbox full");
        busy.Classify().Type.Should().Be(BounceType.Soft);
    }

    [Fact]
    public void A_value_outside_the_reply_grammar_has_no_reply_code()
    {
        var exception = new SmtpCommandException(SmtpErrorCode.UnexpectedStatusCode, (SmtpStatusCode)611, "5.1.1 odd");
        exception.GetReplyCode().Should().BeNull();
        exception.GetStatusCode().Should().Be(StatusCode.Parse("5.1.1"));
    }

    [Fact]
    public void Null_is_refused()
    {
        SmtpCommandException exception = null!;
        ((Func<ReplyCode?>)(() => exception.GetReplyCode())).Should().Throw<ArgumentNullException>();
        ((Func<StatusCode?>)(() => exception.GetStatusCode())).Should().Throw<ArgumentNullException>();
    }
}
