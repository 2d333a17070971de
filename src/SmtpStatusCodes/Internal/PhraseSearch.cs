using System;

namespace SmtpStatusCodes.Internal;

/// <summary>
/// Finds the highest-priority cue phrase of <see cref="BounceTables.Phrases"/> in a text, case-insensitively, without
/// allocating. A rolling key of the next four characters (ASCII folded to lower case, 7 bits each) is tested at every
/// position against a 2 KB Bloom filter of the phrases' four-character starts; only a position that passes is looked up
/// in a small hash table and compared with the phrases of that start, in priority order (their next four characters
/// first, as one masked compare). The few phrases without four ASCII characters at the start are checked where the text
/// has one of their characters, found by vectorized searches: their first non-ASCII character when one is among the
/// first four (CJK, Cyrillic, "réponse automatique" at its "é", by a sorted array), since text has few of those and a
/// common first letter ("r") would stop the search at every occurrence; else, for phrases under four characters, their
/// first character ("spf", by a list per character).
/// </summary>
/// <remarks>
/// One <c>SearchValues&lt;string&gt;</c> over all ~580 phrases (the previous design on .NET 10) runs an Aho-Corasick
/// automaton at several nanoseconds per character, far more on text full of near misses: about 1.5 us for a
/// 220-character reply paragraph and 200 us for a 4 KB code-free bounce. The filter costs one multiply, one load and
/// one bit test per character on every target, so the same code serves netstandard2.0, .NET 8 and .NET 10
/// (measured in docs/classification.md, "Speed").
/// </remarks>
internal static class PhraseSearch
{
    /// <summary>UTF-8 text is decoded in chunks of this many chars on the stack, never as a whole.</summary>
    private const int ChunkChars = 1024;

    // Every non-ASCII character folds to this in a key: no phrase key contains it, so a key with one never matches.
    private const int NonAscii = 127;

    private const int BloomBits = 14;

    private static readonly string[] Phrases = BounceTables.Phrases;

    // ASCII folded to lower case (letters only), so that "User" and "user" make the same key.
    private static readonly byte[] Lower = BuildLower();

    // Bit (hash of a four-character key) is set when some phrase starts with that key.
    private static readonly ulong[] Bloom = new ulong[(1 << BloomBits) / 64];

    // Open addressing on the four-character key (0: empty slot): the key's phrases are Bucket*[start .. start + count].
    private static readonly uint[] SlotKeys;
    private static readonly int[] SlotStarts;
    private static readonly int[] SlotCounts;

    // Per bucket entry: the phrase index, and its characters 4-7 as a key with the mask of those it has.
    private static readonly int[] BucketPhrases;
    private static readonly uint[] BucketNext;
    private static readonly uint[] BucketMasks;

    // Phrases of fewer than four characters that start with an ASCII one, by that first character; the first characters
    // in both cases, and the highest priority (lowest index) among these phrases.
    private static readonly int[]?[] ShortByFirst = new int[]?[128];
#if NET8_0_OR_GREATER
    private static readonly System.Buffers.SearchValues<char> ShortFirstChars;
#else
    private static readonly char[] ShortFirstChars;
#endif
    private static readonly int FirstShortPhrase = int.MaxValue;

    // Phrases with a non-ASCII character among their first four, by the first such (lower-case) character: sorted keys,
    // buckets beside them. A bucket entry is the phrase index shifted left by two, with that character's offset in the
    // phrase (0-3) in the low bits.
    private static readonly char[] OtherFirst;
    private static readonly int[][] OtherBuckets;
    private static readonly int FirstOtherPhrase = int.MaxValue;
    private static readonly int MaxLength;

