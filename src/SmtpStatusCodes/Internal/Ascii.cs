using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SmtpStatusCodes.Internal;

/// <summary>Small ASCII helpers over UTF-16 or UTF-8 code units.</summary>
internal static class Ascii
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsBlank(int c) => c is ' ' or '\t' or '\r' or '\n';

    /// <summary>Removes white space, line ends included (folded header lines), from both ends.</summary>
    public static ReadOnlySpan<T> Trim<T>(ReadOnlySpan<T> text)
        where T : unmanaged
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsBlank(TextUnit.At(text, start)))
        {
            start++;
        }

        while (end > start && IsBlank(TextUnit.At(text, end - 1)))
        {
            end--;
        }

        return text.Slice(start, end - start);
    }

    /// <summary>ASCII case-insensitive equality of <paramref name="text"/> with a lower-case ASCII word.</summary>
    public static bool EqualsIgnoreCase<T>(ReadOnlySpan<T> text, string lowerWord)
        where T : unmanaged
    {
        if (text.Length != lowerWord.Length)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = TextUnit.At(text, i);
            if (c is >= 'A' and <= 'Z')
            {
                c |= 0x20;
            }

            if (c != lowerWord[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The index of the first code unit equal to an ASCII character at or after <paramref name="start"/>, or -1.</summary>
    public static int IndexOf<T>(ReadOnlySpan<T> text, char value, int start = 0)
        where T : unmanaged
    {
        if (start >= text.Length)
        {
            return -1;
        }

        // The span searches are vectorised; the type tests are constants to the JIT.
        var found = typeof(T) == typeof(byte)
            ? MemoryMarshal.Cast<T, byte>(text).Slice(start).IndexOf((byte)value)
            : MemoryMarshal.Cast<T, char>(text).Slice(start).IndexOf(value);
        return found < 0 ? -1 : start + found;
    }

    /// <summary>The index of the first CR or LF at or after <paramref name="start"/> (which must be within the text), or -1.</summary>
    public static int IndexOfLineBreak<T>(ReadOnlySpan<T> text, int start)
        where T : unmanaged
    {
        var found = typeof(T) == typeof(byte)
            ? MemoryMarshal.Cast<T, byte>(text).Slice(start).IndexOfAny((byte)'\r', (byte)'\n')
            : MemoryMarshal.Cast<T, char>(text).Slice(start).IndexOfAny('\r', '\n');
        return found < 0 ? -1 : start + found;
    }
}
