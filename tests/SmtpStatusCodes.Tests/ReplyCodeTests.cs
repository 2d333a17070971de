using System;
using System.Linq;
using System.Net.Mail;
using System.Runtime.InteropServices;
using System.Text;

namespace SmtpStatusCodes.Tests;

public class ReplyCodeTests
{
    [Fact]
    public void Is_four_bytes() => Marshal.SizeOf<ReplyCode>().Should().Be(4);

    [Theory]
    [InlineData("550", 550, ReplyCodeClass.PermanentNegativeCompletion, ReplyCodeCategory.MailSystem)]
    [InlineData("250", 250, ReplyCodeClass.PositiveCompletion, ReplyCodeCategory.MailSystem)]
    [InlineData("354", 354, ReplyCodeClass.PositiveIntermediate, ReplyCodeCategory.MailSystem)]
    [InlineData("421", 421, ReplyCodeClass.TransientNegativeCompletion, ReplyCodeCategory.Connections)]
    [InlineData("500", 500, ReplyCodeClass.PermanentNegativeCompletion, ReplyCodeCategory.Syntax)]
    [InlineData("214", 214, ReplyCodeClass.PositiveCompletion, ReplyCodeCategory.Information)]
    [InlineData("200", 200, ReplyCodeClass.PositiveCompletion, ReplyCodeCategory.Syntax)]
    [InlineData("559", 559, ReplyCodeClass.PermanentNegativeCompletion, ReplyCodeCategory.MailSystem)]
    public void Parses_three_digit_codes(string text, int value, ReplyCodeClass cls, ReplyCodeCategory category)
    {
        var code = ReplyCode.Parse(text);
        code.Value.Should().Be(value);
        code.Class.Should().Be(cls);
        code.Category.Should().Be(category);
        ReplyCode.Parse(text.AsSpan()).Should().Be(code);
        ReplyCode.Parse(Encoding.UTF8.GetBytes(text)).Should().Be(code);
        ReplyCode.TryParse(text, out var tried).Should().BeTrue();
        tried.Should().Be(code);
        code.ToString().Should().Be(text);
        new ReplyCode(value).Should().Be(code);
    }

    [Theory]
    [InlineData("099", "the first digit must be 2, 3, 4 or 5, found '0' at position 0")]
    [InlineData("600", "the first digit must be 2, 3, 4 or 5, found '6' at position 0")]
    [InlineData("260", "the second digit must be 0 to 5, found '6' at position 1")]
    [InlineData("25", "is 2 characters long; a reply code has exactly 3 digits")]
    [InlineData("2500", "is 4 characters long; a reply code has exactly 3 digits, so its content was not examined")]
    [InlineData("", "the input is empty")]
    [InlineData(" 25", "expected an ASCII digit at position 0, found ' '")]
    [InlineData("25a", "expected an ASCII digit at position 2, found 'a'")]
    [InlineData("+50", "expected an ASCII digit at position 0, found '+'")]
    [InlineData("\uFF15\uFF15\uFF10", "expected an ASCII digit at position 0, found '\uFF15' (U+FF15)")]
    public void Rejects_codes_outside_the_grammar(string input, string reason)
    {
        ReplyCode.TryParse(input, out var result).Should().BeFalse();
        result.IsDefault.Should().BeTrue();
        ReplyCode.TryParse(Encoding.UTF8.GetBytes(input), out _).Should().BeFalse();
        var act = () => ReplyCode.Parse(input);
        act.Should().Throw<FormatException>().Which.Message.Should().StartWith("Invalid SMTP reply code").And.Contain(reason);
    }

