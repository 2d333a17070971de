using System;
using System.Text;

namespace SmtpStatusCodes.Tests;

public class StatusCodeParsingTests
{
    [Theory]
    [InlineData("2.0.0", StatusClass.Success, 0, 0)]
    [InlineData("4.2.2", StatusClass.PersistentTransientFailure, 2, 2)]
    [InlineData("5.1.1", StatusClass.PermanentFailure, 1, 1)]
    [InlineData("5.7.26", StatusClass.PermanentFailure, 7, 26)]
    [InlineData("5.1.10", StatusClass.PermanentFailure, 1, 10)]
    [InlineData("5.7.133", StatusClass.PermanentFailure, 7, 133)]
    [InlineData("4.999.999", StatusClass.PersistentTransientFailure, 999, 999)]
    [InlineData("2.100.0", StatusClass.Success, 100, 0)]
    public void Parses_valid_codes_from_chars_and_utf8(string text, StatusClass cls, int subject, int detail)
    {
        var fromString = StatusCode.Parse(text);
        var fromSpan = StatusCode.Parse(text.AsSpan());
        var fromUtf8 = StatusCode.Parse(Encoding.UTF8.GetBytes(text));

        fromString.Class.Should().Be(cls);
        fromString.Subject.Should().Be(subject);
        fromString.Detail.Should().Be(detail);
        fromSpan.Should().Be(fromString);
        fromUtf8.Should().Be(fromString);
        StatusCode.TryParse(text, out var tried).Should().BeTrue();
        tried.Should().Be(fromString);
        fromString.ToString().Should().Be(text);
    }

