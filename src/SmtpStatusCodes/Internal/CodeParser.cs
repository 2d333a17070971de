using System;
using System.Runtime.CompilerServices;

namespace SmtpStatusCodes.Internal;

/// <summary>
/// The one parsing core behind every Parse, TryParse and every reader: strict RFC 3463 and RFC 5321 grammar over
/// UTF-16 or UTF-8 code units. It never throws and never allocates; on failure it says what and where.
/// </summary>
internal static class CodeParser
{
    /// <summary>The longest valid enhanced status code, "5.999.999".</summary>
    public const int MaxStatusCodeLength = 9;

    /// <summary>
    /// Parses exactly the whole of <paramref name="text"/> as class "." subject "." detail (RFC 3463 section 2).
    /// With <paramref name="lenient"/>, leading zeros are accepted (and <paramref name="strictError"/> still tells
    /// whether the strict grammar would have refused it).
    /// </summary>
    public static ParseError ParseStatusCode<T>(ReadOnlySpan<T> text, bool lenient, out int packed, out int position, out ParseError strictError)
        where T : unmanaged
    {
        packed = 0;
        position = 0;
        strictError = ParseError.None;
        var length = text.Length;
        if (length == 0)
        {
            return ParseError.Empty;
        }

        // Refuse by length before looking at the content: a megabyte of digits costs one comparison.
        if (length > MaxStatusCodeLength)
        {
            return ParseError.TooLong;
        }

        var statusClass = TextUnit.Digit(text, 0);
        if (statusClass is not (2 or 4 or 5))
        {
            return ParseError.InvalidClass;
        }

        if (length < 2 || TextUnit.At(text, 1) != '.')
        {
            position = 1;
            return ParseError.ExpectedDot;
        }

        var index = 2;
        var error = ReadPart(text, ref index, lenient, out var subject, out position, ref strictError);
        if (error != ParseError.None)
        {
            return error;
        }

        if (index >= length || TextUnit.At(text, index) != '.')
        {
            position = index;
            return ParseError.ExpectedDot;
        }

        index++;
        error = ReadPart(text, ref index, lenient, out var detail, out position, ref strictError);
        if (error != ParseError.None)
        {
            return error;
        }

        if (index != length)
        {
            position = index;
            return ParseError.TrailingCharacter;
        }

        packed = StatusCode.Pack((int)statusClass, subject, detail);
        return ParseError.None;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ParseError ReadPart<T>(ReadOnlySpan<T> text, ref int index, bool lenient, out int value, out int position, ref ParseError strictError)
        where T : unmanaged
    {
        value = 0;
        position = index;
        var start = index;
        if (index >= text.Length)
        {
            return ParseError.PartMissing;
        }

        var digit = TextUnit.Digit(text, index);
        if (digit > 9)
        {
            return ParseError.PartNotDigit;
        }

        value = (int)digit;
        index++;
        while (index < text.Length && (digit = TextUnit.Digit(text, index)) <= 9)
        {
            if (index - start == 3)
            {
                position = start;
                return ParseError.TooManyDigits;
            }

            value = (value * 10) + (int)digit;
            index++;
        }

        if (index - start > 1 && TextUnit.At(text, start) == '0')
        {
            if (!lenient)
            {
                position = start;
                return ParseError.LeadingZero;
            }

            if (strictError == ParseError.None)
            {
                strictError = ParseError.LeadingZero;
            }
        }

        return ParseError.None;
    }

    /// <summary>Parses exactly three ASCII digits: 2-5, 0-5, 0-9 (RFC 5321 section 4.2).</summary>
    public static ParseError ParseReplyCode<T>(ReadOnlySpan<T> text, out int value, out int position)
        where T : unmanaged
    {
        value = 0;
        position = 0;
        if (text.Length != 3)
        {
            position = Math.Min(text.Length, 3);
            return text.Length == 0 ? ParseError.Empty : text.Length > 3 ? ParseError.TooLong : ParseError.TooShort;
        }

        return ReadReplyDigits(text, out value, out position);
    }

    /// <summary>Reads the three digits at the start of <paramref name="text"/> (which has at least three units).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ParseError ReadReplyDigits<T>(ReadOnlySpan<T> text, out int value, out int position)
        where T : unmanaged
    {
        value = 0;
        var a = TextUnit.Digit(text, 0);
        var b = TextUnit.Digit(text, 1);
        var c = TextUnit.Digit(text, 2);
        if (a - 2 > 3)
        {
            position = 0;
            return a > 9 ? ParseError.NotDigit : ParseError.InvalidFirstDigit;
        }

        if (b > 5)
        {
            position = 1;
            return b > 9 ? ParseError.NotDigit : ParseError.InvalidSecondDigit;
        }

        if (c > 9)
        {
            position = 2;
            return ParseError.NotDigit;
        }

        position = 0;
        value = (int)((a * 100) + (b * 10) + c);
        return ParseError.None;
    }
}
