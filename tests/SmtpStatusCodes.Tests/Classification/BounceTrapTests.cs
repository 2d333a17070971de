using System;
using System.Text;

namespace SmtpStatusCodes.Tests.Classification;

/// <summary>The traps of issue 12 and the vendor meanings that differ from the registry.</summary>
public class BounceTrapTests
{
    private static BounceClassification Classify(string text)
    {
        var chars = BounceClassifier.Classify(text.AsSpan());
        BounceClassifier.Classify(Encoding.UTF8.GetBytes(text)).Should().Be(chars, "UTF-8 and chars agree");
        return chars;
    }

    [Fact]
    public void Reply_552_after_RCPT_TO_is_too_many_recipients_and_transient()
    {
        var verdict = Classify("host mx.example.org[192.0.2.10] said: 552 Too many recipients (in reply to RCPT TO command)");
        verdict.Reason.Should().Be(BounceReason.TooManyRecipients);
        verdict.Type.Should().Be(BounceType.Soft);
        verdict.Retry.Should().Be(RetryAdvice.RetryLater);
        verdict.ReplyCode.Should().Be(new ReplyCode(552));
        Classify("552 Requested mail action aborted (in reply to RCPT TO command)").Reason.Should().Be(BounceReason.TooManyRecipients);

        // With an enhanced code for a full mailbox, the code wins over the command.
        Classify("552 5.2.2 Mailbox full (in reply to RCPT TO command)").Reason.Should().Be(BounceReason.MailboxFull);
        BounceReason.TooManyRecipients.ToStandard().Should().Be(BounceReason.TooManyConn);
    }

    [Fact]
    public void User_unknown_refused_only_after_DATA_is_a_filter_and_soft()
    {
        // Accepted at RCPT TO, refused after the content: the mailbox exists as far as the server said; a filter refused.
        var verdict = Classify("<bob@example.org>: host mx.example.org[192.0.2.10] said: 550 Unknown user bob@example.org (in reply to end of DATA command)");
        verdict.Reason.Should().Be(BounceReason.Filtered);
        verdict.Type.Should().Be(BounceType.Soft);
        verdict.Basis.Should().Be(BounceBasis.CuePhrase);
        verdict.CuePhrase.Should().Be("in reply to end of data");
        verdict.ReplyCode.Should().Be(new ReplyCode(550));
        Classify("bob@example.org\n    SMTP error from remote mail server after end of data:\n    host mx.example.org [192.0.2.10]: 550 :\n    User unknown").Reason.Should().Be(BounceReason.Filtered);
        Classify("550 5.0.0 <bob@example.org>... User unknown (in reply to end of DATA command)").Reason.Should().Be(BounceReason.Filtered);

        // Refused at RCPT TO, it stays a dead address; so does an explicit 5.1.1, which states that the mailbox does not exist.
        Classify("<bob@example.org>: host mx.example.org[192.0.2.10] said: 550 Unknown user bob@example.org (in reply to RCPT TO command)").Type.Should().Be(BounceType.Hard);
        Classify("550 5.1.1 <bob@example.org>: User unknown (in reply to end of DATA command)").Type.Should().Be(BounceType.Hard);

        // Only an unknown user changes: other refusals after DATA keep their reason.
        Classify("host mx.example.org said: 550 5.7.1 Message rejected as spam (in reply to end of DATA command)").Reason.Should().Be(BounceReason.SpamDetected);
        Classify("host mx.example.org said: 552 5.2.2 Mailbox full (in reply to end of DATA command)").Reason.Should().Be(BounceReason.MailboxFull);

        // The evidence overload sees the marker in the human-readable line passed with the Diagnostic-Code.
        BounceClassifier.Classify(StatusCode.Parse("5.0.0"), null, "smtp; 550 Unknown user\n\n<bob@example.org>: host mx.example.org said: 550 Unknown user (in reply to end of DATA command)".AsSpan())
            .Reason.Should().Be(BounceReason.Filtered);
    }

