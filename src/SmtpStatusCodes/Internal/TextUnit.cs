using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SmtpStatusCodes.Internal;

/// <summary>
/// Reads one code unit of UTF-16 (<see cref="char"/>) or UTF-8 (<see cref="byte"/>) text as an int, so each parser is
/// written once. The type tests are constants to the JIT, which keeps one branch per instantiation.
/// </summary>
internal static class TextUnit
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int At<T>(ReadOnlySpan<T> text, int index)
        where T : unmanaged
    {
#if NET8_0_OR_GREATER
        // The indexer keeps the bounds check; reinterpreting the copied unit costs nothing once the JIT specialises T.
        var unit = text[index];
        if (typeof(T) == typeof(byte))
        {
            return Unsafe.As<T, byte>(ref unit);
        }

        return Unsafe.As<T, char>(ref unit);
#else
        if (typeof(T) == typeof(byte))
        {
            return MemoryMarshal.Cast<T, byte>(text)[index];
        }

        return MemoryMarshal.Cast<T, char>(text)[index];
#endif
    }

    /// <summary>The digit value of a code unit, or a value above 9 when it is not an ASCII digit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Digit<T>(ReadOnlySpan<T> text, int index)
        where T : unmanaged => (uint)(At(text, index) - '0');

    /// <summary>Writes an ASCII code unit into UTF-16 or UTF-8 output.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Set<T>(Span<T> destination, int index, int asciiUnit)
        where T : unmanaged
    {
        if (typeof(T) == typeof(byte))
        {
            MemoryMarshal.Cast<T, byte>(destination)[index] = (byte)asciiUnit;
        }
        else
        {
            MemoryMarshal.Cast<T, char>(destination)[index] = (char)asciiUnit;
        }
    }

    /// <summary>Writes a number 0-999 without leading zeros; returns the units written, or -1 when it does not fit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int WriteNumber<T>(Span<T> destination, int index, int value)
        where T : unmanaged
    {
        var digits = value >= 100 ? 3 : value >= 10 ? 2 : 1;
        if (index + digits > destination.Length)
        {
            return -1;
        }

        for (var i = index + digits - 1; i >= index; i--)
        {
            Set(destination, i, '0' + (value % 10));
            value /= 10;
        }

        return digits;
    }

    /// <summary>Describes the code unit at <paramref name="index"/> for an error message.</summary>
    public static string Describe<T>(ReadOnlySpan<T> text, int index)
        where T : unmanaged
    {
        var unit = At(text, index);
        if (typeof(T) == typeof(byte) && unit >= 0x80)
        {
            return $"byte 0x{unit:X2}";
        }

        if (unit is < 0x20 or 0x7F || (unit >= 0x80 && (char.IsControl((char)unit) || char.IsWhiteSpace((char)unit) || char.IsSurrogate((char)unit))))
        {
            return $"U+{unit:X4}";
        }

        return unit >= 0x80 ? $"'{(char)unit}' (U+{unit:X4})" : $"'{(char)unit}'";
    }

    /// <summary>The most code units of the input an error message quotes.</summary>
    public const int QuoteLimit = 64;

    /// <summary>
    /// Quotes input for an error message: escaped, and cut at <see cref="QuoteLimit"/> code units so a huge input stays
    /// a short message. The cut never splits a character: not a surrogate pair, not a UTF-8 sequence.
    /// </summary>
    public static string Quote<T>(ReadOnlySpan<T> text)
        where T : unmanaged
    {
        var shown = text.Slice(0, QuoteCut(text));
        string decoded;
        if (typeof(T) == typeof(byte))
        {
            decoded = Utf8.Decode(MemoryMarshal.Cast<T, byte>(shown));
        }
        else
        {
            decoded = MemoryMarshal.Cast<T, char>(shown).ToString();
        }

        var builder = new System.Text.StringBuilder(decoded.Length + 16);
        builder.Append('\'');
        for (var i = 0; i < decoded.Length; i++)
        {
            var c = decoded[i];
            switch (c)
            {
                case '\'': builder.Append("\\'"); break;
                case '\\': builder.Append("\\\\"); break;
                case '\r': builder.Append("\\r"); break;
                case '\n': builder.Append("\\n"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    // A lone surrogate is escaped too, so the message is always well-formed UTF-16.
                    if (char.IsControl(c) || (char.IsSurrogate(c) && !char.IsSurrogatePair(decoded, i) && !(i > 0 && char.IsSurrogatePair(decoded, i - 1))))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('\'');
        if (shown.Length < text.Length)
        {
            builder.Append("... (").Append(text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Append(typeof(T) == typeof(byte) ? " bytes)" : " characters)");
        }

        return builder.ToString();
    }

    /// <summary>How many units of <paramref name="text"/> to quote: all, or at most <see cref="QuoteLimit"/>, ending on a character boundary.</summary>
    internal static int QuoteCut<T>(ReadOnlySpan<T> text)
        where T : unmanaged
    {
        var cut = QuoteLimit;
        if (text.Length <= cut)
        {
            return text.Length;
        }

        if (typeof(T) == typeof(byte))
        {
            // Step back over continuation bytes (10xxxxxx) to the lead byte; cut before it when its sequence would not fit.
            var lead = cut;
            while (lead > cut - 3 && (At(text, lead) & 0xC0) == 0x80)
            {
                lead--;
            }

            var unit = At(text, lead);
            var sequenceLength = unit >= 0xF0 ? 4 : unit >= 0xE0 ? 3 : unit >= 0xC0 ? 2 : 1;
            return lead < cut && unit >= 0xC0 && lead + sequenceLength > cut ? lead : cut;
        }

        // A high surrogate last, whose low surrogate would be cut off: quote one unit less.
        return char.IsHighSurrogate((char)At(text, cut - 1)) && char.IsLowSurrogate((char)At(text, cut)) ? cut - 1 : cut;
    }
}
