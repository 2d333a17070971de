using System;
using System.Linq;
using System.Text;

namespace SmtpStatusCodes.Tests.Classification;

public class BounceClassifierTests
{
    [Fact]
    public void Text_uses_the_most_specific_code_in_reply_position_and_says_which()
    {
        var verdict = BounceClassifier.Classify("550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown".AsSpan());
        verdict.Type.Should().Be(BounceType.Hard);
        verdict.Reason.Should().Be(BounceReason.UserUnknown);
        verdict.StatusCode.Should().Be(StatusCode.Parse("5.1.1"));
        verdict.ReplyCode.Should().Be(new ReplyCode(550));
        verdict.Retry.Should().Be(RetryAdvice.DoNotRetry);
        verdict.IsHard.Should().BeTrue();
        verdict.IsBounce.Should().BeTrue();

        // Permanent over transient, and a specific detail over X.0.0, wherever they stand.
        BounceClassifier.Classify("451 4.4.1 timeout\n550 5.0.0 failed\n550 5.1.1 User unknown".AsSpan()).StatusCode.Should().Be(StatusCode.Parse("5.1.1"));
        BounceClassifier.Classify("250 2.0.0 Ok\n452 4.2.2 Over quota".AsSpan()).StatusCode.Should().Be(StatusCode.Parse("4.2.2"));

        // An enhanced code over a bare reply code; the reply code in front of it is the one reported.
        var pair = BounceClassifier.Classify("421 Service closing\n552 5.3.4 Message size exceeds fixed limit".AsSpan());
        pair.StatusCode.Should().Be(StatusCode.Parse("5.3.4"));
        pair.ReplyCode.Should().Be(new ReplyCode(552));
        pair.Reason.Should().Be(BounceReason.MesgTooBig);
    }

    [Fact]
    public void No_evidence_is_undetermined_and_default_means_the_same()
    {
        default(BounceClassification).Type.Should().Be(BounceType.Undetermined);
        default(BounceClassification).Reason.Should().Be(BounceReason.Undefined);
        default(BounceClassification).Retry.Should().Be(RetryAdvice.NotApplicable);
        default(BounceClassification).StatusCode.Should().BeNull();
        default(BounceClassification).CuePhrase.Should().BeNull();
        BounceClassifier.Classify(default(StatusCode)).Should().Be(default(BounceClassification));
        BounceClassifier.Classify(default(ReplyCode)).Should().Be(default(BounceClassification));
        BounceClassifier.Classify(ReadOnlySpan<char>.Empty).Should().Be(default(BounceClassification));
        BounceClassifier.Classify("Thank you, see you tomorrow.".AsSpan()).Type.Should().Be(BounceType.Undetermined);
        BounceClassifier.Classify(null, null, ReadOnlySpan<char>.Empty).Should().Be(default(BounceClassification));
    }

    [Fact]
    public void The_evidence_overload_prefers_the_remote_servers_own_code_of_the_same_class()
    {
        var status = StatusCode.Parse("5.1.1");
        BounceClassifier.Classify(status, null, "smtp; 550 5.7.1 IP address blacklisted by recipient".AsSpan()).Reason.Should().Be(BounceReason.Blocked);
        BounceClassifier.Classify(StatusCode.Parse("5.0.0"), null, "smtp; 550 5.1.1 <bob@example.org>... User unknown".AsSpan()).StatusCode.Should().Be(status);

        // A code of another class in the text does not replace the Status field.
        BounceClassifier.Classify(status, new ReplyCode(550), "451 4.4.1 timeout".AsSpan()).StatusCode.Should().Be(status);

        // The reply code is taken from the text when not given.
        BounceClassifier.Classify(StatusCode.Parse("5.0.0"), null, "smtp; 550 Unknown user bob".AsSpan()).ReplyCode.Should().Be(new ReplyCode(550));
        BounceClassifier.Classify(null, null, "smtp; 550 Unknown user bob".AsSpan()).Reason.Should().Be(BounceReason.UserUnknown);

        // A default value counts as no code.
        BounceClassifier.Classify(default(StatusCode), default(ReplyCode), ReadOnlySpan<char>.Empty).Type.Should().Be(BounceType.Undetermined);
    }

