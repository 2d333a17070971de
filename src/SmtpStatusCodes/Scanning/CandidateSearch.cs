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
    /// <summary>The first candidate position at or after <paramref name="from"/>, or -1; adds the units looked at to <paramref name="steps"/>.</summary>
    public static int Next<T>(ReadOnlySpan<T> text, int from, ref long steps)
        where T : unmanaged
    {
#if NET8_0_OR_GREATER
        if (Vector256.IsHardwareAccelerated || Vector128.IsHardwareAccelerated)
        {
            var found = typeof(T) == typeof(byte)
                ? Vectorized(MemoryMarshal.Cast<T, byte>(text), from, ref steps)
                : Vectorized(MemoryMarshal.Cast<T, ushort>(text), from, ref steps);
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

    private static int Vectorized<TUnit>(ReadOnlySpan<TUnit> text, int from, ref long steps)
        where TUnit : unmanaged, IBinaryInteger<TUnit>, IUnsignedNumber<TUnit>
    {
        ref var start = ref MemoryMarshal.GetReference(text);
        var i = from;
        if (Vector256.IsHardwareAccelerated)
        {
            // Each load reads units i .. i + 3 + Count - 1, so the loop stops Count + 3 units before the end.
            var last = text.Length - Vector256<TUnit>.Count - 3;
            while (i <= last)
            {
                var mask = Mask256(ref start, i);
                if (mask != 0)
                {
                    var offset = BitOperations.TrailingZeroCount(mask);
                    steps += offset + 1;
                    return i + offset;
                }

                steps += Vector256<TUnit>.Count;
                i += Vector256<TUnit>.Count;
            }
        }
        else
        {
            var last = text.Length - Vector128<TUnit>.Count - 3;
            while (i <= last)
            {
                var mask = Mask128(ref start, i);
                if (mask != 0)
                {
                    var offset = BitOperations.TrailingZeroCount(mask);
                    steps += offset + 1;
                    return i + offset;
                }

                steps += Vector128<TUnit>.Count;
                i += Vector128<TUnit>.Count;
            }
        }

        return -2;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Mask256<TUnit>(ref TUnit start, int i)
        where TUnit : unmanaged, IBinaryInteger<TUnit>, IUnsignedNumber<TUnit>
    {
        var v0 = Vector256.LoadUnsafe(ref start, (nuint)i);
        var v1 = Vector256.LoadUnsafe(ref start, (nuint)(i + 1));
        var v2 = Vector256.LoadUnsafe(ref start, (nuint)(i + 2));
        var v3 = Vector256.LoadUnsafe(ref start, (nuint)(i + 3));
        var isClass = Vector256.LessThanOrEqual(v0 - Vector256.Create(TUnit.CreateTruncating('2')), Vector256.Create(TUnit.CreateTruncating(3)));
        var enhanced = Vector256.Equals(v1, Vector256.Create(TUnit.CreateTruncating('.')))
            & Vector256.LessThanOrEqual(v2 - Vector256.Create(TUnit.CreateTruncating('0')), Vector256.Create(TUnit.CreateTruncating(7)))
            & Vector256.Equals(v3, Vector256.Create(TUnit.CreateTruncating('.')))
            & ~Vector256.Equals(v0, Vector256.Create(TUnit.CreateTruncating('3')));
        var separator = Vector256.Equals(v3, Vector256.Create(TUnit.CreateTruncating(' ')))
            | Vector256.Equals(v3, Vector256.Create(TUnit.CreateTruncating('-')))
            | Vector256.Equals(v3, Vector256.Create(TUnit.CreateTruncating('\t')))
            | Vector256.Equals(v3, Vector256.Create(TUnit.CreateTruncating('\r')))
            | Vector256.Equals(v3, Vector256.Create(TUnit.CreateTruncating('\n')));
        var reply = Vector256.LessThanOrEqual(v1 - Vector256.Create(TUnit.CreateTruncating('0')), Vector256.Create(TUnit.CreateTruncating(5)))
            & Vector256.LessThanOrEqual(v2 - Vector256.Create(TUnit.CreateTruncating('0')), Vector256.Create(TUnit.CreateTruncating(9)))
            & separator;
        return (isClass & (enhanced | reply)).ExtractMostSignificantBits();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Mask128<TUnit>(ref TUnit start, int i)
        where TUnit : unmanaged, IBinaryInteger<TUnit>, IUnsignedNumber<TUnit>
    {
        var v0 = Vector128.LoadUnsafe(ref start, (nuint)i);
        var v1 = Vector128.LoadUnsafe(ref start, (nuint)(i + 1));
        var v2 = Vector128.LoadUnsafe(ref start, (nuint)(i + 2));
        var v3 = Vector128.LoadUnsafe(ref start, (nuint)(i + 3));
        var isClass = Vector128.LessThanOrEqual(v0 - Vector128.Create(TUnit.CreateTruncating('2')), Vector128.Create(TUnit.CreateTruncating(3)));
        var enhanced = Vector128.Equals(v1, Vector128.Create(TUnit.CreateTruncating('.')))
            & Vector128.LessThanOrEqual(v2 - Vector128.Create(TUnit.CreateTruncating('0')), Vector128.Create(TUnit.CreateTruncating(7)))
            & Vector128.Equals(v3, Vector128.Create(TUnit.CreateTruncating('.')))
            & ~Vector128.Equals(v0, Vector128.Create(TUnit.CreateTruncating('3')));
        var separator = Vector128.Equals(v3, Vector128.Create(TUnit.CreateTruncating(' ')))
            | Vector128.Equals(v3, Vector128.Create(TUnit.CreateTruncating('-')))
            | Vector128.Equals(v3, Vector128.Create(TUnit.CreateTruncating('\t')))
            | Vector128.Equals(v3, Vector128.Create(TUnit.CreateTruncating('\r')))
            | Vector128.Equals(v3, Vector128.Create(TUnit.CreateTruncating('\n')));
        var reply = Vector128.LessThanOrEqual(v1 - Vector128.Create(TUnit.CreateTruncating('0')), Vector128.Create(TUnit.CreateTruncating(5)))
            & Vector128.LessThanOrEqual(v2 - Vector128.Create(TUnit.CreateTruncating('0')), Vector128.Create(TUnit.CreateTruncating(9)))
            & separator;
        return (isClass & (enhanced | reply)).ExtractMostSignificantBits();
    }
#endif
}
