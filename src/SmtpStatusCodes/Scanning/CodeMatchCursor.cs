using System;
using System.Runtime.CompilerServices;
using SmtpStatusCodes.Internal;

namespace SmtpStatusCodes;

/// <summary>
/// The scanner of docs/scanning.md over UTF-16 (<see cref="char"/>) or UTF-8 (<see cref="byte"/>) text, written once;
/// <see cref="CodeMatchEnumerator"/> and <see cref="Utf8CodeMatchEnumerator"/> wrap it so that the public API only
/// accepts those two unit types.
/// </summary>
/// <typeparam name="T"><see cref="char"/> or <see cref="byte"/>.</typeparam>
/// <remarks>
/// The text is searched for positions shaped like a code (a class digit, then two units that are digits or '.', then
/// a separator or '.'), 61 positions at a time in vector registers where the hardware allows; each candidate is then
/// checked by looking at most 14 units ahead and, for a reply position, back over at most <see cref="MaxLookBack"/>
/// units plus the anchor. Candidates inside a match are skipped, so the work is linear in the length of the text
/// whatever it holds.
/// </remarks>
internal ref struct CodeMatchCursor<T>
    where T : unmanaged
{
    /// <summary>
    /// How many units of spaces, tabs, a transcript marker and a quote the look-back for a reply position (rules 1-3)
    /// crosses between its anchor (a line break, the start of the text, <c>smtp;</c> or <c>said:</c>) and the code.
    /// </summary>
    internal const int MaxLookBack = 64;

    private readonly ReadOnlySpan<T> _text;
    private int _position;

    // The block of candidates being handed out: bit k of _mask is the position _blockBase + k; _blockEnd is where the
    // next search starts when the block is used up (or the end of the last match, when that is further).
    private int _blockBase;
    private int _blockEnd;
    private ulong _mask;

    // "550 5.1.1": rule 4 has already checked the enhanced code behind the reply code; it is handed out next, unchecked again.
    private int _pendingEnd;
    private int _pendingPacked;

    internal CodeMatchCursor(ReadOnlySpan<T> text)
    {
        _text = text;
        _position = 0;
        _blockBase = 0;
        _blockEnd = 0;
        _mask = 0;
        _pendingEnd = 0;
        _pendingPacked = 0;
        Current = default;
    }

    /// <summary>The current match.</summary>
    public CodeMatch Current { readonly get; private set; }

    /// <summary>Moves to the next code.</summary>
    /// <returns>False when no code is left.</returns>
    public bool MoveNext()
    {
        if (_pendingPacked != 0)
        {
            Current = new CodeMatch(_position + 1, _pendingEnd - _position - 1, _pendingPacked, 0);
            _position = _pendingEnd;
            _pendingPacked = 0;
            return true;
        }

        // The state lives in locals while the loop runs and is stored by Save on the way out.
        var text = _text;
        var mask = _mask;
        var blockBase = _blockBase;
        var position = _position;
        while (true)
        {
            while (mask != 0)
            {
                var i = blockBase + TrailingZeroCount(mask);
                mask &= mask - 1;
                if (i < position)
                {
                    continue;
                }

                // A candidate looks at most 14 units ahead: a reply code, its separator, the enhanced code behind it and
                // the two units after that.
                // The vector search may report a char above 0xFF whose low byte is a class digit (it narrows chars to bytes).
                var digit = TextUnit.At(text, i);
                if ((uint)(digit - '2') > 3)
                {
                    continue;
                }

                // The unit after the class digit tells the two shapes apart: '.' for an enhanced code, a digit for a reply code.
                if (i + 1 < text.Length && TextUnit.At(text, i + 1) == '.')
                {
                    if (TryStatusCode(text, i, out var end, out var packed))
                    {
                        Current = new CodeMatch(i, end - i, packed, 0);
                        return Save(mask, blockBase, end, found: true);
                    }
                }
                else if (TryReplyCode(text, i, out var value, out _pendingEnd, out _pendingPacked))
                {
                    Current = new CodeMatch(i, 3, 0, value);
                    return Save(mask, blockBase, i + 3, found: true);
                }
            }

            var from = Math.Max(position, _blockEnd);
            if (from >= text.Length)
            {
                return Save(0, blockBase, position, found: false);
            }

            blockBase = CandidateSearch.Next(text, from, out mask, out _blockEnd);
            if (blockBase < 0)
            {
                _blockEnd = text.Length;
                return Save(0, blockBase, position, found: false);
            }
        }
    }

    private bool Save(ulong mask, int blockBase, int position, bool found)
    {
        _mask = mask;
        _blockBase = blockBase;
        _position = position;
        return found;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int TrailingZeroCount(ulong mask)
    {
#if NET8_0_OR_GREATER
        return System.Numerics.BitOperations.TrailingZeroCount(mask);
#else
        var count = 0;
        while ((mask & 1) == 0)
        {
            mask >>= 1;
            count++;
        }

        return count;
#endif
    }

    /// <summary>An enhanced code at <paramref name="i"/> by the rules of docs/scanning.md; also used by rule 4.</summary>
    private static bool TryStatusCode(ReadOnlySpan<T> text, int i, out int end, out int packed)
    {
        end = 0;
        packed = 0;
        var length = text.Length;
        if (i + 4 >= length)
        {
            return false;
        }

        // The class digit is checked here too: rule 4 calls this for the unit after a reply code's separator.
        var c = TextUnit.At(text, i);
        var subject = TextUnit.Digit(text, i + 2);
        if (c is not ('2' or '4' or '5') || TextUnit.At(text, i + 1) != '.' || TextUnit.At(text, i + 3) != '.' || subject > 7
            || (i > 0 && (ScanClass.Of(TextUnit.At(text, i - 1)) & ScanClass.ExcludedBefore) != 0))
        {
            return false;
        }

        // Detail: "0" or 1-9 followed by at most two digits; a fourth digit, or a digit after a leading 0, is no code.
        var j = i + 4;
        var digit = TextUnit.Digit(text, j);
        if (digit > 9)
        {
            return false;
        }

        var value = (int)digit;
        j++;
        if (j < length && (digit = TextUnit.Digit(text, j)) <= 9)
        {
            if (value == 0)
            {
                return false;
            }

            value = (value * 10) + (int)digit;
            j++;
            if (j < length && (digit = TextUnit.Digit(text, j)) <= 9)
            {
                value = (value * 10) + (int)digit;
                j++;
                if (j < length && TextUnit.Digit(text, j) <= 9)
                {
                    return false;
                }
            }
        }

        if (j < length)
        {
            var after = ScanClass.Of(TextUnit.At(text, j));
            if ((after & ScanClass.ExcludedAfter) != 0
                || ((after & ScanClass.DotOrHyphen) != 0 && j + 1 < length && (ScanClass.Of(TextUnit.At(text, j + 1)) & ScanClass.LetterOrDigit) != 0))
            {
                return false;
            }
        }

        end = j;
        packed = CodePacking.Pack(c - '0', (int)subject, value);
        return true;
    }

    private static bool TryReplyCode(ReadOnlySpan<T> text, int i, out int value, out int pendingEnd, out int pendingPacked)
    {
        value = 0;
        pendingEnd = 0;
        pendingPacked = 0;
        var length = text.Length;
        if (i + 3 > length || (i > 0 && (ScanClass.Of(TextUnit.At(text, i - 1)) & ScanClass.ExcludedBefore) != 0)
            || CodeParser.ReadReplyDigits(text.Slice(i, 3), out value, out _) != ParseError.None)
        {
            return false;
        }

        if (i + 3 < length)
        {
            var after = TextUnit.At(text, i + 3);
            if ((ScanClass.Of(after) & ScanClass.ReplySeparator) == 0)
            {
                return false;
            }

            // Rule 4: directly before an enhanced code ("550 5.1.1", "550-5.1.1", "354 2.0.0"), which is then the next match.
            if ((after is ' ' or '-') && TryStatusCode(text, i + 4, out pendingEnd, out pendingPacked))
            {
                return true;
            }
        }

        return IsReplyPosition(text, i);
    }

    /// <summary>Rules 1-3: line start (after spaces, an SMTP transcript marker and a quote), after "smtp;", after "said:".</summary>
    /// <remarks>
    /// Every rule crosses at most <see cref="MaxLookBack"/> units between its anchor and the code, so the anchor (the
    /// line break, or the last unit of "smtp;" or "said:") is at most one unit further back: <c>floor - 1</c>.
    /// </remarks>
    private static bool IsReplyPosition(ReadOnlySpan<T> text, int i)
    {
        // The common case first: the code starts the text or a line.
        if (i == 0 || TextUnit.At(text, i - 1) is '\n' or '\r')
        {
            return true;
        }

        // The lowest index the look-back may cross; what it stops at is then at floor - 1 or later.
        var floor = Math.Max(0, i - MaxLookBack);
        var p = SkipBlanks(text, i - 1, floor);
        if (p >= 4 && (TextUnit.At(text, p) == ';' ? EndsWithIgnoreCase(text, p, "smtp;") : TextUnit.At(text, p) == ':' && EndsWithIgnoreCase(text, p, "said:")))
        {
            return true;
        }

        p = i - 1;
        if (TextUnit.At(text, p) is '"' or '\'')
        {
            p--;
        }

        p = SkipBlanks(text, p, floor);
        if (p - 1 >= floor && (TextUnit.At(text, p) is '<' or '>') && TextUnit.At(text, p - 1) == TextUnit.At(text, p))
        {
            var marker = TextUnit.At(text, p);
            p -= 2;
            if (p >= floor && TextUnit.At(text, p) == marker)
            {
                p--;
            }

            p = SkipBlanks(text, p, floor);
        }

        return p < 0 || TextUnit.At(text, p) is '\n' or '\r';
    }

    private static int SkipBlanks(ReadOnlySpan<T> text, int p, int floor)
    {
        while (p >= floor && (ScanClass.Of(TextUnit.At(text, p)) & ScanClass.Blank) != 0)
        {
            p--;
        }

        return p;
    }

    private static bool EndsWithIgnoreCase(ReadOnlySpan<T> text, int last, string word)
    {
        var start = last - word.Length + 1;
        for (var k = 0; k < word.Length; k++)
        {
            var c = TextUnit.At(text, start + k);
            if ((c | 0x20) != word[k] && c != word[k])
            {
                return false;
            }
        }

        return true;
    }
}