    [Fact]
    public void Phrases_without_a_code_decide_hard_and_soft_by_the_reason()
    {
        BounceClassifier.Classify("Sorry, no mailbox here by that name.".AsSpan()).Type.Should().Be(BounceType.Hard);
        BounceClassifier.Classify("The mailbox is full.".AsSpan()).Type.Should().Be(BounceType.Soft);
        var vacation = BounceClassifier.Classify("Automatic reply: out of office until Monday".AsSpan());
        vacation.Type.Should().Be(BounceType.NotABounce);
        vacation.Retry.Should().Be(RetryAdvice.NotApplicable);
    }

    [Fact]
    public void Success_codes_are_not_bounces()
    {
        var verdict = BounceClassifier.Classify("250 2.0.0 Ok: queued as 1234".AsSpan());
        verdict.Type.Should().Be(BounceType.NotABounce);
        verdict.Reason.Should().Be(BounceReason.Delivered);
        BounceClassifier.Classify(new ReplyCode(354)).Type.Should().Be(BounceType.NotABounce);
    }

    [Fact]
    public void Utf8_text_longer_than_one_chunk_finds_phrases_that_straddle_chunks()
    {
        // The UTF-8 path decodes 1024 chars at a time: put the phrase across every boundary near the first one (no code,
        // so the whole text is searched).
        for (var pad = 1000; pad < 1030; pad++)
        {
            var text = "Mailbox problem: " + new string('é', pad) + " user unknown " + new string('x', 50);
            var bytes = Encoding.UTF8.GetBytes(text);
            BounceClassifier.Classify(bytes).Reason.Should().Be(BounceReason.UserUnknown, $"pad {pad}");
            BounceClassifier.Classify(text.AsSpan()).Reason.Should().Be(BounceReason.UserUnknown);
        }
    }

    [Fact]
    public void Phrases_are_read_in_the_paragraph_of_the_deciding_code_only()
    {
        const string Bounce = "This is the mail system. If your mailbox is full, delete some mail.\n\n"
            + "<bob@example.org>: host mx.example.org said: 550 Recipient address\n    rejected: relay access denied\n\n"
            + "Reporting-MTA: dns; mail.example.net\n";
        var verdict = BounceClassifier.Classify(Bounce.AsSpan());
        verdict.Reason.Should().Be(BounceReason.NoRelaying, "the boilerplate's 'mailbox is full' is not about the 550");
        verdict.CuePhrase.Should().Be("relay access denied");
        BounceClassifier.Classify(System.Text.Encoding.UTF8.GetBytes(Bounce)).Should().Be(verdict);

        // Without a code, the whole text is all there is.
        BounceClassifier.Classify("If your mailbox is full, delete some mail.\n\nSee you.".AsSpan()).Reason.Should().Be(BounceReason.MailboxFull);
    }

    [Fact]
    public void A_code_in_a_DSN_Status_field_has_its_words_elsewhere_in_the_report()
    {
        // The Status line is the reporting MTA's summary: the human-readable part says why.
        const string Report = "The following address(es) failed:\n\n  save to /var/mail/bob\n    mailbox is full: retry timeout exceeded\n\n"
            + "Reporting-MTA: dns; mail.example.net\n\nFinal-Recipient: rfc822; bob@example.org\nAction: failed\nStatus: 5.0.0\n";
        var verdict = BounceClassifier.Classify(Report.AsSpan());
        verdict.Reason.Should().Be(BounceReason.MailboxFull);
        verdict.StatusCode.Should().Be(StatusCode.Parse("5.0.0"));
        BounceClassifier.Classify(Encoding.UTF8.GetBytes(Report)).Should().Be(verdict);

        // The same code in a reply line keeps to its paragraph.
        BounceClassifier.Classify("mailbox is full\n\n550 5.0.0 Rejected\n".AsSpan()).Reason.Should().Be(BounceReason.Undefined);
    }

