using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SmtpStatusCodes.Internal;
#if NET8_0_OR_GREATER
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
#endif

namespace SmtpStatusCodes;

/// <summary>
/// Finds the places where a code could start: a class digit followed by ".d." (enhanced) or by two digits and a
/// separator (reply). Bounce text is full of digits (dates, addresses, ids, base64) that are neither, and classifying
/// 32 units at a time in vector registers skips them without a scalar look at each. Every position the scanner would
/// accept is reported; the scanner then checks each candidate in full.
/// </summary>
internal static class CandidateSearch
{
    /// <summary>Positions per block: bit k of a block's mask stands for the position <c>base + k</c>.</summary>
    /// <remarks>A block classifies 64 units; the last three only serve the look-ahead of the positions before them.</remarks>
    private const int BlockLength = 61;

    private const int WindowLength = 64;

    private const ulong BlockMask = (1UL << BlockLength) - 1;

    /// <summary>
    /// The first block at or after <paramref name="from"/> holding a candidate: returns its base and sets
    /// <paramref name="mask"/> (bit k: position base + k) and <paramref name="end"/> (the first position the block does
    /// not cover); -1 when there is none.
    /// </summary>
    /// <remarks>
    /// Never inlined: inlined into the enumerator and from there into a caller's loop, the vector loop lost its
    /// registers to the caller's state (the digit-free bounce over chars took 900 ns instead of 577 ns in
    /// BenchmarkDotNet, whose harness inlines more than a plain loop does).
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Next<T>(ReadOnlySpan<T> text, int from, out ulong mask, out int end)
        where T : unmanaged
    {
#if NET8_0_OR_GREATER
        if (Vector128.IsHardwareAccelerated)
        {
            var found = typeof(T) == typeof(byte)
                ? Vectorized(MemoryMarshal.Cast<T, byte>(text), ref from, out mask)
                : Vectorized(MemoryMarshal.Cast<T, ushort>(text), ref from, out mask);
            if (found >= 0)
            {
                end = found + BlockLength;
                return found;
            }

            // Vectorized leaves the last three positions (and a text shorter than one window) to the scalar loop.
        }
#endif
        var i = Scalar(text, from);
        mask = i < 0 ? 0UL : 1UL;
        end = i + 1;
        return i;
    }

    private static int Scalar<T>(ReadOnlySpan<T> text, int from)
        where T : unmanaged
    {
        var i = from;
        while (i < text.Length)
        {
            var found = IndexOfClassDigit(text.Slice(i));
            if (found < 0)
            {
                return -1;
            }

            i += found;
            if (HasShape(text, i))
            {
                return i;
            }

            i++;
        }

        return -1;
    }

    /// <summary>The shape the scalar loop looks for, at one position: a class digit, then ".d." or two digits and a separator.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool HasShape<T>(ReadOnlySpan<T> text, int i)
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
    /// <summary>
    /// Walks the text in windows of 64 units, one block of 61 positions each. Each 32 units give three bit masks:
    /// <c>c</c>, a class digit 2-5; <c>e</c>, a digit, '.' or '/'; <c>s</c>, a unit below '/' (every separator a reply
    /// code allows, and '.') or from 0x80. A position is a candidate when <c>c[0] &amp; e[1] &amp; e[2] &amp; s[3]</c>, a
    /// superset of both shapes ("5.1." and "550 "). The last three units of a window only serve the look-ahead of the
    /// positions before them, so the next window starts 61 units on and no state is carried between windows.
    /// Why these three classes: on cores that split 256-bit operations in two (this project's benchmark machine), each
    /// compare and each mask extraction costs two micro-ops, so the loop keeps to one load, five compares or adds and three
    /// extractions per 32 units; a more exact filter costs more than the few candidates it would save.
    /// Returns the block's base, or -1 with <paramref name="from"/> moved to where the scalar loop must go on.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Vectorized<TUnit>(ReadOnlySpan<TUnit> text, ref int from, out ulong mask)
        where TUnit : unmanaged
    {
        ref var start = ref MemoryMarshal.GetReference(text);
        var i = from;
        var last = text.Length - WindowLength;
        for (; i <= last; i += BlockLength)
        {
            var candidates = Candidates(ref start, i);
            if (candidates != 0)
            {
                mask = candidates;
                return i;
            }
        }

        // The tail: one more window, flush with the end of the text, overlapping the last one. Its block covers the
        // positions up to the fourth unit from the end; those already searched are masked out. The last three
        // positions (a reply code may end the text) are left to the scalar loop.
        mask = 0;
        if (last >= 0 && i < last + BlockLength)
        {
            var candidates = Candidates(ref start, last) & (ulong.MaxValue << (i - last));
            if (candidates != 0)
            {
                mask = candidates;
                return last;
            }

            i = last + BlockLength;
        }

        from = i;
        return -1;
    }

