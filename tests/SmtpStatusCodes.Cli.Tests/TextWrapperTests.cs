using System.Linq;

namespace SmtpStatusCodes.Cli.Tests;

public sealed class TextWrapperTests
{
    [Fact]
    public void Latin_text_breaks_at_spaces_within_the_width()
    {
        var lines = TextWrapper.Wrap("The recipient's mailbox does not exist; check the address for typos.", 20);

        lines.Should().Equal("The recipient's", "mailbox does not", "exist; check the", "address for typos.");
    }

    [Fact]
    public void Chinese_text_breaks_between_characters_and_counts_two_columns_each()
    {
        var lines = TextWrapper.Wrap("收件者信箱地址錯誤：信箱不存在", 10);

        lines.Should().OnlyContain(l => DisplayWidth.Of(l) <= 10);
        string.Concat(lines).Should().Be("收件者信箱地址錯誤：信箱不存在");
        lines[0].Should().Be("收件者信箱");
    }

    [Fact]
    public void Closing_punctuation_never_starts_a_line()
    {
        var lines = TextWrapper.Wrap("收件者信箱地址錯誤：信箱不存在。", 18);

        lines.Skip(1).Should().OnlyContain(l => !l.StartsWith('：') && !l.StartsWith('。'));
        string.Concat(lines).Should().Be("收件者信箱地址錯誤：信箱不存在。");
    }

    [Fact]
    public void A_word_wider_than_the_line_is_cut_not_dropped()
    {
        var url = "https://example.org/" + new string('y', 50);
        var lines = TextWrapper.Wrap("see " + url, 30);

        lines.Should().OnlyContain(l => l.Length <= 30);
        string.Concat(lines).Replace(" ", string.Empty, System.StringComparison.Ordinal).Should().Be("see" + url);
    }
}
