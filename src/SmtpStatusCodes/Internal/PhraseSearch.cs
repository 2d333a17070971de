using System;
#if NET8_0_OR_GREATER
using System.Buffers;
#endif

namespace SmtpStatusCodes.Internal;

/// <summary>
/// Finds the highest-priority cue phrase of <see cref="BounceTables.Phrases"/> in a text, case-insensitively, without
/// allocating. Candidate positions come from <c>SearchValues&lt;string&gt;</c> (all phrases at once) on .NET 10, from a
/// vectorized search for the phrases' first characters on .NET 8, and from a first-character table on netstandard2.0;
/// each candidate is then checked against the phrases that start with its character, in priority order.
/// </summary>
internal static class PhraseSearch
{
    /// <summary>UTF-8 text is decoded in chunks of this many chars on the stack, never as a whole.</summary>
    private const int ChunkChars = 1024;

    private static readonly string[] Phrases = BounceTables.Phrases;

    // Phrase indices (in priority order) by the lower-case first character: ASCII in a table, the rest in a sorted array.
    private static readonly int[][] AsciiBuckets = new int[128][];
    private static readonly char[] OtherFirst;
    private static readonly int[][] OtherBuckets;
    private static readonly int MaxLength;

#if NET10_0_OR_GREATER
    // One SearchValues<string> over the phrases' ASCII start ("boîte pleine" -> "bo"): with a single non-ASCII value it
    // would use its slower Unicode case folding for all of them. Phrases that start with a non-ASCII letter (CJK,
    // Cyrillic) are found by that letter, which is rare in bounces. Measured (docs/benchmarks.md): splitting the ~500
    // phrases into groups of 64 for the vectorized Teddy path was 3-5 times slower on English text (too many false
    // candidates per bucket), so GroupSize keeps them in one Aho-Corasick automaton.
    private const int GroupSize = 4096;
    private static readonly SearchValues<string>[] Groups;
    private static readonly SearchValues<char> OtherFirstChars;
#elif NET8_0_OR_GREATER
    private static readonly SearchValues<char> FirstChars;
#else
    private static readonly bool[] AsciiFirst = new bool[128];
#endif

    static PhraseSearch()
    {
        var ascii = new System.Collections.Generic.List<int>[128];
        var other = new System.Collections.Generic.SortedDictionary<char, System.Collections.Generic.List<int>>();
        var firsts = new System.Collections.Generic.HashSet<char>();
        for (var i = 0; i < Phrases.Length; i++)
        {
            var first = Phrases[i][0];
            MaxLength = Math.Max(MaxLength, Phrases[i].Length);
            firsts.Add(first);
            firsts.Add(char.ToUpperInvariant(first));
            if (first < 128)
            {
                (ascii[first] ??= []).Add(i);
            }
            else
            {
                if (!other.TryGetValue(first, out var list))
                {
                    other[first] = list = [];
                }

                list.Add(i);
            }
        }

        for (var c = 0; c < 128; c++)
        {
            AsciiBuckets[c] = ascii[c]?.ToArray() ?? [];
        }

        OtherFirst = [.. other.Keys];
        OtherBuckets = [.. System.Linq.Enumerable.Select(other.Values, l => l.ToArray())];
#if NET10_0_OR_GREATER
        var prefixes = new System.Collections.Generic.SortedSet<string>(System.Collections.Generic.Comparer<string>.Create(
            static (a, b) => a.Length != b.Length ? a.Length - b.Length : string.CompareOrdinal(a, b)));
        var otherFirsts = new System.Collections.Generic.HashSet<char>();
        foreach (var phrase in Phrases)
        {
            var length = 0;
            while (length < phrase.Length && phrase[length] < 128)
            {
                length++;
            }

            if (length == 0)
            {
                otherFirsts.Add(phrase[0]);
                otherFirsts.Add(char.ToUpperInvariant(phrase[0]));
            }
            else
            {
                prefixes.Add(phrase.Substring(0, length));
            }
        }

        var all = System.Linq.Enumerable.ToArray(prefixes);
        Groups = new SearchValues<string>[(all.Length + GroupSize - 1) / GroupSize];
        for (var g = 0; g < Groups.Length; g++)
        {
            Groups[g] = SearchValues.Create(new ReadOnlySpan<string>(all, g * GroupSize, Math.Min(GroupSize, all.Length - (g * GroupSize))), StringComparison.OrdinalIgnoreCase);
        }

        OtherFirstChars = SearchValues.Create(System.Linq.Enumerable.ToArray(otherFirsts));
#elif NET8_0_OR_GREATER
        FirstChars = SearchValues.Create(System.Linq.Enumerable.ToArray(firsts));
#else
        foreach (var c in firsts)
        {
            if (c < 128)
            {
                AsciiFirst[c] = true;
            }
        }
#endif
    }

    /// <summary>The index of the first phrase in priority order that occurs in <paramref name="text"/> and applies to the codes, or -1.</summary>
    public static int FindBest(ReadOnlySpan<char> text, int packedStatus, int reply)
    {
        var best = FindBest(text, packedStatus, reply, int.MaxValue);
        return best == int.MaxValue ? -1 : best;
    }

