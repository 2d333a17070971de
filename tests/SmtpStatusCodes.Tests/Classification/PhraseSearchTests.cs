using System;
using System.Linq;
using System.Text;
using SmtpStatusCodes.Internal;

namespace SmtpStatusCodes.Tests.Classification;

/// <summary>
/// The phrase search (a rolling four-character filter, a hash table of phrase starts, first-character lists for the
/// rest) finds exactly what a plain search does: each phrase in priority order, compared at every position of the text.
/// </summary>
public class PhraseSearchTests
{
    private static readonly string[] Phrases = BounceTables.Phrases;

    // The codes phrases are scoped to, and none: (packed enhanced code, reply code).
    private static readonly (int Status, int Reply)[] Codes =
    [
        (0, 0), (Pack("5.7.1"), 550), (Pack("5.0.0"), 554), (Pack("4.2.0"), 450), (Pack("5.1.1"), 550),
        (Pack("4.7.1"), 451), (Pack("5.2.2"), 552), (0, 550), (0, 421), (Pack("4.7.28"), 421),
    ];

    private static int Pack(string code) => StatusCode.Parse(code).Packed;

    /// <summary>The plain definition, one phrase at a time in priority order.</summary>
    private static int Reference(string text, int status, int reply)
    {
        for (var i = 0; i < Phrases.Length; i++)
        {
            var phrase = Phrases[i];
            for (var at = 0; at + phrase.Length <= text.Length; at++)
            {
                var k = 0;
                while (k < phrase.Length && Same(text[at + k], phrase[k]))
                {
                    k++;
                }

                if (k == phrase.Length)
                {
                    if (BounceRules.Applies(i, status, reply))
                    {
                        return i;
                    }

                    break;
                }
            }
        }

        return -1;

        static bool Same(char c, char p) => c == p || (c < 128 ? c >= 'A' && c <= 'Z' && (c | 0x20) == p : p >= 128 && char.ToLowerInvariant(c) == p);
    }

    /// <summary>Random text made of phrases (whole, cut short, one character changed, in random case), words and noise.</summary>
    private static string Text(Random random, int pieces)
    {
        string[] words = ["the", "mail", "user", "not", "account", "delivery", "550", "5.1.1", "<bob@example.org>:", "—", "é", "ÉCHEC", "Ящик", "用户", "\n", "  ", "K"];
        var builder = new StringBuilder();
        for (var n = 0; n < pieces; n++)
        {
            var pick = random.Next(10);
            if (pick < 4)
            {
                var phrase = Phrases[random.Next(Phrases.Length)];
                var chars = phrase.ToCharArray();
                for (var k = 0; k < chars.Length; k++)
                {
                    if (random.Next(3) == 0)
                    {
                        chars[k] = char.ToUpperInvariant(chars[k]);
                    }
                }

                if (pick == 1)
                {
                    chars[random.Next(chars.Length)] = 'q';
                }

                builder.Append(chars, 0, pick == 2 ? random.Next(1, chars.Length + 1) : chars.Length);
            }
            else if (pick < 8)
            {
                builder.Append(words[random.Next(words.Length)]);
            }
            else
            {
                builder.Append((char)random.Next(32, 127));
            }

            if (random.Next(2) == 0)
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }

    [Fact]
    public void Finds_what_a_plain_search_finds_in_chars_and_UTF_8()
    {
        var random = new Random(20261130);
        var found = 0;
        for (var round = 0; round < 3000; round++)
        {
            var text = Text(random, random.Next(0, 40));
            var (status, reply) = Codes[random.Next(Codes.Length)];
            var expected = Reference(text, status, reply);
            found += expected >= 0 ? 1 : 0;
            PhraseSearch.FindBest(text.AsSpan(), status, reply).Should().Be(expected, "in chars, for \"{0}\"", text);
            PhraseSearch.FindBest(Encoding.UTF8.GetBytes(text).AsSpan(), status, reply).Should().Be(expected, "in UTF-8, for \"{0}\"", text);
        }

        found.Should().BeGreaterThan(1000, "most generated texts contain a phrase that applies, so the comparison is not only of misses");
    }

    [Fact]
    public void Finds_phrases_across_the_UTF_8_chunks_and_at_the_ends_of_the_text()
    {
        // UTF-8 is decoded 1,024 chars at a time: a phrase placed at every offset around the first chunk ends, and at the
        // very start and end of the text, is found in both forms.
        // Also a phrase found by a non-ASCII character after its ASCII start ("réponse automatique" at its "é"), whose start
        // may lie in the previous chunk.
        var ascii = Phrases.Select((p, i) => (p, i)).First(x => x.p.Length >= 8 && x.p.All(c => c < 128) && BounceRules.Applies(x.i, 0, 0));
        var anchored = Phrases.Select((p, i) => (p, i)).First(x => x.p.Length >= 8 && x.p[0] < 128 && x.p.Take(4).Any(c => c >= 128) && BounceRules.Applies(x.i, 0, 0));
        foreach (var phrase in new[] { ascii, anchored })
        {
            foreach (var at in Enumerable.Range(1000, 40).Concat([0, 1, 2, 3]))
            {
                var text = new string('x', at) + phrase.p.ToUpperInvariant() + new string('y', 5);
                foreach (var form in new[] { text, text.Substring(0, at + phrase.p.Length) })
                {
                    var expected = Reference(form, 0, 0);
                    expected.Should().BeGreaterThanOrEqualTo(0);
                    PhraseSearch.FindBest(form.AsSpan(), 0, 0).Should().Be(expected, "\"{0}\" at {1}", phrase.p, at);
                    PhraseSearch.FindBest(Encoding.UTF8.GetBytes(form).AsSpan(), 0, 0).Should().Be(expected, "\"{0}\" at {1} in UTF-8", phrase.p, at);
                }
            }
        }
    }

    [Fact]
    public void Finds_every_phrase_alone_at_the_start_and_at_the_end_of_a_text()
    {
        foreach (var phrase in Phrases)
        {
            foreach (var text in new[] { phrase, "x " + phrase, phrase + " x", phrase.ToUpperInvariant() })
            {
                foreach (var (status, reply) in Codes)
                {
                    var expected = Reference(text, status, reply);
                    PhraseSearch.FindBest(text.AsSpan(), status, reply).Should().Be(expected, "in chars, for \"{0}\"", text);
                    PhraseSearch.FindBest(Encoding.UTF8.GetBytes(text).AsSpan(), status, reply).Should().Be(expected, "in UTF-8, for \"{0}\"", text);
                }
            }
        }
    }

    [Theory]
    [InlineData("\u212Aeep")]
    [InlineData("USER UNKNO\u212AN")]
    public void A_non_ASCII_character_never_stands_for_an_ASCII_letter(string text)
    {
        // The Kelvin sign's invariant lower case is 'k': it still does not spell an English phrase.
        PhraseSearch.FindBest(text.AsSpan(), 0, 0).Should().Be(Reference(text, 0, 0));
        PhraseSearch.FindBest(text.Replace('\u212A', 'K').AsSpan(), 0, 0).Should().Be(Reference(text.Replace('\u212A', 'K'), 0, 0));
    }
}
