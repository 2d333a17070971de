using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using SmtpStatusCodes.Tests.TestSupport;

namespace SmtpStatusCodes.Tests.Classification;

/// <summary>Every row of bounce-codes.tsv and bounce-phrases.tsv, read from the data files, does what it says.</summary>
public class BounceRuleRowTests
{
    private static List<string[]> Rows(string file) =>
        File.ReadAllLines(Repository.DataFile(file)).Where(l => l.Length > 0 && l[0] != '#').Skip(1).Select(l => l.Split('\t')).ToList();

    private static BounceReason Reason(string name) => (BounceReason)Enum.Parse(typeof(BounceReason), name);

    public static IEnumerable<object[]> CodeRows() => Rows("bounce-codes.tsv").Select(r => new object[] { r[0], r[1], r[2] });

    public static IEnumerable<object[]> PhraseRows() => Rows("bounce-phrases.tsv").Select((r, i) => new object[] { i, r[0], r[1], r[2] });

    /// <summary>Codes a row covers that no more specific row takes: X stands for 4 and 5 in the class, 900 for the detail, 8 for the subject.</summary>
    private static IEnumerable<(StatusCode? Status, ReplyCode? Reply)> Samples(string code)
    {
        var parts = code.Split('.');
        if (parts.Length == 3)
        {
            var classes = parts[0] == "X" ? new[] { 4, 5 } : new[] { int.Parse(parts[0]) };
            foreach (var c in classes)
            {
                var subject = parts[1] == "X" ? 8 : int.Parse(parts[1]);
                var detail = parts[2] == "X" ? 900 : int.Parse(parts[2]);
                yield return (new StatusCode((StatusClass)c, subject, detail), null);
            }
        }
        else
        {
            yield return (null, new ReplyCode(code.EndsWith("XX", StringComparison.Ordinal) ? ((code[0] - '0') * 100) + 59 : int.Parse(code)));
        }
    }

    [Theory]
    [MemberData(nameof(CodeRows))]
    public void Every_code_row_selects_its_reason_and_lets_phrases_refine_it_only_when_it_says_cues(string code, string reason, string phrases)
    {
        var expected = Reason(reason);
        var exact = Rows("bounce-codes.tsv").Select(r => r[0]).Where(c => c != code).ToHashSet();

        // A cue phrase of another reason: a final row ignores it, a cues row takes it.
        var (cue, cueReason) = expected == BounceReason.NoRelaying ? ("quota exceeded", BounceReason.MailboxFull) : ("relay access denied", BounceReason.NoRelaying);
        foreach (var (status, reply) in Samples(code).Where(s => !exact.Contains(s.Status?.ToString() ?? string.Empty)))
        {
            var alone = status is { } s ? BounceClassifier.Classify(s) : BounceClassifier.Classify(reply!.Value);
            alone.Reason.Should().Be(expected, $"{code} with {status?.ToString() ?? reply.ToString()}");
            alone.Basis.Should().Be(status is null ? BounceBasis.ReplyCode : BounceBasis.StatusCode);

            var withCue = BounceClassifier.Classify(status, reply, cue.AsSpan());
            withCue.Reason.Should().Be(phrases == "final" ? expected : cueReason, $"{code} is '{phrases}'");
            BounceClassifier.Classify(status, reply, Encoding.UTF8.GetBytes(cue)).Should().Be(withCue);
        }
    }

