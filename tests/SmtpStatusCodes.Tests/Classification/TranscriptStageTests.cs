using System;
using System.Text;

namespace SmtpStatusCodes.Tests.Classification;

/// <summary>
/// The stage read from an SMTP session transcript: the reply that carries the deciding code is paired with a command by
/// its place in its group (RFC 2920: replies come back in command order), and only a group that prints as many replies
/// as commands proves anything. Every case is checked in chars and in UTF-8.
/// </summary>
public class TranscriptStageTests
{
    private static BounceClassification Both(string text)
    {
        var chars = BounceClassifier.Classify(text.AsSpan());
        BounceClassifier.Classify(Encoding.UTF8.GetBytes(text)).Should().Be(chars, "UTF-8 reads the transcript as chars do");
        return chars;
    }

    private static BounceClassification Both(StatusCode? status, string text)
    {
        var chars = BounceClassifier.Classify(status, null, text.AsSpan());
        BounceClassifier.Classify(status, null, Encoding.UTF8.GetBytes(text)).Should().Be(chars, "UTF-8 reads the transcript as chars do");
        return chars;
    }

    [Fact]
    public void An_unknown_user_answered_at_DATA_is_a_filter()
    {
        const string text = "<bob@example.org>:\n    mx.example.org [192.0.2.7]:\n>>> DATA\n<<< 550 Unknown user bob@example.org\n\nThe original message follows.";
        var verdict = Both(text);
        verdict.Reason.Should().Be(BounceReason.Filtered);
        verdict.Type.Should().Be(BounceType.Soft);
        verdict.CuePhrase.Should().Be(">>> data");
        verdict.ReplyCode.Should().Be(new ReplyCode(550));

        Both(text.Replace(">>> DATA", ">>> RCPT TO:<bob@example.org>")).Should().Match<BounceClassification>(
            v => v.Reason == BounceReason.UserUnknown && v.Type == BounceType.Hard, "the same reply answered at RCPT TO is about the address");
    }

    [Fact]
    public void A_multi_line_reply_and_indented_lines_are_read_as_one_reply()
    {
        var verdict = Both("  >>> DATA\n  <<< 550-Unknown user\r\n  <<< 550 bob@example.org\r\n");
        verdict.Reason.Should().Be(BounceReason.Filtered);
        verdict.CuePhrase.Should().Be(">>> data");
    }

    [Fact]
    public void A_pipelined_group_pairs_the_nth_reply_with_the_nth_command_not_with_the_last_command_above()
    {
        // MAIL, RCPT and DATA sent at once: the 550 is the second reply, so it answered RCPT TO, though DATA is printed last.
        const string text = ">>> MAIL FROM:<alice@example.net>\n>>> RCPT TO:<bob@example.org>\n>>> DATA\n<<< 250 Ok\n<<< 550 Unknown user bob@example.org\n<<< 554 Error: no valid recipients\n";
        var verdict = Both(text);
        verdict.ReplyCode.Should().Be(new ReplyCode(550));
        verdict.Reason.Should().Be(BounceReason.UserUnknown);
        verdict.Type.Should().Be(BounceType.Hard);
        verdict.CuePhrase.Should().NotStartWith(">>>", "the words decide; RCPT TO leaves an unknown user as it is");

        // The mailbox-status reading (5.2.1 with unknown-user words is a filter) gives way at RCPT TO.
        var mailboxStatus = Both(text.Replace("550 Unknown user", "550 5.2.1 Unknown user"));
        mailboxStatus.Reason.Should().Be(BounceReason.UserUnknown);
        mailboxStatus.CuePhrase.Should().Be(">>> rcpt to");
    }

    [Fact]
    public void A_group_that_prints_only_the_last_command_proves_nothing()
    {
        // Sendmail's form: it prints the last command it sent, then the recipient's refusal and DATA's; the refusal did
        // not answer DATA, and which earlier command it answered is not printed.
        const string reply = "550 5.2.1 <bob@example.org>... User Unknown";
        var text = $"... while talking to mx.example.org.:\n>>> DATA\n<<< {reply}\n<<< 503 5.0.0 Need RCPT (recipient)\n";
        var verdict = Both(StatusCode.Parse("5.2.1"), reply + "\n\n" + text);
        verdict.Should().Be(Both(StatusCode.Parse("5.2.1"), reply), "read as without the transcript");
        verdict.Reason.Should().Be(BounceReason.Filtered);

        Both("... while talking to mx.example.org.:\n>>> DATA\n<<< 550 Unknown user bob@example.org\n<<< 554 Error: no valid recipients\n")
            .Should().Match<BounceClassification>(v => v.Reason == BounceReason.UserUnknown && v.CuePhrase != ">>> data", "the unknown user was not DATA's reply");
    }

    [Theory]
    [InlineData("<<< 550 Unknown user bob@example.org\n")]
    [InlineData("The server said:\n<<< 550 Unknown user bob@example.org\n>>> DATA\n")]
    [InlineData(">>> MAIL FROM:<alice@example.net>\n>>> RCPT TO:<bob@example.org>\n>>> DATA\n<<< 550 Unknown user bob@example.org\n")]
    [InlineData(">>> RCPT TO:<bob@example.org>\n<<< 550 Unknown user bob@example.org\n>>> DATA\n<<< 550 Unknown user bob@example.org\n")]
    [InlineData(">>> DATA\n\n<<< 550 Unknown user bob@example.org\n")]
    [InlineData(">>> RSET\n<<< 550 Unknown user bob@example.org\n")]
    [InlineData(">>> DATAX\n<<< 550 Unknown user bob@example.org\n")]
    public void A_transcript_that_does_not_pair_the_reply_with_a_stage_command_leaves_the_verdict_as_without_it(string text)
    {
        // No command above; a command only after it; fewer replies than commands; the same reply for two commands; a
        // blank line between; a command without a stage; not a command word.
        var verdict = Both(text);
        verdict.Reason.Should().Be(BounceReason.UserUnknown);
        verdict.Type.Should().Be(BounceType.Hard);
        verdict.CuePhrase.Should().NotStartWith(">>>");
    }

    [Fact]
    public void A_refusal_at_MAIL_FROM_or_EHLO_is_about_the_sender_or_the_client()
    {
        Both(">>> MAIL FROM:<alice@example.net> SIZE=1000\n<<< 550 Unknown user alice@example.net\n").Reason.Should().Be(BounceReason.Rejected);
        Both(">>> EHLO client.example.net\n<<< 550 Rejected\n").Reason.Should().Be(BounceReason.Blocked);
    }

    [Fact]
    public void A_stage_marker_in_the_text_comes_before_the_transcript()
    {
        var verdict = Both(">>> RCPT TO:<bob@example.org>\n<<< 550 Unknown user bob@example.org (in reply to end of DATA command)\n");
        verdict.CuePhrase.Should().Be("in reply to end of data");
        verdict.Reason.Should().Be(BounceReason.Filtered);
    }

    [Fact]
    public void A_reason_the_code_states_stands_at_DATA()
    {
        var verdict = Both(">>> DATA\n<<< 550 5.1.1 Unknown user bob@example.org\n");
        verdict.Reason.Should().Be(BounceReason.UserUnknown);
        verdict.Type.Should().Be(BounceType.Hard);
        verdict.CuePhrase.Should().NotStartWith(">>>");
    }
}
