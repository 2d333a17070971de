using System;
using System.Text;
using CsCheck;
using SmtpStatusCodes.Tests.TestSupport;

namespace SmtpStatusCodes.Tests;

/// <summary>Generated inputs, 100,000 per property, checked against the independent recognisers in ReferenceGrammar.</summary>
public class PropertyTests
{
    private const int Iterations = 100_000;

    private static readonly System.Collections.Generic.HashSet<(int, int)> Registered = [.. ReferenceTexts.RegisteredDetails()];

    // Mostly the characters codes are made of, so that a good share of generated strings are valid or nearly valid.
    private static readonly Gen<string> CodeLikeText = Gen.String[Gen.Char["0123456789.........245"], 0, 11]
        .Select(Gen.String[Gen.Char["0123456789.+- \t\u0665\uFF15a\0"], 0, 3], Gen.Int[0, 3])
        .Select(t => t.Item3 == 0 ? t.Item1 + t.Item2 : t.Item1);

    [Fact]
    public void Every_valid_triple_round_trips_through_format_and_parse()
    {
        Gen.Select(Gen.OneOfConst(StatusClass.Success, StatusClass.PersistentTransientFailure, StatusClass.PermanentFailure), Gen.Int[0, 999], Gen.Int[0, 999])
            .Sample((cls, subject, detail) =>
            {
                var code = new StatusCode(cls, subject, detail);
                var text = code.ToString();
                text.Should().Be($"{(int)cls}.{subject}.{detail}");
                StatusCode.Parse(text).Should().Be(code);
                code.IsKnown.Should().Be(Registered.Contains((subject, detail)), text);
                Span<byte> utf8 = stackalloc byte[9];
                code.TryFormat(utf8, out var n).Should().BeTrue();
                StatusCode.Parse(utf8.Slice(0, n)).Should().Be(code);
            }, iter: Iterations);
    }

    [Fact]
    public void Every_valid_reply_code_round_trips()
    {
        Gen.Int[200, 559].Where(ReplyCode.IsValid).Sample(v =>
        {
            var code = new ReplyCode(v);
            ReplyCode.Parse(code.ToString()).Value.Should().Be(v);
        }, iter: Iterations);
    }

    [Fact]
    public void Status_code_parsing_agrees_with_the_reference_grammar_on_random_text()
    {
        CodeLikeText.Sample(s =>
        {
            var expected = ReferenceGrammar.IsStatusCode(s);
            StatusCode.TryParse(s, out var fromChars).Should().Be(expected, $"'{s}'");
            StatusCode.TryParse(Encoding.UTF8.GetBytes(s), out var fromUtf8).Should().Be(expected, $"UTF-8 '{s}'");
            fromUtf8.Should().Be(fromChars);
            if (expected)
            {
                fromChars.ToString().Should().Be(s);
            }
            else
            {
                fromChars.IsDefault.Should().BeTrue();
                var act = () => StatusCode.Parse(s);
                act.Should().Throw<FormatException>();
            }
        }, iter: Iterations);
    }

    [Fact]
    public void Random_bytes_never_throw_and_never_pass_what_the_grammar_rejects()
    {
        Gen.Byte.Array[0, 12].Sample(bytes =>
        {
            var latin1 = Encoding.Latin1.GetString(bytes);
            StatusCode.TryParse(bytes, out var code).Should().Be(ReferenceGrammar.IsStatusCode(latin1));
            ReplyCode.TryParse(bytes, out _).Should().Be(ReferenceGrammar.IsReplyCode(latin1));
            StatusCode.TryParseLenient(bytes, out _, out var strict);
            strict.Should().Be(ReferenceGrammar.IsStatusCode(latin1));
            if (!code.IsDefault)
            {
                // A parsed code is exactly its text, and known exactly when the data registers its subject.detail.
                code.ToString().Should().Be(latin1);
                code.IsKnown.Should().Be(Registered.Contains((code.Subject, code.Detail)), latin1);
                (code.Info is not null).Should().Be(code.IsKnown);
            }
        }, iter: Iterations);
    }

    [Fact]
    public void Reply_code_parsing_agrees_with_the_reference_grammar_on_random_text()
    {
        Gen.String[Gen.Char["0123456789 a"], 0, 4].Sample(s =>
        {
            var expected = ReferenceGrammar.IsReplyCode(s);
            ReplyCode.TryParse(s, out var fromChars).Should().Be(expected, $"'{s}'");
            ReplyCode.TryParse(Encoding.UTF8.GetBytes(s), out var fromUtf8).Should().Be(expected);
            fromUtf8.Should().Be(fromChars);
        }, iter: Iterations);
    }

    [Fact]
    public void Random_unicode_strings_never_make_TryParse_throw()
    {
        Gen.String.Sample(s =>
        {
            StatusCode.TryParse(s, out _).Should().Be(ReferenceGrammar.IsStatusCode(s));
            ReplyCode.TryParse(s, out _).Should().Be(ReferenceGrammar.IsReplyCode(s));
        }, iter: Iterations);
    }
}