    [Theory]
    [MemberData(nameof(PhraseRows))]
    public void Every_phrase_row_selects_its_reason_where_it_applies(int row, string phrase, string reason, string applies)
    {
        var expected = Reason(reason);
        if (applies.StartsWith("after-", StringComparison.Ordinal))
        {
            // A stage marker: it turns a refusal whose reason presumes another stage into its reason (an unknown user
            // after DATA; no reason, or an unknown user, at MAIL FROM or EHLO; unknown-user words that only the X.2.1 code
            // made a filter, at RCPT TO), and is no cue on its own.
            var refused = applies switch
            {
                "after-data" => $"550 5.0.0 <bob@example.org>: Recipient address rejected: User unknown ({phrase.ToUpperInvariant()} command)",
                "after-rcpt" => $"550 5.2.1 <bob@example.org>... User Unknown ({phrase.ToUpperInvariant()} command)",
                _ => $"SMTP error from remote mail server {phrase.ToUpperInvariant()}:\n    550 Rejected",
            };
            var staged = BounceClassifier.Classify(refused.AsSpan());
            staged.Reason.Should().Be(expected, $"row {row}: '{phrase}' after the refusal");
            staged.CuePhrase.Should().Be(phrase);
            BounceClassifier.Classify(Encoding.UTF8.GetBytes(refused)).Should().Be(staged, "the UTF-8 path finds the same marker");
            BounceClassifier.Classify($"Delivery failed: {phrase.ToUpperInvariant()}".AsSpan()).Type.Should().Be(BounceType.Undetermined, $"row {row}: a stage marker alone says nothing");
            return;
        }

        if (applies.StartsWith("transcript-", StringComparison.Ordinal))
        {
            // A transcript command: the reply paired with it in a session transcript takes the stage's reading (an
            // unknown user answered at DATA is a filter ...); the same reply with no command above it is read as without.
            var command = phrase.Substring(4).ToUpperInvariant() + (applies is "transcript-mail" or "transcript-rcpt" ? ":<bob@example.org>" : " client.example.net");
            var answer = applies switch
            {
                "transcript-data" => "550 Unknown user bob@example.org",
                "transcript-rcpt" => "550 5.2.1 <bob@example.org>... User Unknown",
                _ => "550 Rejected",
            };
            var transcript = $"... while talking to mx.example.org.:\n>>> {command}\n<<< {answer}\n";
            var paired = BounceClassifier.Classify(transcript.AsSpan());
            paired.Reason.Should().Be(expected, $"row {row}: the reply paired with '{phrase}'");
            paired.CuePhrase.Should().Be(phrase);
            BounceClassifier.Classify(Encoding.UTF8.GetBytes(transcript)).Should().Be(paired, "the UTF-8 path pairs the same reply");
            BounceClassifier.Classify($"<<< {answer}\n".AsSpan()).Reason.Should().NotBe(expected, $"row {row}: without the command the reply is read as it stands");
            BounceClassifier.Classify($">>> {command}\n".AsSpan()).Type.Should().Be(BounceType.Undetermined, $"row {row}: a command alone says nothing");
            return;
        }

        var first = applies.Split(',')[0];
        StatusCode? status = null;
        ReplyCode? reply = null;
        if (first.IndexOf('.') >= 0)
        {
            var p = first.Split('.');
            status = new StatusCode(p[0] == "X" ? StatusClass.PermanentFailure : (StatusClass)int.Parse(p[0]), int.Parse(p[1]), p[2] == "X" ? 0 : int.Parse(p[2]));
        }
        else if (first.Length == 3 && char.IsDigit(first[0]))
        {
            reply = new ReplyCode(int.Parse(first));
        }
        else if (first is "4" or "5")
        {
            status = new StatusCode((StatusClass)int.Parse(first), 0, 0);
        }

        // In a sentence, in upper case: matching ignores case and position.
        var text = $"Delivery failed: {phrase.ToUpperInvariant()} (see the log)";
        var verdict = BounceClassifier.Classify(status, reply, text.AsSpan());
        verdict.Reason.Should().Be(expected, $"row {row}: '{phrase}' for {applies}");
        verdict.Basis.Should().Be(BounceBasis.CuePhrase);
        BounceClassifier.Classify(status, reply, Encoding.UTF8.GetBytes(text)).Should().Be(verdict, "the UTF-8 path finds the same phrase");
        if (status is null && reply is null)
        {
            BounceClassifier.Classify(text.AsSpan()).Should().Be(verdict);
        }
    }

    [Fact]
    public void A_phrase_scoped_to_codes_does_not_apply_without_them()
    {
        // 'null mx' with the sender's null MX code (X.7.27) is the sender's problem; elsewhere it is the recipient domain's.
        BounceClassifier.Classify(StatusCode.Parse("5.7.27"), null, "Sender address has null MX".AsSpan()).Reason.Should().Be(BounceReason.Rejected);
        BounceClassifier.Classify("This domain publishes a null MX".AsSpan()).Reason.Should().Be(BounceReason.NotAccept);

        // 'in reply to RCPT TO' means too many recipients only with a bare 552.
        BounceClassifier.Classify("552 Requested action aborted (in reply to RCPT TO command)".AsSpan()).Reason.Should().Be(BounceReason.TooManyRecipients);
        BounceClassifier.Classify("550 Requested action aborted (in reply to RCPT TO command)".AsSpan()).Reason.Should().Be(BounceReason.Undefined);

        // Not-a-bounce cues count only when the text has no code at all.
        BounceClassifier.Classify("Out of office".AsSpan()).Reason.Should().Be(BounceReason.Vacation);
        BounceClassifier.Classify("554 5.7.1 Out of office".AsSpan()).Reason.Should().Be(BounceReason.SecurityError);
    }

    [Fact]
    public void The_reason_table_matches_the_enum_and_every_reason_has_a_row()
    {
        var rows = Rows("bounce-reasons.tsv");
        rows.Select(r => r[0]).Should().Equal(Enum.GetNames(typeof(BounceReason)).OrderBy(n => (int)Reason(n)));
        foreach (var r in rows)
        {
            var reason = Reason(r[0]);
            reason.ToStandard().Should().Be(Reason(r[1]));
            reason.IsStandard().Should().Be(r[0] == r[1]);
        }
    }
}
