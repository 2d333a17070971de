using System;
using System.Globalization;

namespace SmtpStatusCodes.Internal;

/// <summary>Builds the exceptions and messages for failed parses. Only error paths come here.</summary>
internal static class ParseErrors
{
    public static FormatException StatusCode<T>(ReadOnlySpan<T> text, ParseError error, int position)
        where T : unmanaged =>
        new($"Invalid SMTP enhanced status code {TextUnit.Quote(text)}: {StatusCodeReason(text, error, position)}.");

    public static FormatException ReplyCode<T>(ReadOnlySpan<T> text, ParseError error, int position)
        where T : unmanaged =>
        new($"Invalid SMTP reply code {TextUnit.Quote(text)}: {ReplyCodeReason(text, error, position)}.");

    public static string StatusCodeReason<T>(ReadOnlySpan<T> text, ParseError error, int position)
        where T : unmanaged
    {
        var unit = typeof(T) == typeof(byte) ? "bytes" : "characters";
        var part = PartName(text, position);
        return error switch
        {
            ParseError.Empty => "the input is empty; expected class.subject.detail such as '5.1.1'",
            ParseError.TooLong => $"the input is {text.Length.ToString(CultureInfo.InvariantCulture)} {unit} long, longer than the longest valid code ('5.999.999', {CodeParser.MaxStatusCodeLength} {unit}), so its content was not examined",
            ParseError.InvalidClass => $"class must be 2, 4 or 5, found {TextUnit.Describe(text, 0)} at position 0",
            ParseError.ExpectedDot => position >= text.Length
                ? $"expected '.' at position {Pos(position)}, found the end of the input"
                : $"expected '.' at position {Pos(position)}, found {TextUnit.Describe(text, position)}",
            ParseError.PartMissing => $"{part} is missing at position {Pos(position)} (the input ends)",
            ParseError.PartNotDigit => $"{part} must start with an ASCII digit at position {Pos(position)}, found {TextUnit.Describe(text, position)}",
            ParseError.LeadingZero => $"{part} has a leading zero at position {Pos(position)} (RFC 3463 section 2 forbids leading zeros)",
            ParseError.TooManyDigits => $"{part} has more than 3 digits at position {Pos(position)}",
            ParseError.TrailingCharacter => $"unexpected {TextUnit.Describe(text, position)} at position {Pos(position)} after the detail",
            _ => "the input is not a status code",
        };
    }

    public static string ReplyCodeReason<T>(ReadOnlySpan<T> text, ParseError error, int position)
        where T : unmanaged
    {
        var unit = typeof(T) == typeof(byte) ? "bytes" : "characters";
        return error switch
        {
            ParseError.Empty => "the input is empty; expected three digits such as '550'",
            ParseError.TooLong => $"the input is {text.Length.ToString(CultureInfo.InvariantCulture)} {unit} long; a reply code has exactly 3 digits, so its content was not examined",
            ParseError.TooShort => $"the input is {text.Length.ToString(CultureInfo.InvariantCulture)} {unit} long; a reply code has exactly 3 digits",
            ParseError.NotDigit => $"expected an ASCII digit at position {Pos(position)}, found {TextUnit.Describe(text, position)}",
            ParseError.InvalidFirstDigit => $"the first digit must be 2, 3, 4 or 5, found {TextUnit.Describe(text, position)} at position {Pos(position)}",
            ParseError.InvalidSecondDigit => $"the second digit must be 0 to 5, found {TextUnit.Describe(text, position)} at position {Pos(position)}",
            _ => "the input is not a reply code",
        };
    }

    private static string PartName<T>(ReadOnlySpan<T> text, int position)
        where T : unmanaged
    {
        // The subject starts at 2; anything after the second dot is the detail.
        var dots = 0;
        for (var i = 0; i < position && i < text.Length; i++)
        {
            if (TextUnit.At(text, i) == '.')
            {
                dots++;
            }
        }

        return dots >= 2 ? "detail" : "subject";
    }

    private static string Pos(int position) => position.ToString(CultureInfo.InvariantCulture);
}