    /// <summary>As <see cref="FindBest(ReadOnlySpan{char}, int, int)"/> over UTF-8, decoded chunk by chunk into a stack buffer.</summary>
    public static int FindBest(ReadOnlySpan<byte> utf8Text, int packedStatus, int reply)
    {
        Span<char> buffer = stackalloc char[ChunkChars];
        var best = int.MaxValue;
        var kept = 0;
        var position = 0;
        while (position < utf8Text.Length && best != 0)
        {
            var read = Decode(utf8Text.Slice(position), buffer.Slice(kept), out var written);
            if (read == 0)
            {
                break;
            }

            var window = buffer.Slice(0, kept + written);
            best = FindBest(window, packedStatus, reply, best);
            position += read;

            // A phrase may straddle two chunks: the next chunk starts with the tail of this one.
            kept = Math.Min(MaxLength - 1, window.Length);
            window.Slice(window.Length - kept).CopyTo(buffer);
        }

        return best == int.MaxValue ? -1 : best;
    }

    private static int FindBest(ReadOnlySpan<char> text, int packedStatus, int reply, int best)
    {
        var position = 0;
#if NET10_0_OR_GREATER
        // The next candidate of each search (-1: none left), searched again only once passed.
        Span<int> next = stackalloc int[Groups.Length + 1];
        next.Fill(-2);
#endif
        while (position < text.Length)
        {
#if NET10_0_OR_GREATER
            var found = -1;
            for (var g = 0; g <= Groups.Length; g++)
            {
                var at = next[g];
                if (at != -1 && at < position)
                {
                    var i = g < Groups.Length ? text.Slice(position).IndexOfAny(Groups[g]) : text.Slice(position).IndexOfAny(OtherFirstChars);
                    next[g] = at = i < 0 ? -1 : position + i;
                }

                if (at >= 0 && (found < 0 || at < found))
                {
                    found = at;
                }
            }

            found = found < 0 ? -1 : found - position;
#elif NET8_0_OR_GREATER
            var found = text.Slice(position).IndexOfAny(FirstChars);
#else
            var found = IndexOfFirstChar(text.Slice(position));
#endif
            if (found < 0)
            {
                break;
            }

            position += found;
            best = CheckAt(text, position, packedStatus, reply, best);
            if (best == 0)
            {
                return 0;
            }

            position++;
        }

        return best;
    }

#if !NET8_0_OR_GREATER
    private static int IndexOfFirstChar(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 128 ? AsciiFirst[c] : Array.BinarySearch(OtherFirst, char.ToLowerInvariant(c)) >= 0)
            {
                return i;
            }
        }

        return -1;
    }
#endif

    private static int CheckAt(ReadOnlySpan<char> text, int position, int packedStatus, int reply, int best)
    {
        var first = text[position];
        int[] bucket;
        if (first < 128)
        {
            bucket = AsciiBuckets[first is >= 'A' and <= 'Z' ? first | 0x20 : first];
        }
        else
        {
            var at = Array.BinarySearch(OtherFirst, char.ToLowerInvariant(first));
            if (at < 0)
            {
                return best;
            }

            bucket = OtherBuckets[at];
        }

        var rest = text.Slice(position);
        foreach (var index in bucket)
        {
            if (index >= best)
            {
                break;
            }

            if (Matches(rest, Phrases[index]) && BounceRules.Applies(index, packedStatus, reply))
            {
                return index;
            }
        }

        return best;
    }

    private static bool Matches(ReadOnlySpan<char> text, string phrase)
    {
        if (text.Length < phrase.Length)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            var c = text[k];
            var p = phrase[k];
            if (c != p && (c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c)) != p)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Decodes as much of <paramref name="utf8"/> as fits; invalid sequences become U+FFFD. Returns the bytes read.</summary>
    private static int Decode(ReadOnlySpan<byte> utf8, Span<char> chars, out int written)
    {
#if NET8_0_OR_GREATER
        System.Text.Unicode.Utf8.ToUtf16(utf8, chars, out var read, out written, replaceInvalidSequences: true, isFinalBlock: true);
        return read;
#else
        var read = 0;
        written = 0;
        while (read < utf8.Length && written + 2 <= chars.Length)
        {
            var b = utf8[read];
            if (b < 0x80)
            {
                chars[written++] = (char)b;
                read++;
                continue;
            }

            var length = b >= 0xF0 && b < 0xF5 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 0;
            var value = length switch { 4 => b & 0x07, 3 => b & 0x0F, _ => b & 0x1F };
            var valid = length > 0 && read + length <= utf8.Length;
            for (var k = 1; valid && k < length; k++)
            {
                valid = (utf8[read + k] & 0xC0) == 0x80;
                value = (value << 6) | (utf8[read + k] & 0x3F);
            }

            if (length == 3 && valid)
            {
                valid = value >= 0x800 && (value < 0xD800 || value > 0xDFFF);
            }
            else if (length == 4 && valid)
            {
                valid = value is >= 0x10000 and <= 0x10FFFF;
            }

            if (!valid)
            {
                chars[written++] = '\uFFFD';
                read++;
            }
            else if (value >= 0x10000)
            {
                value -= 0x10000;
                chars[written++] = (char)(0xD800 + (value >> 10));
                chars[written++] = (char)(0xDC00 + (value & 0x3FF));
                read += length;
            }
            else
            {
                chars[written++] = (char)value;
                read += length;
            }
        }

        return read;
#endif
    }
}