    [Fact]
    public void User_unknown_words_with_a_mailbox_status_code_are_a_filter_unless_refused_at_RCPT_TO()
    {
        // RFC 3463 X.2.1 and X.2.0: the mailbox exists (disabled, or some other mailbox status): the code outranks the
        // prose "User Unknown", and the refusal is a filter, soft.
        var verdict = Classify("550 5.2.1 <bob@example.org>... User Unknown");
        verdict.Reason.Should().Be(BounceReason.Filtered);
        verdict.Type.Should().Be(BounceType.Soft);
        verdict.CuePhrase.Should().Be("user unknown");
        Classify("550 5.2.0 <bob@example.org>... Unknown user").Reason.Should().Be(BounceReason.Filtered);
        BounceClassifier.Classify(StatusCode.Parse("5.2.1"), null, "smtp; 550 5.2.1 <bob@example.org>... User Unknown".AsSpan()).Type.Should().Be(BounceType.Soft);

        // Refused in the RCPT TO reply (Postfix, Exim, Yahoo name the command): the address itself was refused, the words stand.
        foreach (var text in new[]
        {
            "<bob@example.org>: host mx.example.org said: 550 5.2.1 <bob@example.org>... User Unknown (in reply to RCPT TO command)",
            "bob@example.org\n    SMTP error from remote mail server after RCPT TO:<bob@example.org>:\n    host mx.example.org: 550 5.2.1 <bob@example.org>... User Unknown",
            "<bob@example.org>:\nRemote host said:\n550 5.2.1 <bob@example.org>... User Unknown\n[RCPT_TO]",
        })
        {
            var atRcpt = Classify(text);
            atRcpt.Reason.Should().Be(BounceReason.UserUnknown, text);
            atRcpt.Type.Should().Be(BounceType.Hard, text);
        }

        // The marker only undoes the code's reading of unknown-user words: a disabled mailbox stays suspended, and the
        // X.2.1 filter reading after DATA stays a filter.
        Classify("550 5.2.1 The email account that you tried to reach is disabled (in reply to RCPT TO command)").Reason.Should().Be(BounceReason.Suspend);
        Classify("550 5.2.1 <bob@example.org>... User Unknown (in reply to end of DATA command)").Reason.Should().Be(BounceReason.Filtered);
    }

    [Fact]
    public void A_refusal_at_MAIL_FROM_is_about_the_sender_and_at_EHLO_about_the_client_host()
    {
        // No recipient was named yet: "does not exist" is the sender's domain.
        var sender = Classify("SMTP error from remote mail server after MAIL FROM:<alice@example.net> SIZE=1022:\n    553 5.1.0 example.net does not exist");
        sender.Reason.Should().Be(BounceReason.Rejected);
        sender.Type.Should().Be(BounceType.Soft);
        Classify("<bob@example.org>: host mx.example.org said: 550 Rejected (in reply to MAIL FROM command)").Reason.Should().Be(BounceReason.Rejected);

        // Neither sender nor recipient was named: the client host was refused.
        Classify("SMTP error from remote mail server after EHLO mail.example.net:\n    550 Rejected").Reason.Should().Be(BounceReason.Blocked);

        // A refusal with a reason of its own keeps it, whatever the stage.
        Classify("SMTP error from remote mail server after initial connection:\n    554 5.7.1 Missing reverse DNS").Reason.Should().Be(BounceReason.RequirePtr);
        Classify("SMTP error from remote mail server after RCPT TO:<bob@example.org>:\n    550 5.1.1 User unknown").Type.Should().Be(BounceType.Hard);
    }

