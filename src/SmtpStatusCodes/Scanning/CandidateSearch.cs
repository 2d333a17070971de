using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SmtpStatusCodes.Internal;
#if NET8_0_OR_GREATER
using System.Numerics;
using System.Runtime.Intrinsics;
#endif

namespace SmtpStatusCodes;

/// <summary>
/// Finds the next place where a code could start: a class digit followed by ".d." (enhanced, subject 0-7) or by two
/// digits and a separator (reply). Bounce text is full of digits (dates, addresses, ids) that are neither, and
/// testing four neighbouring units at once in vector registers skips them without a scalar look at each.
/// Every position the scanner would accept passes this filter; the scanner then checks candidates in full.
/// </summary>
internal static class CandidateSearch
{
    /// <summary>The vector block being walked: where it starts and the candidate bits not yet handed out.</summary>
    internal struct Cursor
    {
        public int Base;
        public uint Mask;
        public bool Valid;
    }

    /// <summary>The first candidate position at or after <paramref name="from"/>, or -1; adds the units looked at to <paramref name="steps"/>.</summary>
    public static int Next<T>(ReadOnlySpan<T> text, int from, ref Cursor cursor, ref long steps)
        where T : unmanaged
    {
#if NET8_0_OR_GREATER
        if (Vector256.IsHardwareAccelerated || Vector128.IsHardwareAccelerated)
        {
            var found = typeof(T) == typeof(byte)
                ? Vectorized(MemoryMarshal.Cast<T, byte>(text), from, ref cursor, ref steps)
                : Vectorized(MemoryMarshal.Cast<T, ushort>(text), from, ref cursor, ref steps);
            if (found != -2)
            {
                return found;
            }

            // -2: the vector loop reached the last few units; the scalar loop finishes them.
            from = Math.Max(from, text.Length - VectorTail(typeof(T) == typeof(byte)));
        }
#endif
        return Scalar(text, from, ref steps);
    }

    private static int Scalar<T>(ReadOnlySpan<T> text, int from, ref long steps)
        where T : unmanaged
    {
        var i = from;
        while (i < text.Length)
        {
            var found = IndexOfClassDigit(text.Slice(i));
            if (found < 0)
            {
                steps += text.Length - i;
                return -1;
            }

            steps += found + 1;
            i += found;
            if (HasShape(text, i))
            {
                return i;
            }

            i++;
        }

        return -1;
    }

