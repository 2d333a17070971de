using System;
using System.Runtime.CompilerServices;
using SmtpStatusCodes.Internal;

namespace SmtpStatusCodes;

/// <summary>
/// Enumerates the codes <see cref="CodeScanner"/> finds, over UTF-16 (<see cref="char"/>) or UTF-8 (<see cref="byte"/>) text.
/// Obtain it from <see cref="CodeScanner.EnumerateMatches(ReadOnlySpan{char})"/>; use it in <c>foreach</c>.
/// </summary>
/// <typeparam name="T"><see cref="char"/> or <see cref="byte"/>.</typeparam>
/// <remarks>
/// The text is searched for the next position shaped like a code (a class digit followed by ".d." or by two digits and
/// a separator), testing 16 or 32 positions at once where the hardware allows; each candidate is then checked by
/// looking at most 12 units ahead and at most <see cref="MaxLookBack"/> units back. After a candidate the search
/// resumes past the match or one unit further, so the work is linear in the length of the text whatever it holds.
/// </remarks>
public ref struct CodeMatchEnumerator<T>
    where T : unmanaged
{
    /// <summary>How far back (in units) the scanner looks for a reply position, past spaces, markers and quotes.</summary>
    public const int MaxLookBack = 64;

    private readonly ReadOnlySpan<T> _text;
    private int _position;
    private CandidateSearch.Cursor _cursor;

    // "550 5.1.1": rule 4 has already checked the enhanced code behind the reply code; it is handed out next, unchecked again.
    private int _pendingEnd;
    private int _pendingPacked;

    internal CodeMatchEnumerator(ReadOnlySpan<T> text)
    {
        _text = text;
        _position = 0;
        _cursor = default;
        _pendingEnd = 0;
        _pendingPacked = 0;
        Current = default;
        Steps = 0;
    }

    /// <summary>The current match.</summary>
    public CodeMatch Current { get; private set; }

    /// <summary>Units examined so far; tests use it to show that the work stays linear on hostile input.</summary>
    internal long Steps { get; private set; }

    /// <summary>Returns this enumerator, for <c>foreach</c>.</summary>
    /// <returns>This enumerator.</returns>
    public readonly CodeMatchEnumerator<T> GetEnumerator() => this;

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

        var text = _text;
        var steps = Steps;
        while (_position < text.Length)
        {
            var i = CandidateSearch.Next(text, _position, ref _cursor, ref steps);
            if (i < 0)
            {
                _position = text.Length;
                break;
            }

            Steps = steps;
            var digit = TextUnit.At(text, i);
            if (digit != '3' && TryStatusCode(text, i, out var end, out var packed))
            {
                Current = new CodeMatch(i, end - i, packed, 0);
                _position = end;
                return true;
            }

            if (TryReplyCode(text, i, out var value))
            {
                Current = new CodeMatch(i, 3, 0, value);
                _position = i + 3;
                return true;
            }

            steps = Steps;
            _position = i + 1;
        }

        Steps = steps;
        return false;
    }

    private bool TryStatusCode(ReadOnlySpan<T> text, int i, out int end, out int packed)
    {
        end = 0;
        packed = 0;
        var length = text.Length;
        Steps += 6;
        // The class digit is checked here too: rule 4 calls this for the unit after a reply code's separator.
        if (i + 4 >= length || TextUnit.At(text, i) is not ('2' or '4' or '5') || (i > 0 && IsExcludedBefore(TextUnit.At(text, i - 1)))
            || TextUnit.At(text, i + 1) != '.' || TextUnit.At(text, i + 3) != '.')
        {
            return false;
        }

        var subject = TextUnit.Digit(text, i + 2);
        if (subject > 7)
        {
            return false;
        }

        var j = i + 4;
        var detail = TextUnit.Digit(text, j);
        if (detail > 9)
        {
            return false;
        }

        var first = j;
        var value = (int)detail;
        j++;
        while (j < length && (detail = TextUnit.Digit(text, j)) <= 9)
        {
            Steps++;
            if (j - first == 3)
            {
                return false;
            }

            value = (value * 10) + (int)detail;
            j++;
        }

        if (j - first > 1 && TextUnit.At(text, first) == '0')
        {
            return false;
        }

        if (j < length)
        {
            var after = TextUnit.At(text, j);
            if (IsAsciiLetterOrDigit(after) || after is '_' or '/' or '@' or '+' or '%')
            {
                return false;
            }

            if ((after is '.' or '-') && j + 1 < length && IsAsciiLetterOrDigit(TextUnit.At(text, j + 1)))
            {
                return false;
            }
        }

        end = j;
        packed = StatusCode.Pack(TextUnit.At(text, i) - '0', (int)subject, value);
        return true;
    }

    private bool TryReplyCode(ReadOnlySpan<T> text, int i, out int value)
    {
        value = 0;
        var length = text.Length;
        Steps += 4;
        if (i + 3 > length || (i > 0 && IsExcludedBefore(TextUnit.At(text, i - 1)))
            || CodeParser.ReadReplyDigits(text.Slice(i, 3), out value, out _) != ParseError.None)
        {
            return false;
        }

        if (i + 3 < length)
        {
            var after = TextUnit.At(text, i + 3);
            if (after is not (' ' or '\t' or '-' or '\r' or '\n'))
            {
                return false;
            }

            // Rule 4: directly before an enhanced code ("550 5.1.1", "550-5.1.1"), which is then the next match.
            if ((after is ' ' or '-') && TextUnit.At(text, i) != '3' && TryStatusCode(text, i + 4, out var end, out var packed))
            {
                _pendingEnd = end;
                _pendingPacked = packed;
                return true;
            }
        }

        return IsReplyPosition(text, i);
    }

    /// <summary>Rules 1-3: line start (after spaces, an SMTP transcript marker and a quote), after "smtp;", after "said:".</summary>
    private bool IsReplyPosition(ReadOnlySpan<T> text, int i)
    {
        var stop = Math.Max(0, i - MaxLookBack);
        var p = SkipBlanks(text, i - 1, stop);
        if (p >= 4 && EndsWithIgnoreCase(text, p, "smtp;") || p >= 4 && EndsWithIgnoreCase(text, p, "said:"))
        {
            return true;
        }

        p = i - 1;
        if (p >= stop && TextUnit.At(text, p) is '"' or '\'')
        {
            p--;
        }

        p = SkipBlanks(text, p, stop);
        if (p - 1 >= stop && (TextUnit.At(text, p) is '<' or '>') && TextUnit.At(text, p - 1) == TextUnit.At(text, p))
        {
            var marker = TextUnit.At(text, p);
            p -= 2;
            if (p >= stop && TextUnit.At(text, p) == marker)
            {
                p--;
            }

            p = SkipBlanks(text, p, stop);
        }

        return p < 0 || (p >= stop && TextUnit.At(text, p) is '\n' or '\r');
    }

    private int SkipBlanks(ReadOnlySpan<T> text, int p, int stop)
    {
        while (p >= stop && TextUnit.At(text, p) is ' ' or '\t')
        {
            Steps++;
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsAsciiLetterOrDigit(int c) => (uint)(c - '0') <= 9 || (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsExcludedBefore(int c) =>
        IsAsciiLetterOrDigit(c) || c is '.' or '_' or '/' or '\\' or '@' or '+' or '$' or '%' or '&' or '=' or '~';
}