    [Fact]
    public void A_bare_reply_code_at_the_greeting_is_a_refused_client_host()
    {
        // Postfix's words for a greeting that was not 220, with the reply code as a DSN reader takes it apart: 421 alone
        // would be a system error, but before MAIL FROM the server refused this client.
        const string Greeting = "delivery temporarily suspended: connect to mx.example.org[192.0.2.10]: server refused to talk to me: 421 Service not available, closing transmission channel";
        var verdict = BounceClassifier.Classify(StatusCode.Parse("4.0.0"), new ReplyCode(421), Greeting.AsSpan());
        verdict.Reason.Should().Be(BounceReason.Blocked);
        verdict.Type.Should().Be(BounceType.Soft);
        verdict.Retry.Should().Be(RetryAdvice.RetryLater);
        verdict.CuePhrase.Should().Be("refused to talk to me");
        BounceClassifier.Classify(StatusCode.Parse("4.0.0"), new ReplyCode(421), Encoding.UTF8.GetBytes(Greeting)).Should().Be(verdict);

        // Without the greeting marker the code's rule stands; at another stage too; and words or a specific enhanced code
        // keep their reason at the greeting.
        BounceClassifier.Classify(StatusCode.Parse("4.0.0"), new ReplyCode(421), "421 Service not available, closing transmission channel".AsSpan()).Reason.Should().Be(BounceReason.SystemError);
        BounceClassifier.Classify(null, new ReplyCode(421), "host mx.example.org said: 421 Service not available (in reply to MAIL FROM command)".AsSpan()).Reason.Should().Be(BounceReason.SystemError);
        BounceClassifier.Classify(null, new ReplyCode(421), "server refused to talk to me: 421 Too many concurrent SMTP connections".AsSpan()).Reason.Should().Be(BounceReason.TooManyConn);
        BounceClassifier.Classify(StatusCode.Parse("4.3.2"), new ReplyCode(421), "server refused to talk to me: 421 4.3.2 System not accepting network messages".AsSpan()).Reason.Should().Be(BounceReason.NotAccept);
    }

    [Fact]
    public void A_local_delivery_program_report_outranks_the_unknown_user_words_unless_its_exit_status_says_so()
    {
        // Diagnostic type x-unix (RFC 3464): the words are the local program's; "No such user" is what it met on its way.
        Classify("Status: 5.1.1\nDiagnostic-Code: x-unix; maildrop: Unable to open /home/bob/Maildir: No such user").Reason.Should().Be(BounceReason.MailerError);

        // sysexits.h exit statuses that name the address: EX_NOUSER (67), EX_NOHOST (68).
        Classify("Status: 5.0.0\nDiagnostic-Code: X-Unix; 67").Should().Match<BounceClassification>(v => v.Reason == BounceReason.UserUnknown && v.IsHard);
        Classify("Status: 5.0.0\nDiagnostic-Code: X-Unix; 68").Reason.Should().Be(BounceReason.HostUnknown);
        Classify("Status: 5.0.0\nDiagnostic-Code: X-Unix; 77").Reason.Should().Be(BounceReason.MailerError);
    }

    [Fact]
    public void A_line_longer_than_the_server_takes_is_a_message_too_big_and_a_long_command_a_syntax_error()
    {
        // RFC 5321 s4.5.3.1.6: a text line of the message over 1000 octets; the words outrank the 500 reply's syntax rule.
        Classify("SMTP error from remote mail server after end of data:\n    host mx.example.org [192.0.2.1]: 500 Line limit exceeded").Reason.Should().Be(BounceReason.MesgTooBig);
        Classify("550 5.6.0 Line too long, see RFC 5321 section 4.5.3.1.6").Reason.Should().Be(BounceReason.MesgTooBig);

        // s4.5.3.1.4: a command line over 512 octets is the client's SMTP, not the message.
        Classify("500 5.5.2 Command line too long").Reason.Should().Be(BounceReason.SyntaxError);
    }

    [Fact]
    public void Permanent_5_2_2_is_a_full_mailbox_and_soft()
    {
        var verdict = BounceClassifier.Classify(StatusCode.Parse("5.2.2"));
        verdict.Reason.Should().Be(BounceReason.MailboxFull);
        verdict.Type.Should().Be(BounceType.Soft);
        verdict.Retry.Should().Be(RetryAdvice.RetryLater);
        Classify("552-5.2.2 The email account that you tried to reach is over quota. - gsmtp").Type.Should().Be(BounceType.Soft);
    }

