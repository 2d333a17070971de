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

        packed = CodePacking.Pack((int)statusClass, subject, detail);
        return ParseError.None;
    }

    /// <summary>
    /// The strict grammar as a plain yes or no, for TryParse: no error position, no lenient branch, small enough to
    /// inline. <see cref="ParseStatusCode"/> explains a failure when Parse needs to.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryParseStatusCode<T>(ReadOnlySpan<T> text, out int packed)
        where T : unmanaged
    {
        packed = 0;
        var length = text.Length;
        if ((uint)(length - 5) > MaxStatusCodeLength - 5)
        {
            return false;
        }

        // Bits 2, 4 and 5 of 0b110100 are the valid classes.
        var statusClass = TextUnit.Digit(text, 0);
        if (statusClass > 5 || ((0b110100 >> (int)statusClass) & 1) == 0 || TextUnit.At(text, 1) != '.')
        {
            return false;
        }

        var index = 2;
        if (!TryReadPart(text, ref index, out var subject) || index >= length || TextUnit.At(text, index) != '.')
        {
            return false;
        }

        index++;
        if (!TryReadPart(text, ref index, out var detail) || index != length)
        {
            return false;
        }

        packed = CodePacking.Pack((int)statusClass, subject, detail);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryReadPart<T>(ReadOnlySpan<T> text, ref int index, out int value)
        where T : unmanaged
    {
        value = 0;
        var start = index;
        uint digit;
        while (index < text.Length && (digit = TextUnit.Digit(text, index)) <= 9)
        {
            value = (value * 10) + (int)digit;
            index++;
        }

        var digits = index - start;
        return digits is >= 1 and <= 3 && (digits == 1 || TextUnit.At(text, start) != '0');
    }

    /// <summary>Exactly three ASCII digits, 2-5, 0-5, 0-9, as a plain yes or no.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryParseReplyCode<T>(ReadOnlySpan<T> text, out int value)
        where T : unmanaged
    {
        value = 0;
        if (text.Length != 3)
        {
            return false;
        }

        var a = TextUnit.Digit(text, 0) - 2;
        var b = TextUnit.Digit(text, 1);
        var c = TextUnit.Digit(text, 2);
        if (a > 3 || b > 5 || c > 9)
        {
            return false;
        }

        value = (int)(((a + 2) * 100) + (b * 10) + c);
        return true;
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