    /// <summary>The candidate positions of the window at <paramref name="index"/>: bit k for the position index + k.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Candidates<TUnit>(ref TUnit start, int index)
        where TUnit : unmanaged
    {
        Classify(ref start, index, out var c0, out var e0, out var s0);
        Classify(ref start, index + 32, out var c1, out var e1, out var s1);
        var c = c0 | ((ulong)c1 << 32);
        var e = e0 | ((ulong)e1 << 32);
        var s = s0 | ((ulong)s1 << 32);
        return c & (e >> 1) & (e >> 2) & (s >> 3) & BlockMask;
    }

    /// <summary>The <c>c</c>, <c>e</c> and <c>s</c> masks of the 32 units at <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Classify<TUnit>(ref TUnit start, int index, out uint classDigits, out uint digitsOrDots, out uint low)
        where TUnit : unmanaged
    {
        if (Vector256.IsHardwareAccelerated)
        {
            Vector256<byte> units;
            if (typeof(TUnit) == typeof(byte))
            {
                units = Vector256.LoadUnsafe(ref Unsafe.As<TUnit, byte>(ref start), (nuint)index);
            }
            else
            {
                ref var chars = ref Unsafe.As<TUnit, ushort>(ref start);
                if (Avx2.IsSupported)
                {
                    // vpackuswb packs within 128-bit lanes, so each operand carries chars for both lanes of the result
                    // (0-7 and 16-23, then 8-15 and 24-31), which keeps the units in order without a cross-lane
                    // permute. Saturation turns a char above 0xFF into 0xFF, or 0 from 0x8000, neither a digit nor '.'.
                    units = Avx2.PackUnsignedSaturate(
                        Vector256.Create(Vector128.LoadUnsafe(ref chars, (nuint)index), Vector128.LoadUnsafe(ref chars, (nuint)(index + 16))).AsInt16(),
                        Vector256.Create(Vector128.LoadUnsafe(ref chars, (nuint)(index + 8)), Vector128.LoadUnsafe(ref chars, (nuint)(index + 24))).AsInt16());
                }
                else
                {
                    // Narrowing keeps the low byte of each char: a char above 0xFF may look like an ASCII unit here,
                    // which only adds a candidate that the full check then rejects.
                    units = Vector256.Narrow(
                        Vector256.LoadUnsafe(ref chars, (nuint)index),
                        Vector256.LoadUnsafe(ref chars, (nuint)(index + 16)));
                }
            }

            Classify(units, out classDigits, out digitsOrDots, out low);
        }
        else
        {
            Vector128<byte> first, second;
            if (typeof(TUnit) == typeof(byte))
            {
                ref var bytes = ref Unsafe.As<TUnit, byte>(ref start);
                first = Vector128.LoadUnsafe(ref bytes, (nuint)index);
                second = Vector128.LoadUnsafe(ref bytes, (nuint)(index + 16));
            }
            else
            {
                ref var chars = ref Unsafe.As<TUnit, ushort>(ref start);
                first = Vector128.Narrow(Vector128.LoadUnsafe(ref chars, (nuint)index), Vector128.LoadUnsafe(ref chars, (nuint)(index + 8)));
                second = Vector128.Narrow(Vector128.LoadUnsafe(ref chars, (nuint)(index + 16)), Vector128.LoadUnsafe(ref chars, (nuint)(index + 24)));
            }

            Classify(first, out var c0, out var e0, out var s0);
            Classify(second, out var c1, out var e1, out var s1);
            classDigits = c0 | (c1 << 16);
            digitsOrDots = e0 | (e1 << 16);
            low = s0 | (s1 << 16);
        }
    }

    // Signed byte compares are native on x64 and ARM64 (unsigned ones are emulated), so each range is moved to the top
    // of the signed range with a wrapping add and tested with one compare:
    //   c: unit + 0x4A maps '2'..'5' onto 0x7C..0x7F, the only bytes above 0x7B as signed values;
    //   e: unit + 0x46 maps '.'..'9' onto 0x74..0x7F, the only bytes above 0x73;
    //   s: below 0x2F as a signed byte, which also takes every unit from 0x80 (a harmless superset).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Classify(Vector256<byte> units, out uint classDigits, out uint digitsOrDots, out uint low)
    {
        var signed = units.AsSByte();
        classDigits = Vector256.GreaterThan(signed + Vector256.Create((sbyte)0x4A), Vector256.Create((sbyte)0x7B)).ExtractMostSignificantBits();
        digitsOrDots = Vector256.GreaterThan(signed + Vector256.Create((sbyte)0x46), Vector256.Create((sbyte)0x73)).ExtractMostSignificantBits();
        low = Vector256.LessThan(signed, Vector256.Create((sbyte)0x2F)).ExtractMostSignificantBits();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Classify(Vector128<byte> units, out uint classDigits, out uint digitsOrDots, out uint low)
    {
        var signed = units.AsSByte();
        classDigits = Vector128.GreaterThan(signed + Vector128.Create((sbyte)0x4A), Vector128.Create((sbyte)0x7B)).ExtractMostSignificantBits();
        digitsOrDots = Vector128.GreaterThan(signed + Vector128.Create((sbyte)0x46), Vector128.Create((sbyte)0x73)).ExtractMostSignificantBits();
        low = Vector128.LessThan(signed, Vector128.Create((sbyte)0x2F)).ExtractMostSignificantBits();
    }
#endif
}
