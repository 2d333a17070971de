using System;
using System.Text;
using SmtpStatusCodes.Internal;
using SmtpStatusCodes.Tests.TestSupport;

namespace SmtpStatusCodes.Tests;

/// <summary>
/// The fast parsers (TryParse) and the explaining parsers (Parse's error messages, lenient mode) are two
/// implementations of one grammar. These tests prove them equal, and equal to <see cref="ReferenceGrammar"/>, on
/// every string up to a length over alphabets that reach every branch of the grammar: exhaustively, not by sampling.
/// </summary>
public class ParserAgreementTests
{
    // Class digits, other digits, the dot, a letter and a non-ASCII digit (ARABIC-INDIC DIGIT FIVE, U+0665).
    private const string WideAlphabet = "0125.a\u0665";

    // Enough for every shape of the longest codes (5.999.999, 5.0.999, 5.99.05 ...): a class digit, zero, another digit, the dot.
    private const string LongAlphabet = "059.";

    [Fact]
    public void Status_code_parsers_agree_on_every_short_string_over_the_grammar_alphabet()
    {
        var count = ForEachString(WideAlphabet, 0, 7, CheckStatusCode);
        count.Should().Be(Total(WideAlphabet.Length, 0, 7));
    }

    [Fact]
    public void Status_code_parsers_agree_on_every_string_up_to_one_past_the_longest_code()
    {
        var count = ForEachString(LongAlphabet, 8, 9, CheckStatusCode);
        count += ForEachString("59.", 10, 10, CheckStatusCode);
        count.Should().Be(Total(LongAlphabet.Length, 8, 9) + Total(3, 10, 10));
    }

    [Fact]
    public void Reply_code_parsers_agree_on_all_1000_three_digit_values()
    {
        var valid = 0;
        for (var value = 0; value <= 999; value++)
        {
            var text = value.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
            CheckReplyCode(text);
            if (ReferenceGrammar.IsReplyCode(text))
            {
                valid++;
                var code = ReplyCode.Parse(text);
                code.Value.Should().Be(value);
                code.ToString().Should().Be(text);
                ((int)code.Class).Should().Be(value / 100);
                ((int)code.Category).Should().Be(value / 10 % 10);
                ReplyCode.IsValid(value).Should().BeTrue();
            }
            else
            {
                ReplyCode.IsValid(value).Should().BeFalse(text);
            }
        }

        valid.Should().Be(4 * 6 * 10);
    }

    [Fact]
    public void Reply_code_parsers_agree_on_every_string_of_up_to_4_characters()
    {
        // Digits, a space, a letter, a non-ASCII digit and a fullwidth digit.
        var count = ForEachString("0123456789 a\u0665\uFF15", 0, 4, CheckReplyCode);
        count.Should().Be(Total(14, 0, 4));
    }

