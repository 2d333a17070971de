using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace SmtpStatusCodes.Cli.Tests;

public sealed class ClassificationTests
{
    [Fact]
    public void A_dead_mailbox_is_a_hard_bounce_with_its_reason_and_no_retry()
    {
        var result = CliRun.Run("explain", "--culture", "en", "550 5.1.1 <bob@example.org>: User unknown");

        var reason = BounceClassifier.Classify(StatusCodes.PermanentFailure.BadDestinationMailboxAddress, ReplyCodes.MailboxUnavailable, "<bob@example.org>: User unknown").Reason;
        var text = ExplainCommandTests.Unwrapped(result.Output);
        text.Should().Contain($"=> Hard bounce: {reason.GetDisplayName(CultureInfo.InvariantCulture)}. {reason.GetDescription(CultureInfo.InvariantCulture)}");
        text.Should().Contain("Retry: no;").And.NotContain("Permanent failure:");
    }

    [Fact]
    public void A_full_mailbox_is_a_soft_bounce_to_retry_later()
    {
        var result = CliRun.Run("explain", "--culture", "en", "452 4.2.2 Mailbox full");

        ExplainCommandTests.Unwrapped(result.Output).Should().Contain("=> Soft bounce: ").And.Contain("Retry: yes, later;");
    }

    [Theory]
    [InlineData("zh-TW", "硬退信：", "重試：否")]
    [InlineData("zh-CN", "硬退信：", "重试：否")]
    public void The_verdict_is_in_the_readers_language_without_spaces_between_sentences(string culture, string verdict, string retry)
    {
        var result = CliRun.Run("explain", "--culture", culture, "550 5.1.1 User unknown");

        var reason = BounceClassifier.Classify(StatusCodes.PermanentFailure.BadDestinationMailboxAddress, ReplyCodes.MailboxUnavailable, "User unknown").Reason;
        var language = CultureInfo.GetCultureInfo(culture);
        ExplainCommandTests.Unwrapped(result.Output).Should()
            .Contain($"{verdict}{reason.GetDisplayName(language)}。{reason.GetDescription(language)}")
            .And.Contain(retry);
    }

    [Fact]
    public void Json_carries_the_bounce_verdict()
    {
        var result = CliRun.Run("explain", "--json", "--culture", "zh-TW", "Status: 4.2.2");

        using var document = JsonDocument.Parse(result.Output);
        var bounce = document.RootElement.GetProperty("explanations").EnumerateArray().Single().GetProperty("bounce");
        var expected = BounceClassifier.Classify(StatusCodes.PersistentTransientFailure.MailboxFull, null, "Status: 4.2.2");
        bounce.GetProperty("type").GetString().Should().Be("soft");
        bounce.GetProperty("reason").GetString().Should().Be(expected.Reason.ToString());
        bounce.GetProperty("reasonName").GetString().Should().Be(expected.Reason.GetDisplayName(CultureInfo.GetCultureInfo("zh-TW")));
        bounce.GetProperty("advice").GetString().Should().Be(expected.Reason.GetDescription(CultureInfo.GetCultureInfo("zh-TW")));
        bounce.GetProperty("retry").GetString().Should().Be("retry-later");
    }

    [Fact]
    public void When_words_decide_the_reason_the_tool_names_them()
    {
        const string Text = "Delivery failed: mailbox full, try again later";
        var expected = BounceClassifier.Classify(null, ReplyCodes.MailboxUnavailable, Text);
        expected.Basis.Should().Be(BounceBasis.CuePhrase, "550 says nothing specific, so a phrase of the text decides");

        var json = CliRun.Run("explain", "--culture", "en", "--json", "550 " + Text);
        var text = CliRun.Run("explain", "--culture", "en", "550 " + Text);

        using var document = JsonDocument.Parse(json.Output);
        var bounce = document.RootElement.GetProperty("explanations")[0].GetProperty("bounce");
        bounce.GetProperty("basis").GetString().Should().Be("cue-phrase");
        bounce.GetProperty("cuePhrase").GetString().Should().Be(expected.CuePhrase);
        ExplainCommandTests.Unwrapped(text.Output).Should().Contain($"Decided by the words \"{expected.CuePhrase}\" in the text.");
    }

    [Fact]
    public void Words_that_say_what_the_code_says_are_shown_as_agreeing_with_it_not_as_deciding()
    {
        const string Line = "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown";
        var expected = BounceClassifier.Classify(Line);
        expected.Basis.Should().Be(BounceBasis.CuePhrase, "5.1.1 leaves room for words, so the classifier reports the phrase it found");
        BounceClassifier.Classify(expected.StatusCode!.Value).Reason.Should().Be(expected.Reason);

        var text = ExplainCommandTests.Unwrapped(CliRun.Run("explain", "--culture", "en", Line).Output);
        text.Should().Contain($"The code 5.1.1 and the words \"{expected.CuePhrase}\" in the text agree.");
        text.Should().NotContain("Decided by the words");
    }

    [Fact]
    public void A_delivered_reply_is_not_a_bounce_and_gets_no_retry_line()
    {
        var result = CliRun.Run("explain", "--culture", "en", "250 2.0.0 Ok: queued as 9F8E7D");

        result.Output.Should().Contain("=> Not a bounce: ").And.NotContain("Retry:");
    }
}