    static PhraseSearch()
    {
        var byKey = new System.Collections.Generic.SortedDictionary<uint, System.Collections.Generic.List<int>>();
        var shortByFirst = new System.Collections.Generic.List<int>?[128];
        var other = new System.Collections.Generic.SortedDictionary<char, System.Collections.Generic.List<int>>();
        for (var i = 0; i < Phrases.Length; i++)
        {
            var phrase = Phrases[i];
            MaxLength = Math.Max(MaxLength, phrase.Length);
            var first = phrase[0];
            var anchor = AnchorOffset(phrase);
            if (anchor >= 0)
            {
                if (!other.TryGetValue(phrase[anchor], out var list))
                {
                    other[phrase[anchor]] = list = [];
                }

                list.Add((i << 2) | anchor);
                FirstOtherPhrase = Math.Min(FirstOtherPhrase, i);
            }
            else if (phrase.Length < 4)
            {
                (shortByFirst[first] ??= []).Add(i);
                FirstShortPhrase = Math.Min(FirstShortPhrase, i);
            }
            else
            {
                var key = Key(phrase[0], phrase[1], phrase[2], phrase[3]);
                if (!byKey.TryGetValue(key, out var list))
                {
                    byKey[key] = list = [];
                }

                list.Add(i);
                Bloom[Hash(key) >> 6] |= 1UL << (int)Hash(key);
            }
        }

        var slots = 1;
        while (slots < byKey.Count * 4)
        {
            slots <<= 1;
        }

        SlotKeys = new uint[slots];
        SlotStarts = new int[slots];
        SlotCounts = new int[slots];
        var phrases = new System.Collections.Generic.List<int>();
        foreach (var pair in byKey)
        {
            var slot = (int)(Hash(pair.Key) & (uint)(slots - 1));
            while (SlotKeys[slot] != 0)
            {
                slot = (slot + 1) & (slots - 1);
            }

            SlotKeys[slot] = pair.Key;
            SlotStarts[slot] = phrases.Count;
            SlotCounts[slot] = pair.Value.Count;
            phrases.AddRange(pair.Value);
        }

        BucketPhrases = phrases.ToArray();
        BucketNext = new uint[BucketPhrases.Length];
        BucketMasks = new uint[BucketPhrases.Length];
        for (var b = 0; b < BucketPhrases.Length; b++)
        {
            var phrase = Phrases[BucketPhrases[b]];
            for (var k = 4; k < 8 && k < phrase.Length; k++)
            {
                BucketNext[b] |= (uint)FoldChar(phrase[k]) << (7 * (k - 4));
                BucketMasks[b] |= 0x7Fu << (7 * (k - 4));
            }
        }

        var shortFirst = new System.Collections.Generic.List<char>();
        for (var c = 0; c < 128; c++)
        {
            ShortByFirst[c] = shortByFirst[c]?.ToArray();
            if (ShortByFirst[c] is not null)
            {
                shortFirst.Add((char)c);
                if (c is >= 'a' and <= 'z')
                {
                    shortFirst.Add(char.ToUpperInvariant((char)c));
                }
            }
        }

#if NET8_0_OR_GREATER
        ShortFirstChars = System.Buffers.SearchValues.Create(shortFirst.ToArray());
#else
        ShortFirstChars = shortFirst.ToArray();
#endif

        OtherFirst = [.. other.Keys];
        OtherBuckets = [.. System.Linq.Enumerable.Select(other.Values, l => l.ToArray())];
    }

    /// <summary>The offset of the phrase's first non-ASCII character when it is among the first four (and the phrase is
    /// not shorter than four, or starts with it), else -1.</summary>
    private static int AnchorOffset(string phrase)
    {
        for (var k = 0; k < 4 && k < phrase.Length; k++)
        {
            if (phrase[k] >= 128)
            {
                return k == 0 || phrase.Length >= 4 ? k : -1;
            }
        }

        return -1;
    }

    private static byte[] BuildLower()
    {
        var lower = new byte[128];
        for (var c = 0; c < 128; c++)
        {
            lower[c] = (byte)(c is >= 'A' and <= 'Z' ? c | 0x20 : c);
        }

        return lower;
    }

    private static int FoldChar(char c) => c < 128 ? Lower[c] : NonAscii;

    private static uint Key(char a, char b, char c, char d) =>
        (uint)(FoldChar(a) | (FoldChar(b) << 7) | (FoldChar(c) << 14) | (FoldChar(d) << 21));

    private static uint Hash(uint key) => (key * 0x9E3779B1u) >> (32 - BloomBits);

    /// <summary>
    /// The index of the first phrase in priority order that occurs in <paramref name="text"/> and applies to the codes,
    /// or -1. A phrase occurs where each of its characters equals the text's or is its lower case (ASCII letters; other
    /// characters by invariant lower case, only against non-ASCII phrase characters).
    /// </summary>
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
        // Three passes, each lowering best: the four-character filter at every position (nearly all phrases), then the
        // positions of the few short phrases' first letters and of non-ASCII characters, both found by vectorized searches.
        var lower = Lower;
        var bloom = Bloom;

