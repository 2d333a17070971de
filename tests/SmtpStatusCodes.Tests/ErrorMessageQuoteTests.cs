using System;
using System.Collections.Generic;
using System.Text;

namespace SmtpStatusCodes.Tests;

/// <summary>
/// A parse error quotes at most 64 code units of the input and never cuts a character in two: not a surrogate pair
/// in UTF-16 input, not a multi-byte sequence in UTF-8 input. Checked at every cut position.
/// </summary>
public class ErrorMessageQuoteTests
{
    private const int Limit = 64;

    // One, two, three and four UTF-8 bytes; the last is a surrogate pair in UTF-16.
    private static readonly string[] Characters = ["a", "\u00E9", "\u4E2D", "\U0001F600"];

    [Fact]
    public void A_surrogate_pair_at_the_cut_is_never_split()
    {
        var input = new string('a', 63) + "\U0001F600";
        var quoted = Quoted(Message(() => StatusCode.Parse(input)));
        quoted.Should().Be(new string('a', 63), "the pair would end past unit 64, so the cut moves before it");
    }

    [Fact]
    public void Every_cut_position_of_generated_text_with_astral_characters_keeps_characters_whole()
    {
        var random = new Random(20261130);
        var inputs = new List<string>();
        foreach (var character in Characters)
        {
            // The character at every position around the cut, with 'a' before it and more text after it.
            for (var before = 0; before <= Limit + 2; before++)
            {
                inputs.Add(new string('a', before) + character + "bcd" + character);
            }
        }

        for (var i = 0; i < 2000; i++)
        {
            var builder = new StringBuilder();
            var length = random.Next(Limit - 8, Limit + 24);
            while (builder.Length < length)
            {
                builder.Append(Characters[random.Next(Characters.Length)]);
            }

            inputs.Add(builder.ToString());
        }

        foreach (var input in inputs)
        {
            CheckChars(input, Message(() => StatusCode.Parse(input)));
            CheckChars(input, Message(() => ReplyCode.Parse(input)));
            var utf8 = Encoding.UTF8.GetBytes(input);
            CheckUtf8(input, utf8, Message(() => StatusCode.Parse(utf8)));
            CheckUtf8(input, utf8, Message(() => ReplyCode.Parse(utf8)));
        }
    }

    private static void CheckChars(string input, string message)
    {
        WellFormed(message).Should().BeTrue(message);
        var quoted = Quoted(message);
        input.StartsWith(quoted, StringComparison.Ordinal).Should().BeTrue(message);
        if (input.Length <= Limit)
        {
            quoted.Should().Be(input);
            return;
        }

        // The longest prefix of at most 64 units that does not end inside a pair.
        var expected = char.IsHighSurrogate(input[Limit - 1]) ? Limit - 1 : Limit;
        quoted.Length.Should().Be(expected, message);
        message.Should().Contain($"... ({input.Length} characters)");
    }

    private static void CheckUtf8(string input, byte[] utf8, string message)
    {
        WellFormed(message).Should().BeTrue(message);
        message.Should().NotContain("\uFFFD", "valid UTF-8 is never cut inside a sequence");
        var quoted = Quoted(message);
        input.StartsWith(quoted, StringComparison.Ordinal).Should().BeTrue(message);
        var quotedBytes = Encoding.UTF8.GetByteCount(quoted);
        if (utf8.Length <= Limit)
        {
            quoted.Should().Be(input);
            return;
        }

        // The longest whole-character prefix of at most 64 bytes: the next character would not fit.
        quotedBytes.Should().BeLessThanOrEqualTo(Limit);
        var next = char.IsHighSurrogate(input[quoted.Length]) ? input.Substring(quoted.Length, 2) : input.Substring(quoted.Length, 1);
        (quotedBytes + Encoding.UTF8.GetByteCount(next)).Should().BeGreaterThan(Limit, message);
        message.Should().Contain($"... ({utf8.Length} bytes)");
    }

    private static string Message(Action parse)
    {
        try
        {
            parse();
        }
        catch (FormatException e)
        {
            return e.Message;
        }

        throw new InvalidOperationException("Expected a FormatException.");
    }

    // The inputs hold no quote, backslash or control character, so the quoted text is the input's prefix verbatim.
    private static string Quoted(string message)
    {
        var start = message.IndexOf('\'') + 1;
        var end = message.IndexOf('\'', start);
        return message.Substring(start, end - start);
    }

    private static bool WellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
