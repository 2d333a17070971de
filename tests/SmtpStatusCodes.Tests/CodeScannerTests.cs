using System;
using CsCheck;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using SmtpStatusCodes.Tests.TestSupport;

namespace SmtpStatusCodes.Tests;

public class CodeScannerTests
{
    private static List<string> Scan(string text)
    {
        var found = new List<string>();
        foreach (var m in CodeScanner.EnumerateMatches(text.AsSpan()))
        {
            var slice = text.Substring(m.Index, m.Length);
            slice.Should().Be(m.ToString(), "the match's position and length cover exactly the code");
            found.Add(slice);
        }

        return found;
    }

    private static List<string> ScanUtf8(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var found = new List<string>();
        foreach (var m in CodeScanner.EnumerateMatches(bytes))
        {
            found.Add(Encoding.UTF8.GetString(bytes, m.Index, m.Length));
        }

        return found;
    }

    public static TheoryData<string> BounceNames()
    {
        var data = new TheoryData<string>();
        foreach (var name in Corpus.BounceNames())
        {
            data.Add(name);
        }

        return data;
    }

    [Fact]
    public void The_corpus_has_at_least_15_bounces_in_many_styles() => Corpus.BounceNames().Count().Should().BeGreaterThanOrEqualTo(15);

    [Theory]
    [MemberData(nameof(BounceNames))]
    public void Finds_exactly_the_expected_codes_in_each_bounce(string name)
    {
        var text = Corpus.BounceText(name);
        var expected = Corpus.BounceExpected(name);
        Scan(text).Should().Equal(expected);
        ScanUtf8(text).Should().Equal(expected);
        Scan(text.Replace("\n", "\r\n")).Should().Equal(expected, "CRLF line ends change nothing");
    }

