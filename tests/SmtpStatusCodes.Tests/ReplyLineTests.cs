using System;
using System.Linq;
using System.Text;
using SmtpStatusCodes.Tests.TestSupport;

namespace SmtpStatusCodes.Tests;

public class ReplyLineTests
{
    public static TheoryData<string> CorpusLines()
    {
        var data = new TheoryData<string>();
        foreach (var c in Corpus.ReplyLines())
        {
            data.Add(c.Line);
        }

        return data;
    }

    [Fact]
    public void The_corpus_holds_at_least_60_valid_lines_and_some_invalid_ones()
    {
        var cases = Corpus.ReplyLines().ToList();
        cases.Count(c => c.Valid).Should().BeGreaterThanOrEqualTo(60);
        cases.Count(c => !c.Valid).Should().BeGreaterThanOrEqualTo(10);
    }

    [Theory]
    [MemberData(nameof(CorpusLines))]
    public void Every_corpus_line_parses_as_expected_from_chars_and_utf8_with_any_line_end(string line)
    {
        var expected = Corpus.ReplyLines().First(c => c.Line == line);
        foreach (var ending in new[] { "", "\r\n", "\n", "\r" })
        {
            var text = line + ending;
            var ok = ReplyLine.TryParse(text.AsSpan(), out var reply);
            ok.Should().Be(expected.Valid, $"'{text}'");
            var okUtf8 = Utf8ReplyLine.TryParse(Encoding.UTF8.GetBytes(text), out var utf8);
            okUtf8.Should().Be(expected.Valid);
            if (!expected.Valid)
            {
                Action act = () => ReplyLine.Parse(text.AsSpan());
                act.Should().Throw<FormatException>().Which.Message.Should().StartWith("Invalid SMTP reply line");
                continue;
            }

            reply.Code.ToString().Should().Be(expected.Code);
            reply.IsLast.Should().Be(expected.Last);
            (reply.StatusCode?.ToString() ?? string.Empty).Should().Be(expected.Status);
            reply.Text.ToString().Should().Be(expected.Text);
            reply.Line.ToString().Should().Be(line);

            utf8.Code.Should().Be(reply.Code);
            utf8.IsLast.Should().Be(reply.IsLast);
            utf8.StatusCode.Should().Be(reply.StatusCode);
            Encoding.UTF8.GetString(utf8.Text.ToArray()).Should().Be(expected.Text);
            utf8.IsConsistent.Should().Be(reply.IsConsistent);
        }
    }

    [Theory]
    [InlineData("550-5.1.1 The email account", 550, false, "5.1.1", "The email account")]
    [InlineData("550 5.1.1 text", 550, true, "5.1.1", "text")]
    [InlineData("550 text", 550, true, null, "text")]
    [InlineData("550", 550, true, null, "")]
    [InlineData("250 ", 250, true, null, "")]
    [InlineData("550 5.1.1", 550, true, "5.1.1", "")]
    [InlineData("550 5.1.1    spaced", 550, true, "5.1.1", "spaced")]
    [InlineData("354 2.0.0 not a status on 3xx", 354, true, null, "2.0.0 not a status on 3xx")]
    [InlineData("550 #5.1.1 hash", 550, true, null, "#5.1.1 hash")]
    [InlineData("550 5.1.1: colon", 550, true, null, "5.1.1: colon")]
    [InlineData("550 5.01.1 zero", 550, true, null, "5.01.1 zero")]
    [InlineData("250-234 Text beginning with numbers", 250, false, null, "234 Text beginning with numbers")]
    public void Parses_the_forms_RFC_5321_and_RFC_2034_allow(string line, int code, bool last, string? status, string text)
    {
        var reply = ReplyLine.Parse(line.AsSpan());
        reply.Code.Value.Should().Be(code);
        reply.IsLast.Should().Be(last);
        reply.StatusCode?.ToString().Should().Be(status);
        if (status is null)
        {
            reply.StatusCode.Should().BeNull();
        }

        reply.Text.ToString().Should().Be(text);
    }

    [Fact]
    public void A_class_mismatch_is_reported_and_both_codes_stay_visible()
    {
        var reply = ReplyLine.Parse("550 4.1.1 mismatch".AsSpan());
        reply.IsConsistent.Should().BeFalse();
        reply.Code.Value.Should().Be(550);
        reply.StatusCode.Should().Be(StatusCode.Parse("4.1.1"));
        ReplyLine.Parse("450 4.1.1 fine".AsSpan()).IsConsistent.Should().BeTrue();
        ReplyLine.Parse("250 fine".AsSpan()).IsConsistent.Should().BeTrue();
        ReplyLine.Parse("550 4.1.1 mismatch".AsSpan()).ToReply().IsConsistent.Should().BeFalse();
    }