    [Fact]
    public void Null_throws_ArgumentNullException()
    {
        var act = () => ReplyCode.Parse((string)null!);
        act.Should().Throw<ArgumentNullException>();
        ReplyCode.TryParse((string?)null, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData(199)]
    [InlineData(560)]
    [InlineData(260)]
    [InlineData(0)]
    [InlineData(-550)]
    [InlineData(1000)]
    public void Constructor_rejects_values_outside_the_grammar(int value)
    {
        var act = () => new ReplyCode(value);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value");
        ReplyCode.IsValid(value).Should().BeFalse();
    }

    [Fact]
    public void Every_code_of_the_grammar_round_trips_and_formats_without_a_new_string()
    {
        var count = 0;
        Span<byte> utf8 = stackalloc byte[3];
        for (var v = 0; v < 1000; v++)
        {
            var valid = ReplyCode.IsValid(v);
            valid.Should().Be(v >= 200 && v < 600 && v / 10 % 10 <= 5, $"{v}");
            if (!valid)
            {
                continue;
            }

            count++;
            var code = new ReplyCode(v);
            var text = code.ToString();
            ReplyCode.Parse(text).Should().Be(code);
            ReferenceEquals(text, code.ToString()).Should().BeTrue();
            code.TryFormat(utf8, out var n).Should().BeTrue();
            Encoding.ASCII.GetString(utf8.Slice(0, n).ToArray()).Should().Be(text);
            code.TryFormat(new char[2], out _).Should().BeFalse();
        }

        count.Should().Be(240);
    }

    [Fact]
    public void Predicates_follow_the_first_digit()
    {
        ReplyCode.Parse("250").IsPositiveCompletion.Should().BeTrue();
        ReplyCode.Parse("354").IsPositiveIntermediate.Should().BeTrue();
        ReplyCode.Parse("354").IsPositive.Should().BeTrue();
        ReplyCode.Parse("451").IsTransient.Should().BeTrue();
        ReplyCode.Parse("550").IsPermanent.Should().BeTrue();
        ReplyCode.Parse("550").IsPositive.Should().BeFalse();
    }

    [Fact]
    public void Default_is_a_documented_sentinel()
    {
        var none = default(ReplyCode);
        none.IsDefault.Should().BeTrue();
        none.IsKnown.Should().BeFalse();
        none.ToString().Should().Be("000");
        none.Title.Should().BeEmpty();
        none.GetDescription().Should().BeEmpty();
    }

    [Fact]
    public void Ordering_and_equality()
    {
        var list = new[] { 550, 250, 421, 354 }.Select(v => new ReplyCode(v)).OrderBy(c => c).Select(c => c.Value);
        list.Should().Equal(250, 354, 421, 550);
        (new ReplyCode(550) == ReplyCode.Parse("550")).Should().BeTrue();
        (new ReplyCode(550) != new ReplyCode(551)).Should().BeTrue();
        (new ReplyCode(250) < new ReplyCode(550)).Should().BeTrue();
        (new ReplyCode(250) <= new ReplyCode(250)).Should().BeTrue();
        (new ReplyCode(550) > new ReplyCode(250)).Should().BeTrue();
        (new ReplyCode(550) >= new ReplyCode(551)).Should().BeFalse();
        new ReplyCode(550).CompareTo((object?)null).Should().BePositive();
        var act = () => new ReplyCode(550).CompareTo((object)550);
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Converts_to_and_from_System_Net_Mail_SmtpStatusCode()
    {
        ((ReplyCode)SmtpStatusCode.MailboxUnavailable).Value.Should().Be(550);
        ((ReplyCode)SmtpStatusCode.ServiceReady).Value.Should().Be(220);
        ((SmtpStatusCode)new ReplyCode(552)).Should().Be(SmtpStatusCode.ExceededStorageAllocation);
        ((SmtpStatusCode)new ReplyCode(556)).Should().Be((SmtpStatusCode)556);
        foreach (var value in Enum.GetValues(typeof(SmtpStatusCode)).Cast<SmtpStatusCode>().Where(v => (int)v > 0))
        {
            ((SmtpStatusCode)(ReplyCode)value).Should().Be(value);
        }

        var general = () => (ReplyCode)SmtpStatusCode.GeneralFailure;
        general.Should().Throw<ArgumentOutOfRangeException>();
        var none = () => (SmtpStatusCode)default(ReplyCode);
        none.Should().Throw<ArgumentOutOfRangeException>();
    }
}