    [Fact]
    public void Code_5_7_1_is_relay_denied_or_spam_by_its_text()
    {
        Classify("554 5.7.1 <bob@example.net>: Relay access denied").Reason.Should().Be(BounceReason.NoRelaying);
        Classify("550 5.7.1 Message rejected as spam by Content Filtering").Reason.Should().Be(BounceReason.SpamDetected);
        var bare = Classify("550 5.7.1 Delivery not authorized, message refused");
        bare.Reason.Should().Be(BounceReason.SecurityError);
        bare.Basis.Should().Be(BounceBasis.StatusCode);
        Classify("550 5.7.1 Message rejected as spam").Type.Should().Be(BounceType.Soft);
    }

    [Fact]
    public void Code_5_1_0_with_user_unknown_is_a_hard_unknown_user()
    {
        var verdict = Classify("550 5.1.0 <bob@example.org>... User unknown");
        verdict.Reason.Should().Be(BounceReason.UserUnknown);
        verdict.Type.Should().Be(BounceType.Hard);
        verdict.Basis.Should().Be(BounceBasis.CuePhrase);
        verdict.CuePhrase.Should().Be("user unknown");
        Classify("550 #5.1.0 Address rejected bob@example.org").Reason.Should().Be(BounceReason.UserUnknown);
        BounceClassifier.Classify(StatusCode.Parse("5.1.0")).Type.Should().Be(BounceType.Soft, "5.1.0 alone does not say the address is dead");
    }

    [Theory]
    [InlineData("450 4.2.0 <bob@example.org>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.org.html")]
    [InlineData("451 4.7.1 Please try again later")]
    [InlineData("451 4.7.1 <bob@example.org>: Recipient address rejected: greylisting in effect")]
    public void Greylisting_is_soft_and_retried_later(string line)
    {
        var verdict = Classify(line);
        verdict.Reason.Should().Be(BounceReason.Greylisted);
        verdict.Type.Should().Be(BounceType.Soft);
        verdict.Retry.Should().Be(RetryAdvice.RetryLater);
        verdict.Reason.ToStandard().Should().Be(BounceReason.Blocked);
    }

    [Theory]
    [InlineData("4.7.23", BounceReason.RequirePtr)]
    [InlineData("4.7.27", BounceReason.AuthFailure)]
    [InlineData("4.7.28", BounceReason.BadReputation)]
    [InlineData("4.7.29", BounceReason.FailedStartTls)]
    [InlineData("4.7.30", BounceReason.AuthFailure)]
    [InlineData("5.7.133", BounceReason.Filtered)]
    [InlineData("5.7.606", BounceReason.Blocked)]
    [InlineData("5.4.1", BounceReason.UserUnknown)]
    [InlineData("5.7.509", BounceReason.AuthFailure)]
    public void Vendor_meanings_win_over_the_registry(string code, BounceReason expected)
    {
        var verdict = BounceClassifier.Classify(StatusCode.Parse(code));
        verdict.Reason.Should().Be(expected);
        verdict.IsHard.Should().Be(expected == BounceReason.UserUnknown);
    }

    [Fact]
    public void Yahoo_TSS04_and_TSS09_are_reputation_and_block()
    {
        Classify("421 4.7.0 [TSS04] Messages from 192.0.2.25 temporarily deferred due to unexpected volume or user complaints").Reason.Should().Be(BounceReason.BadReputation);
        Classify("554 5.7.9 [TSS09] All messages from 192.0.2.25 will be permanently deferred; Retrying will NOT succeed.").Reason.Should().Be(BounceReason.Blocked);
    }

    [Fact]
    public void Registry_meanings_stay_for_other_senders_through_their_wording()
    {
        Classify("550 5.7.23 SPF validation failed for example.net").Reason.Should().Be(BounceReason.AuthFailure);
        Classify("550 5.7.27 Sender address has null MX").Reason.Should().Be(BounceReason.Rejected);
    }
}