    [Theory]
    [InlineData("55", "shorter than a three-digit reply code")]
    [InlineData("", "the line is empty")]
    [InlineData("5501 x", "expected ' ', '-' or the end of the line after the reply code at position 3, found '1'")]
    [InlineData("650 x", "the first digit must be 2, 3, 4 or 5")]
    [InlineData("a50 x", "expected an ASCII digit at position 0")]
    public void Parse_says_what_is_wrong(string line, string reason)
    {
        Action act = () => ReplyLine.Parse(line.AsSpan());
        act.Should().Throw<FormatException>().Which.Message.Should().Contain(reason);
        Action actUtf8 = () => Utf8ReplyLine.Parse(Encoding.UTF8.GetBytes(line));
        actUtf8.Should().Throw<FormatException>().Which.Message.Should().Contain(reason);
    }

    [Theory]
    [InlineData("250 OK\r", "OK")]
    [InlineData("250 OK\r\n", "OK")]
    [InlineData("250 OK\n", "OK")]
    [InlineData("250 5.1.1\r", "")]
    [InlineData("250\r", "")]
    public void A_lone_CR_at_the_end_is_a_line_end_not_text(string line, string text)
    {
        // Defect: "250 OK\r" gave the text "OK\r" although the text never holds CR or LF.
        ReplyLine.TryParse(line.AsSpan(), out var chars).Should().BeTrue();
        chars.Text.ToString().Should().Be(text);
        chars.Line.ToString().Should().Be(line.TrimEnd('\r', '\n'));
        Utf8ReplyLine.TryParse(Encoding.UTF8.GetBytes(line), out var bytes).Should().BeTrue();
        Encoding.UTF8.GetString(bytes.Text.ToArray()).Should().Be(text);
    }

    [Theory]
    [InlineData("250 a\rb", 5, "U+000D")]
    [InlineData("250-a\r250 b\r\n", 5, "U+000D")]
    [InlineData("250 a\nb", 5, "U+000A")]
    [InlineData("250 OK\r\r\n", 6, "U+000D")]
    [InlineData("250 OK\n\n", 6, "U+000A")]
    [InlineData("25\r0", 2, "U+000D")]
    public void A_CR_or_LF_inside_the_line_makes_it_invalid(string line, int position, string unit)
    {
        ReplyLine.TryParse(line.AsSpan(), out _).Should().BeFalse();
        Utf8ReplyLine.TryParse(Encoding.UTF8.GetBytes(line), out _).Should().BeFalse();
        var reason = $"a line break ({unit}) at position {position} inside the line";
        Action chars = () => ReplyLine.Parse(line.AsSpan());
        chars.Should().Throw<FormatException>().Which.Message.Should().Contain(reason);
        Action bytes = () => Utf8ReplyLine.Parse(Encoding.UTF8.GetBytes(line));
        bytes.Should().Throw<FormatException>().Which.Message.Should().Contain(reason);
    }

    [Fact]
    public void ToReply_copies_what_it_needs()
    {
        var buffer = "550-5.1.1 gone\r\n".ToCharArray();
        var owned = ReplyLine.Parse(buffer).ToReply();
        Array.Clear(buffer, 0, buffer.Length);
        owned.Code.Value.Should().Be(550);
        owned.StatusCode.Should().Be(StatusCode.Parse("5.1.1"));
        owned.Lines.Should().Equal("gone");
        owned.Text.Should().Be("gone");
        Utf8ReplyLine.Parse("250 2.0.0 \u00fcberall ok"u8).ToReply().Text.Should().Be("\u00fcberall ok");
    }

    [Fact]
    public void Parsing_a_reply_line_allocates_nothing()
    {
        var chars = "550-5.1.1 The email account that you tried to reach does not exist.\r\n";
        var bytes = Encoding.UTF8.GetBytes(chars);
        Allocations.Measure(() =>
        {
            ReplyLine.TryParse(chars.AsSpan(), out var a);
            _ = a.StatusCode;
            _ = a.Text;
            Utf8ReplyLine.TryParse(bytes, out var b);
            _ = b.IsConsistent;
            _ = b.Text;
        }).Should().Be(0);
    }
}