    public static TheoryData<string, string> Traps()
    {
        var data = new TheoryData<string, string>();
        foreach (var (input, expected) in Corpus.ScannerTraps())
        {
            data.Add(input, string.Join(" ", expected));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Traps))]
    public void Reports_codes_and_ignores_the_traps(string input, string expected)
    {
        string.Join(" ", Scan(input)).Should().Be(expected);
        string.Join(" ", ScanUtf8(input)).Should().Be(expected);
    }

    [Theory]
    [InlineData("Remote host 10.5.1.1 refused", "")]
    [InlineData("relay [192.0.2.5] said nothing", "")]
    [InlineData("v5.1.1 and Postfix 3.5.1 and 2.0.1-beta", "")]
    [InlineData("on 5.1.2024 and 5.1.10.3", "")]
    [InlineData("x5.1.1 15.1.1 5.1.1x", "")]
    [InlineData("policy 4.7.26 applies", "4.7.26")]
    [InlineData("after 450 seconds, 250 KB", "")]
    [InlineData("#5.1.1 (5.1.1) Status: 5.1.1", "5.1.1 5.1.1 5.1.1")]
    [InlineData("smtp; 550 user unknown", "550")]
    [InlineData("host mx.example.com[192.0.2.1] said: 550 5.1.1 unknown", "550 5.1.1")]
    [InlineData(">>> RCPT TO:<a@example.org>\n<<< 550 5.1.1 no", "550 5.1.1")]
    [InlineData("Remote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound'", "550 5.1.1")]
    [InlineData("退信代码5.1.1：用户不存在", "5.1.1")]
    [InlineData("5.7.133 and 5.8.1", "5.7.133")]
    [InlineData("550- .1.250 x", "550")]
    [InlineData("x 550 .1.2 y", "")]
    [InlineData("x 550 3.1.2 y", "")]
    public void Follows_the_documented_rules(string input, string expected) => string.Join(" ", Scan(input)).Should().Be(expected);

    [Fact]
    public void Matches_carry_the_parsed_code()
    {
        var e = CodeScanner.EnumerateMatches("said: 550 5.7.26 unauthenticated".AsSpan());
        e.MoveNext().Should().BeTrue();
        e.Current.IsStatusCode.Should().BeFalse();
        e.Current.ReplyCode.Value.Should().Be(550);
        e.Current.StatusCode.IsDefault.Should().BeTrue();
        e.Current.Index.Should().Be(6);
        e.MoveNext().Should().BeTrue();
        e.Current.IsStatusCode.Should().BeTrue();
        e.Current.StatusCode.Should().Be(StatusCode.Parse("5.7.26"));
        e.Current.ReplyCode.IsDefault.Should().BeTrue();
        e.Current.Index.Should().Be(10);
        e.Current.Length.Should().Be(6);
        e.MoveNext().Should().BeFalse();
        CodeScanner.TryFindFirst("nothing here".AsSpan(), out _).Should().BeFalse();
        CodeScanner.TryFindFirst("Status: 4.4.7"u8, out var first).Should().BeTrue();
        first.StatusCode.Should().Be(StatusCode.Parse("4.4.7"));
    }

    [Fact]
    public void Positions_are_in_bytes_for_utf8_input()
    {
        var text = "退信代码5.1.1";
        CodeScanner.TryFindFirst(text.AsSpan(), out var inChars).Should().BeTrue();
        inChars.Index.Should().Be(4);
        CodeScanner.TryFindFirst(Encoding.UTF8.GetBytes(text), out var inBytes).Should().BeTrue();
        inBytes.Index.Should().Be(12);
    }

    [Fact]
    public void Scanning_allocates_nothing()
    {
        var text = Corpus.BounceText("rfc3464-multipart-report");
        var bytes = Encoding.UTF8.GetBytes(text);
        Allocations.Measure(() =>
        {
            foreach (var m in CodeScanner.EnumerateMatches(text.AsSpan()))
            {
                _ = m.StatusCode;
            }

            foreach (var m in CodeScanner.EnumerateMatches(bytes))
            {
                _ = m.ReplyCode;
            }
        }, iterations: 100).Should().Be(0);
    }

    [Fact]
    public void The_character_class_table_follows_the_documented_boundary_rules()
    {
        // docs/scanning.md, written out independently of the table.
        static bool LetterOrDigit(int c) => c is >= '0' and <= '9' or >= 'a' and <= 'z' or >= 'A' and <= 'Z';
        static int Expected(int c) =>
            (LetterOrDigit(c) ? ScanClass.LetterOrDigit : 0)
            | (LetterOrDigit(c) || ".\\_/@+$%&=~".Contains((char)c) ? ScanClass.ExcludedBefore : 0)
            | (LetterOrDigit(c) || "_/@+%".Contains((char)c) ? ScanClass.ExcludedAfter : 0)
            | (c is '.' or '-' ? ScanClass.DotOrHyphen : 0)
            | (c is ' ' or '\t' or '-' or '\r' or '\n' ? ScanClass.ReplySeparator : 0)
            | (c is ' ' or '\t' ? ScanClass.Blank : 0);

        Enumerable.Range(0, 0x10000).Where(c => ScanClass.Of(c) != Expected(c)).Select(c => $"U+{c:X4}").Should().BeEmpty();
    }

    [Fact]
    public void Char_and_utf8_scans_agree_on_random_text_and_never_throw()
    {
        Gen.String[Gen.Char["0123456789245.. \n;:#<>\"'-smtpaid\u00e9\u4e2d"], 0, 80].Sample(s =>
        {
            ScanUtf8(s).Should().Equal(Scan(s), $"'{s}'");
        }, iter: 20_000);
    }

    [Fact]
    public void The_vectorized_scanner_agrees_with_a_plain_reference_on_generated_text()
    {
        // Long enough for several vector blocks, dense in code-like tokens, so block edges and several candidates in
        // one block are exercised; the reference tries every position with the documented rules.
        // The chars whose low byte is '5', '.' and space, and a fullwidth '5' (above 0x8000), check that narrowing chars to
        // bytes in the filter (truncating or saturating) only adds candidates.
        string[] tokens = ["5.1.1", "4.7.26", "550", "250", "5.7.133", "2.0.0", " ", " ", "\n", "\r\n", "-", ".", "#", "x", "10", "5", "smtp;", "said:", "<<< ", "(", ")", "'", "1", "9", "\t", "\u00e9", "/",
            "\u0135", "\u012E", "\u0120", "\uFF15"];
        Gen.Int[0, tokens.Length - 1].Array[0, 120].Select(ix => string.Concat(ix.Select(k => tokens[k]))).Sample(text =>
        {
            var expected = ReferenceScanner.Scan(text);
            Scan(text).Should().Equal(expected, $"'{text}'");
            ScanUtf8(text).Should().Equal(expected, $"UTF-8 '{text}'");
        }, iter: 30_000);
    }

    public static TheoryData<string, int> Hostile() => new()
    {
        { "5.5.5.", 1 << 20 },
        { "555 ", 1 << 20 },
        { "2", 2 << 20 },
        { "\n550-", 1 << 20 },
        { "smtp; ", 1 << 20 },
        { "5.1.1 ", 1 << 20 },
        { "4.7.2", 2 << 20 },
        { "                                                                 550", 1 << 20 },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Work_is_linear_on_hostile_input(string unit, int length)
    {
        // Steps count every unit the scanner examines: the vectorized search, each look ahead and each look back.
        var text = string.Concat(Enumerable.Repeat(unit, length / unit.Length));
        var e = CodeScanner.EnumerateMatches(text.AsSpan());
        var matches = 0;
        while (e.MoveNext())
        {
            matches++;
        }

        e.Steps.Should().BeLessThanOrEqualTo(30L * text.Length, "each unit is looked at a bounded number of times");
        var u = CodeScanner.EnumerateMatches(Encoding.UTF8.GetBytes(text));
        var utf8Matches = 0;
        while (u.MoveNext())
        {
            utf8Matches++;
        }

        utf8Matches.Should().Be(matches);
        u.Steps.Should().BeLessThanOrEqualTo(30L * text.Length);
    }
}