    private static void CheckStatusCode(string s)
    {
        var expected = ReferenceGrammar.IsStatusCode(s);
        var expectedLenient = IsLenientStatusCode(s);
        var utf8 = Encoding.UTF8.GetBytes(s);
        var ok = CodeParser.TryParseStatusCode(s.AsSpan(), out var packed);
        var okUtf8 = CodeParser.TryParseStatusCode<byte>(utf8, out var packedUtf8);
        var error = CodeParser.ParseStatusCode(s.AsSpan(), lenient: false, out var explained, out var position, out _);
        var errorUtf8 = CodeParser.ParseStatusCode<byte>(utf8, lenient: false, out var explainedUtf8, out var positionUtf8, out _);
        var lenientError = CodeParser.ParseStatusCode(s.AsSpan(), lenient: true, out var lenientPacked, out _, out var strictError);
        if (ok != expected || okUtf8 != expected || (error == ParseError.None) != expected || (errorUtf8 == ParseError.None) != expected
            || (lenientError == ParseError.None) != expectedLenient || (expectedLenient && (strictError == ParseError.None) != expected))
        {
            throw new InvalidOperationException($"'{s}': reference {expected} (lenient {expectedLenient}), TryParse {ok}/{okUtf8}, explaining {error}/{errorUtf8}, lenient {lenientError} (strict {strictError}).");
        }

        if (expected)
        {
            var code = StatusCode.Parse(s);
            if (packed != code.Packed || packedUtf8 != packed || explained != packed || explainedUtf8 != packed || lenientPacked != packed || code.ToString() != s)
            {
                throw new InvalidOperationException($"'{s}': the parsers disagree on the value.");
            }
        }
        else
        {
            // Every refusal is explained: a specific reason at a position inside the input (or at its end).
            if ((uint)position > (uint)s.Length || (uint)positionUtf8 > (uint)utf8.Length
                || ParseErrors.StatusCodeReason(s.AsSpan(), error, position) == "the input is not a status code")
            {
                throw new InvalidOperationException($"'{s}': {error} at {position} is not a reason.");
            }
        }

        if (expectedLenient && lenientPacked != CodePacking.Pack(s[0] - '0', int.Parse(s.Split('.')[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(s.Split('.')[2], System.Globalization.CultureInfo.InvariantCulture)))
        {
            throw new InvalidOperationException($"'{s}': lenient value is wrong.");
        }
    }

    private static void CheckReplyCode(string s)
    {
        var expected = ReferenceGrammar.IsReplyCode(s);
        var utf8 = Encoding.UTF8.GetBytes(s);
        var ok = ReplyCode.TryParse(s, out var fromChars);
        var okUtf8 = ReplyCode.TryParse(utf8, out var fromUtf8);
        var error = CodeParser.ParseReplyCode(s.AsSpan(), out var explained, out var position);
        var errorUtf8 = CodeParser.ParseReplyCode<byte>(utf8, out var explainedUtf8, out _);
        if (ok != expected || okUtf8 != expected || (error == ParseError.None) != expected || (errorUtf8 == ParseError.None) != expected)
        {
            throw new InvalidOperationException($"'{s}': reference {expected}, TryParse {ok}/{okUtf8}, explaining {error}/{errorUtf8}.");
        }

        if (expected)
        {
            if (fromChars.Value != explained || fromUtf8.Value != explained || explainedUtf8 != explained || fromChars.ToString() != s)
            {
                throw new InvalidOperationException($"'{s}': the parsers disagree on the value.");
            }
        }
        else if (!fromChars.IsDefault || !fromUtf8.IsDefault || (uint)position > (uint)s.Length
            || ParseErrors.ReplyCodeReason(s.AsSpan(), error, position) == "the input is not a reply code")
        {
            throw new InvalidOperationException($"'{s}': a refusal without a default result or a reason ({error} at {position}).");
        }
    }

    // The lenient grammar: the strict one with leading zeros allowed (1 to 3 ASCII digits per part).
    private static bool IsLenientStatusCode(string s)
    {
        var parts = s.Split('.');
        return parts.Length == 3 && parts[0].Length == 1 && "245".IndexOf(parts[0][0]) >= 0 && IsDigits(parts[1]) && IsDigits(parts[2]);

        static bool IsDigits(string p) => p.Length is >= 1 and <= 3 && p.TrimStart("0123456789".ToCharArray()).Length == 0;
    }

    private static int ForEachString(string alphabet, int minLength, int maxLength, Action<string> check)
    {
        var count = 0;
        var buffer = new char[maxLength];
        var digits = new int[maxLength];
        for (var length = minLength; length <= maxLength; length++)
        {
            Array.Clear(digits, 0, digits.Length);
            while (true)
            {
                for (var i = 0; i < length; i++)
                {
                    buffer[i] = alphabet[digits[i]];
                }

                check(new string(buffer, 0, length));
                count++;
                var position = length - 1;
                while (position >= 0 && ++digits[position] == alphabet.Length)
                {
                    digits[position--] = 0;
                }

                if (position < 0)
                {
                    break;
                }
            }
        }

        return count;
    }

    private static int Total(int alphabetSize, int minLength, int maxLength)
    {
        var total = 0;
        for (var length = minLength; length <= maxLength; length++)
        {
            total += (int)Math.Pow(alphabetSize, length);
        }

        return total;
    }
}