        // key holds the folded characters position .. position + 3 (7 bits each, the first in the low bits); before the
        // loop it holds the first three, one step behind.
        uint key = 0;
        for (var k = 0; k < 3 && k < text.Length; k++)
        {
            key |= (uint)FoldChar(text[k]) << (7 * (k + 1));
        }

        for (var position = 0; position + 3 < text.Length; position++)
        {
            int c = text[position + 3];
            key = (key >> 7) | ((uint)(c < 128 ? lower[c] : NonAscii) << 21);
            var hash = Hash(key);
            if ((bloom[hash >> 6] & (1UL << (int)hash)) != 0)
            {
                best = CheckKey(text.Slice(position), key, packedStatus, reply, best);
                if (best == 0)
                {
                    return 0;
                }
            }
        }

        if (best > FirstShortPhrase)
        {
            var position = 0;
            while (position < text.Length - 1)
            {
                var found = text.Slice(position).IndexOfAny(ShortFirstChars);
                if (found < 0)
                {
                    break;
                }

                position += found;
                best = Check(text.Slice(position), ShortByFirst[Lower[text[position]]]!, packedStatus, reply, best);
                position++;
            }
        }

        if (best > FirstOtherPhrase)
        {
            // To the last character: a phrase may end with the non-ASCII character it is found by.
            var position = 0;
            while (position < text.Length)
            {
                var found = IndexOfNonAscii(text.Slice(position));
                if (found < 0)
                {
                    break;
                }

                position += found;
                var at = Array.BinarySearch(OtherFirst, char.ToLowerInvariant(text[position]));
                if (at >= 0)
                {
                    best = CheckAnchored(text, position, OtherBuckets[at], packedStatus, reply, best);
                }

                position++;
            }
        }

        return best;
    }

#if NET8_0_OR_GREATER
    // A SearchValues, not IndexOfAnyExceptInRange: that generic method allocates until the JIT has optimized it, which a
    // short-lived caller may never see happen.
    private static readonly System.Buffers.SearchValues<char> AsciiChars = System.Buffers.SearchValues.Create(BuildAscii());

    private static char[] BuildAscii()
    {
        var ascii = new char[128];
        for (var c = 0; c < 128; c++)
        {
            ascii[c] = (char)c;
        }

        return ascii;
    }
#endif

    private static int IndexOfNonAscii(ReadOnlySpan<char> text)
    {
#if NET8_0_OR_GREATER
        return text.IndexOfAnyExcept(AsciiChars);
#else
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] >= 128)
            {
                return i;
            }
        }

        return -1;
#endif
    }

    private static int CheckKey(ReadOnlySpan<char> rest, uint key, int packedStatus, int reply, int best)
    {
        var mask = SlotKeys.Length - 1;
        var slot = (int)(Hash(key) & (uint)mask);
        while (SlotKeys[slot] != key)
        {
            if (SlotKeys[slot] == 0)
            {
                return best;
            }

            slot = (slot + 1) & mask;
        }

        uint next = 0;
        for (var k = 4; k < 8 && k < rest.Length; k++)
        {
            next |= (uint)FoldChar(rest[k]) << (7 * (k - 4));
        }

        var end = SlotStarts[slot] + SlotCounts[slot];
        for (var b = SlotStarts[slot]; b < end; b++)
        {
            var index = BucketPhrases[b];
            if (index >= best)
            {
                break;
            }

            if ((next & BucketMasks[b]) == BucketNext[b] && Matches(rest, Phrases[index]) && BounceRules.Applies(index, packedStatus, reply))
            {
                return index;
            }
        }

        return best;
    }

    private static int Check(ReadOnlySpan<char> rest, int[] bucket, int packedStatus, int reply, int best)
    {
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

    // The phrases whose first non-ASCII character is at position, each compared from where it would start.
    private static int CheckAnchored(ReadOnlySpan<char> text, int position, int[] bucket, int packedStatus, int reply, int best)
    {
        foreach (var entry in bucket)
        {
            var index = entry >> 2;
            if (index >= best)
            {
                break;
            }

            var start = position - (entry & 3);
            if (start >= 0 && Matches(text.Slice(start), Phrases[index]) && BounceRules.Applies(index, packedStatus, reply))
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
            // ASCII letters fold to lower case; a non-ASCII character matches a non-ASCII phrase character that is its
            // invariant lower case ("Ящик" and "ящик"), never an ASCII one (the Kelvin sign is not a "k").
            if (c != p && (c < 128 ? Lower[c] != p : p < 128 || char.ToLowerInvariant(c) != p))
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