    [Fact]
    public void Invalid_utf8_is_read_as_replacement_characters_and_never_throws()
    {
        var bytes = Encoding.ASCII.GetBytes("550 no such user").Concat(new byte[] { 0xFF, 0xC0, 0xE2, 0x82 }).ToArray();
        BounceClassifier.Classify(bytes).Reason.Should().Be(BounceReason.UserUnknown);
        BounceClassifier.Classify(new byte[] { 0xF0, 0x9F }).Type.Should().Be(BounceType.Undetermined);
    }

    [Fact]
    public void ToString_names_the_verdict_and_the_evidence()
    {
        BounceClassifier.Classify("550 5.1.1 User unknown".AsSpan()).ToString().Should().Be("Hard UserUnknown 5.1.1 550 DoNotRetry");
    }

    [Fact]
    public void Every_registered_enhanced_code_gets_a_reason_and_a_type_consistent_with_its_class()
    {
        // The registry's 'other or undefined' codes are the only ones left without a specific reason.
        string[] undefinedAllowed = ["X.0.0", "X.1.0", "X.2.0"];
        var hardReasons = new[] { BounceReason.UserUnknown, BounceReason.HostUnknown, BounceReason.HasMoved, BounceReason.NotAccept };
        foreach (var entry in CodeRegistry.StatusCodeEntries)
        {
            foreach (var cls in new[] { StatusClass.Success, StatusClass.PersistentTransientFailure, StatusClass.PermanentFailure })
            {
                var code = entry.WithClass(cls);
                var verdict = BounceClassifier.Classify(code);
                Enum.IsDefined(typeof(BounceReason), verdict.Reason).Should().BeTrue();
                verdict.StatusCode.Should().Be(code);
                switch (cls)
                {
                    case StatusClass.Success:
                        verdict.Type.Should().Be(BounceType.NotABounce, code.ToString());
                        verdict.Reason.Should().Be(BounceReason.Delivered);
                        break;
                    case StatusClass.PersistentTransientFailure:
                        verdict.Type.Should().Be(verdict.Reason == BounceReason.Delivered ? BounceType.NotABounce : BounceType.Soft, code.ToString());
                        break;
                    default:
                        var expected = verdict.Reason == BounceReason.Delivered ? BounceType.NotABounce : hardReasons.Contains(verdict.Reason) ? BounceType.Hard : BounceType.Soft;
                        verdict.Type.Should().Be(expected, code.ToString());
                        break;
                }

                if (verdict.Reason == BounceReason.Undefined)
                {
                    undefinedAllowed.Should().Contain($"X.{code.Subject}.{code.Detail}", $"{code} needs a reason");
                }

                verdict.Retry.Should().Be(verdict.Type == BounceType.NotABounce ? RetryAdvice.NotApplicable : verdict.Retry);
            }
        }
    }

    [Fact]
    public void Every_reply_code_the_grammar_allows_gets_a_type_consistent_with_its_class()
    {
        foreach (var value in Enumerable.Range(200, 360).Where(ReplyCode.IsValid))
        {
            var verdict = BounceClassifier.Classify(new ReplyCode(value));
            verdict.ReplyCode.Should().Be(new ReplyCode(value));
            if (value < 400)
            {
                verdict.Type.Should().Be(BounceType.NotABounce, value.ToString());
            }
            else if (value < 500)
            {
                verdict.Type.Should().Be(BounceType.Soft, value.ToString());
                verdict.Retry.Should().NotBe(RetryAdvice.NotApplicable);
            }
            else
            {
                verdict.Type.Should().BeOneOf([BounceType.Hard, BounceType.Soft], value.ToString());
                verdict.IsHard.Should().Be(verdict.Reason is BounceReason.HasMoved or BounceReason.NotAccept or BounceReason.UserUnknown, value.ToString());
            }
        }

        foreach (var entry in CodeRegistry.ReplyCodeEntries.Where(e => e.Code.Value >= 400 && e.IsKnown && e.Status == ReplyCodeStatus.Standard))
        {
            var reason = BounceClassifier.Classify(entry.Code).Reason;
            if (entry.Code.Value is not (450 or 550 or 554))
            {
                reason.Should().NotBe(BounceReason.Undefined, $"{entry.Code} has a specific meaning in RFC 5321");
            }
        }
    }
}