    /// <summary>The shape test of the vector loop, for one position.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool HasShape<T>(ReadOnlySpan<T> text, int i)
        where T : unmanaged
    {
        var c = TextUnit.At(text, i);
        if ((uint)(c - '2') > 3 || i + 2 >= text.Length)
        {
            return false;
        }

        var b = TextUnit.At(text, i + 1);
        if (i + 3 == text.Length)
        {
            // A reply code may end the text.
            return (uint)(b - '0') <= 5 && TextUnit.Digit(text, i + 2) <= 9;
        }

        var d = TextUnit.At(text, i + 3);
        if (c != '3' && b == '.' && TextUnit.Digit(text, i + 2) <= 7 && d == '.')
        {
            return true;
        }

        return (uint)(b - '0') <= 5 && TextUnit.Digit(text, i + 2) <= 9 && d is ' ' or '\t' or '-' or '\r' or '\n';
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int IndexOfClassDigit<T>(ReadOnlySpan<T> text)
        where T : unmanaged
    {
        if (typeof(T) == typeof(byte))
        {
            return MemoryMarshal.Cast<T, byte>(text).IndexOfAny("2345"u8);
        }

        return MemoryMarshal.Cast<T, char>(text).IndexOfAny("2345".AsSpan());
    }

#if NET8_0_OR_GREATER
    private static int VectorTail(bool bytes) => (Vector256.IsHardwareAccelerated ? (bytes ? 32 : 16) : (bytes ? 16 : 8)) + 3;

    private static int Vectorized<TUnit>(ReadOnlySpan<TUnit> text, int from, ref Cursor cursor, ref long steps)
        where TUnit : unmanaged, IBinaryInteger<TUnit>, IUnsignedNumber<TUnit>
    {
        // First the candidates left in the block found by the previous call, so a block with several codes is tested once.
        var blockLength = Vector256.IsHardwareAccelerated ? Vector256<TUnit>.Count : Vector128<TUnit>.Count;
        if (cursor.Valid)
        {
            var pending = cursor.Mask;
            while (pending != 0)
            {
                var position = cursor.Base + BitOperations.TrailingZeroCount(pending);
                pending &= pending - 1;
                if (position >= from && HasShape(text, position))
                {
                    cursor.Mask = pending;
                    steps++;
                    return position;
                }
            }

            cursor.Valid = false;
            from = Math.Max(from, cursor.Base + blockLength);
        }

        // The vector test is a cheap superset of both shapes, so it needs few constants (no register spills):
        //   unit 0: a class digit 2-5;
        //   unit 1: '.', '/' or a digit 0-5 ('.' for an enhanced code, 0-5 for a reply code's second digit);
        //   unit 2: a digit;
        //   unit 3: at most '.' (0x2E): '.', or a space, tab, CR, LF or '-' after a reply code, or other punctuation.
        // HasShape then keeps exactly the two shapes.
        ref var start = ref MemoryMarshal.GetReference(text);
        var i = from;
        long scanned = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var two = Vector256.Create(TUnit.CreateTruncating('2'));
            var three = Vector256.Create(TUnit.CreateTruncating(3));
            var dot = Vector256.Create(TUnit.CreateTruncating('.'));
            var seven = Vector256.Create(TUnit.CreateTruncating(7));
            var zero = Vector256.Create(TUnit.CreateTruncating('0'));
            var nine = Vector256.Create(TUnit.CreateTruncating(9));

            // Each step reads units i .. i + 3 + Count - 1, so the loop stops Count + 3 units before the end.
            var last = text.Length - Vector256<TUnit>.Count - 3;
            for (; i <= last; i += Vector256<TUnit>.Count)
            {
                var mask = (Vector256.LessThanOrEqual(Vector256.LoadUnsafe(ref start, (nuint)i) - two, three)
                    & Vector256.LessThanOrEqual(Vector256.LoadUnsafe(ref start, (nuint)(i + 1)) - dot, seven)
                    & Vector256.LessThanOrEqual(Vector256.LoadUnsafe(ref start, (nuint)(i + 2)) - zero, nine)
                    & Vector256.LessThanOrEqual(Vector256.LoadUnsafe(ref start, (nuint)(i + 3)), dot)).ExtractMostSignificantBits();
                while (mask != 0)
                {
                    var offset = BitOperations.TrailingZeroCount(mask);
                    mask &= mask - 1;
                    if (HasShape(text, i + offset))
                    {
                        cursor = new Cursor { Base = i, Mask = mask, Valid = true };
                        steps += scanned + offset + 1;
                        return i + offset;
                    }
                }

                scanned += Vector256<TUnit>.Count;
            }
        }
        else
        {
            var two = Vector128.Create(TUnit.CreateTruncating('2'));
            var three = Vector128.Create(TUnit.CreateTruncating(3));
            var dot = Vector128.Create(TUnit.CreateTruncating('.'));
            var seven = Vector128.Create(TUnit.CreateTruncating(7));
            var zero = Vector128.Create(TUnit.CreateTruncating('0'));
            var nine = Vector128.Create(TUnit.CreateTruncating(9));
            var last = text.Length - Vector128<TUnit>.Count - 3;
            for (; i <= last; i += Vector128<TUnit>.Count)
            {
                var mask = (Vector128.LessThanOrEqual(Vector128.LoadUnsafe(ref start, (nuint)i) - two, three)
                    & Vector128.LessThanOrEqual(Vector128.LoadUnsafe(ref start, (nuint)(i + 1)) - dot, seven)
                    & Vector128.LessThanOrEqual(Vector128.LoadUnsafe(ref start, (nuint)(i + 2)) - zero, nine)
                    & Vector128.LessThanOrEqual(Vector128.LoadUnsafe(ref start, (nuint)(i + 3)), dot)).ExtractMostSignificantBits();
                while (mask != 0)
                {
                    var offset = BitOperations.TrailingZeroCount(mask);
                    mask &= mask - 1;
                    if (HasShape(text, i + offset))
                    {
                        cursor = new Cursor { Base = i, Mask = mask, Valid = true };
                        steps += scanned + offset + 1;
                        return i + offset;
                    }
                }

                scanned += Vector128<TUnit>.Count;
            }
        }

        steps += scanned;
        return -2;
    }
#endif
}
