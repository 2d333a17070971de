using System;
using System.Text;
using SmtpStatusCodes.Tests.TestSupport;

namespace SmtpStatusCodes.Tests.Classification;

/// <summary>Classifying allocates nothing, for codes and for whole texts over chars and UTF-8.</summary>
public class BounceAllocationTests
{
    private const string Text = "Reporting-MTA: dns; mx.example.org\nStatus: 5.7.1\nDiagnostic-Code: smtp; 554 5.7.1 <bob@example.net>: Relay access denied\n"
        + "Diagnostic-Code: smtp; 550 Message rejected under suspicion of SPAM; 宛先不明 пользователь не найден";

    private static readonly byte[] Utf8 = Encoding.UTF8.GetBytes(Text);

    // Undefined by its code, so the stage rule searches for its markers (and finds one).
    private const string Staged = "kijitora@example.com\n    SMTP error from remote mail server after EHLO mail.example.net:\n    550 Rejected";

    private static readonly byte[] StagedUtf8 = Encoding.UTF8.GetBytes(Staged);

    // An unknown user without a stating code, so the stage rule reads the transcript (and pairs the reply with DATA).
    private const string Transcribed = "... while talking to mx.example.org.:\n>>> MAIL FROM:<alice@example.net>\n>>> DATA\n<<< 250 Ok\n<<< 550-Unknown user\n<<< 550 bob@example.org\n";

    private static readonly byte[] TranscribedUtf8 = Encoding.UTF8.GetBytes(Transcribed);

    [Fact]
    public void Classifying_codes_and_texts_allocates_nothing()
    {
        var status = StatusCode.Parse("5.7.1");
        var reply = new ReplyCode(550);
        Allocations.Measure(() =>
        {
            BounceClassifier.Classify(status);
            BounceClassifier.Classify(reply);
            BounceClassifier.Classify(Text.AsSpan());
            BounceClassifier.Classify(Utf8);
            BounceClassifier.Classify(status, reply, Text.AsSpan());
            BounceClassifier.Classify(null, null, Utf8);
            BounceClassifier.Classify(Staged.AsSpan());
            BounceClassifier.Classify(StagedUtf8);
            BounceClassifier.Classify(Transcribed.AsSpan());
            BounceClassifier.Classify(TranscribedUtf8);
            var verdict = BounceClassifier.Classify(Text.AsSpan());
            _ = verdict.StatusCode;
            _ = verdict.CuePhrase;
            _ = verdict.GetDescription(System.Globalization.CultureInfo.InvariantCulture);
            _ = verdict.Reason.GetDisplayName(DescriptionLanguage.English);
        }).Should().Be(0);
    }

    [Fact]
    public void The_transcript_example_is_read_through_the_transcript()
    {
        // Keeps the allocation case above honest: it must take the transcript path, not an early return.
        BounceClassifier.Classify(Transcribed.AsSpan()).CuePhrase.Should().Be(">>> data");
        BounceClassifier.Classify(TranscribedUtf8).CuePhrase.Should().Be(">>> data");
    }
}