    public static TheoryData<string, string> BadInputs => new()
    {
        { "", "the input is empty" },
        { " 5.1.1", "class must be 2, 4 or 5, found ' ' at position 0" },
        { "5.1.1 ", "unexpected ' ' at position 5 after the detail" },
        { "5.1", "expected '.' at position 3, found the end of the input" },
        { "5.1.1.1", "unexpected '.' at position 5 after the detail" },
        { "5..1", "subject must start with an ASCII digit at position 2, found '.'" },
        { "5.1.", "detail is missing at position 4" },
        { ".1.1", "class must be 2, 4 or 5, found '.' at position 0" },
        { "1.1.1", "class must be 2, 4 or 5, found '1' at position 0" },
        { "3.1.1", "class must be 2, 4 or 5, found '3' at position 0" },
        { "6.1.1", "class must be 2, 4 or 5, found '6' at position 0" },
        { "5.01.1", "subject has a leading zero at position 2" },
        { "5.1.01", "detail has a leading zero at position 4" },
        { "5.1000.1", "subject has more than 3 digits at position 2" },
        { "5.1.1000", "detail has more than 3 digits at position 4" },
        { "+5.1.1", "class must be 2, 4 or 5, found '+' at position 0" },
        { "-5.1.1", "class must be 2, 4 or 5, found '-' at position 0" },
        { "5.1.1\0", "unexpected U+0000 at position 5 after the detail" },
        { "\u0665.\u0661.\u0661", "class must be 2, 4 or 5, found '\u0665' (U+0665) at position 0" },
        { "\uFF15.\uFF11.\uFF11", "class must be 2, 4 or 5, found '\uFF15' (U+FF15) at position 0" },
        { "55.1.1", "expected '.' at position 1, found '5'" },
        { "5.1.1.1.1.1", "is 11 characters long, longer than the longest valid code ('5.999.999', 9 characters), so its content was not examined" },
        { "5.1a.1", "expected '.' at position 3, found 'a'" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Rejects_bad_input_with_a_specific_message(string input, string reason)
    {
        StatusCode.TryParse(input, out var result).Should().BeFalse();
        result.Should().Be(default(StatusCode));
        StatusCode.TryParse(input.AsSpan(), out _).Should().BeFalse();
        StatusCode.TryParse(Encoding.UTF8.GetBytes(input), out _).Should().BeFalse();

        var act = () => StatusCode.Parse(input);
        var e = act.Should().Throw<FormatException>().Which;
        e.Message.Should().Contain(reason);
        e.Message.Should().StartWith("Invalid SMTP enhanced status code '");
    }

    [Fact]
    public void Null_string_throws_ArgumentNullException_and_TryParse_returns_false()
    {
        var act = () => StatusCode.Parse((string)null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("s");
        StatusCode.TryParse((string?)null, out var result).Should().BeFalse();
        result.IsDefault.Should().BeTrue();
    }

    [Fact]
    public void A_megabyte_of_digits_is_rejected_by_its_length_and_the_message_is_cut()
    {
        var huge = new string('5', 1 << 20);
        var act = () => StatusCode.Parse(huge);
        var message = act.Should().Throw<FormatException>().Which.Message;
        message.Should().Contain("is 1048576 characters long").And.Contain("was not examined");
        message.Length.Should().BeLessThan(400, "the input is quoted only up to 64 characters");
        message.Should().Contain("... (1048576 characters)");
    }

    [Theory]
    [InlineData(new byte[] { 0x35, 0x2E, 0x31, 0x2E, 0xC3 }, "detail must start with an ASCII digit at position 4, found byte 0xC3")]
    [InlineData(new byte[] { 0x35, 0x2E, 0x31, 0x2E, 0x31, 0xC3, 0xA9 }, "unexpected byte 0xC3 at position 5")]
    [InlineData(new byte[] { 0xFF, 0x2E, 0x31, 0x2E, 0x31 }, "class must be 2, 4 or 5, found byte 0xFF at position 0")]
    [InlineData(new byte[] { 0x35, 0x2E, 0xE2, 0x82, 0x2E, 0x31 }, "subject must start with an ASCII digit at position 2, found byte 0xE2")]
    [InlineData(new byte[] { 0xEF, 0xBC, 0x95, 0x2E, 0x31, 0x2E, 0x31 }, "found byte 0xEF at position 0")]
    public void Invalid_utf8_is_rejected_with_the_byte_named(byte[] input, string reason)
    {
        StatusCode.TryParse(input, out _).Should().BeFalse();
        var act = () => StatusCode.Parse(input);
        act.Should().Throw<FormatException>().Which.Message.Should().Contain(reason);
    }

    [Fact]
    public void Error_messages_escape_control_characters_in_the_quoted_input()
    {
        var act = () => StatusCode.Parse("5.1\r\n");
        act.Should().Throw<FormatException>().Which.Message.Should().Contain("'5.1\\r\\n'");
    }

    [Theory]
    [InlineData("5.1.01", "5.1.1")]
    [InlineData("5.01.001", "5.1.1")]
    [InlineData("4.007.0", "4.7.0")]
    public void Lenient_parsing_accepts_leading_zeros_and_reports_the_strict_verdict(string input, string expected)
    {
        StatusCode.TryParseLenient(input.AsSpan(), out var code, out var strict).Should().BeTrue();
        code.ToString().Should().Be(expected);
        strict.Should().BeFalse();
        StatusCode.TryParseLenient(Encoding.UTF8.GetBytes(input), out var fromUtf8, out var strictUtf8).Should().BeTrue();
        fromUtf8.Should().Be(code);
        strictUtf8.Should().BeFalse();
        StatusCode.TryParse(input, out _).Should().BeFalse("strict parsing still refuses leading zeros");
    }

    [Theory]
    [InlineData("5.1.1", true)]
    [InlineData("6.1.1", false)]
    [InlineData("5.1.0001", false)]
    [InlineData(" 5.1.1", false)]
    public void Lenient_parsing_is_strict_about_everything_else(string input, bool accepted)
    {
        StatusCode.TryParseLenient(input.AsSpan(), out _, out var strict).Should().Be(accepted);
        strict.Should().Be(accepted);
    }
}
