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
    [InlineData("queued: 354 2.0.0 go ahead", "354 2.0.0")]
    [InlineData("x 354-2.0.0 y", "354 2.0.0")]
    [InlineData("x 334 5.7.0 y", "334 5.7.0")]
    public void Follows_the_documented_rules(string input, string expected) => string.Join(" ", Scan(input)).Should().Be(expected);

    [Fact]
    public void Matches_carry_the_parsed_code()
    {
        var e = CodeScanner.EnumerateMatches("said: 550 5.7.26 unauthenticated".AsSpan());
        e.MoveNext().Should().BeTrue();
        e.Current.IsStatusCode.Should().BeFalse();
        e.Current.ReplyCode.Should().Be(ReplyCode.Parse("550"));
        e.Current.StatusCode.Should().BeNull("a reply-code match has no enhanced code");
        e.Current.Index.Should().Be(6);
        e.MoveNext().Should().BeTrue();
        e.Current.IsStatusCode.Should().BeTrue();
        e.Current.StatusCode.Should().Be(StatusCode.Parse("5.7.26"));
        e.Current.ReplyCode.Should().BeNull("an enhanced-code match has no reply code");
        e.Current.Index.Should().Be(10);
        e.Current.Length.Should().Be(6);
        e.MoveNext().Should().BeFalse();
        CodeScanner.TryFindFirst("nothing here".AsSpan(), out var none).Should().BeFalse();
        none.StatusCode.Should().BeNull();
        none.ReplyCode.Should().BeNull();
        none.ToString().Should().BeEmpty();
        CodeScanner.TryFindFirst("Status: 4.4.7"u8, out var first).Should().BeTrue();
        first.StatusCode.Should().Be(StatusCode.Parse("4.4.7"));
    }

    [Theory]
    [InlineData("550 5.1.1 <bob@example.org>: User unknown", "5.1.1")]
    [InlineData("451 Try later; see 4.7.1 and 5.7.1", "4.7.1")]
    [InlineData("554 Transaction failed", null)]
    [InlineData("Mail from 10.5.1.1 on 2026-11-30: none", null)]
    [InlineData("", null)]
    public void FindFirstStatusCode_skips_reply_codes_and_takes_the_first_enhanced_code(string text, string? expected)
    {
        var code = expected is null ? (StatusCode?)null : StatusCode.Parse(expected);
        CodeScanner.FindFirstStatusCode(text.AsSpan()).Should().Be(code);
        CodeScanner.FindFirstStatusCode(Encoding.UTF8.GetBytes(text)).Should().Be(code);
        var first = CodeScanner.EnumerateMatches(text.AsSpan());
        StatusCode? plain = null;
        foreach (var match in first)
        {
            if (match.IsStatusCode)
            {
                plain = match.StatusCode;
                break;
            }
        }

        plain.Should().Be(code, "the plain loop over every match agrees");
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
        // bytes in the filter (truncating or saturating) only adds candidates. 3xx reply codes check rule 4 for every
        // class; runs of 20 and 30 blanks put many reply codes near the look-back limit (64) on either side of it.
        var blanks20 = new string(' ', 20);
        var blanks30 = new string(' ', 30);
        string[] tokens = ["5.1.1", "4.7.26", "550", "250", "5.7.133", "2.0.0", " ", " ", "\n", "\r\n", "-", ".", "#", "x", "10", "5", "smtp;", "said:", "<<< ", "(", ")", "'", "1", "9", "\t", "\u00e9", "/",
            "\u0135", "\u012E", "\u0120", "\uFF15", "354", "334", "3.1.1", "\r", ">>", "SMTP;", "Said:", "\"", blanks20, blanks30, blanks30 + "\t"];
        Gen.Int[0, tokens.Length - 1].Array[0, 120].Select(ix => string.Concat(ix.Select(k => tokens[k]))).Sample(text =>
        {
            var expected = ReferenceScanner.Scan(text);
            Scan(text).Should().Equal(expected, $"'{text}'");
            ScanUtf8(text).Should().Equal(expected, $"UTF-8 '{text}'");
        }, iter: 30_000);
    }

    public static TheoryData<string, string> LookBackAnchors() => new()
    {
        // The anchor of each rule, then the stretch the look-back crosses, with {0} for a run of spaces: the stretch's
        // length is what the limit counts.
        { "", "{0}" },
        { "x\n", "{0}" },
        { "x\r", "{0}" },
        { "x\r\n", "{0}" },
        { "x\n", "<<<{0}'" },
        { "x\n", "\t>>{0}\"" },
        { "Diagnostic-Code: smtp;", "{0}" },
        { "host mx.example.org said:", "\t{0}" },
    };

    [Theory]
    [MemberData(nameof(LookBackAnchors))]
    public void One_look_back_limit_holds_for_every_reply_position_rule(string anchor, string stretch)
    {
        // Regression: the line-start rule stopped one unit short of the limit while "smtp;" reached one unit past it.
        var besidesBlanks = stretch.Length - "{0}".Length;
        foreach (var crossed in new[] { besidesBlanks + 1, 63, 64, 65, 200 })
        {
            var text = anchor + stretch.Replace("{0}", new string(' ', crossed - besidesBlanks)) + "550 user unknown";
            var expected = crossed <= 64 ? "550" : string.Empty;
            string.Join(" ", Scan(text)).Should().Be(expected, $"'{anchor}' then {crossed} units crossed");
            string.Join(" ", ScanUtf8(text)).Should().Be(expected, $"'{anchor}' then {crossed} units crossed, UTF-8");
            string.Join(" ", ReferenceScanner.Scan(text)).Should().Be(expected, $"'{anchor}' then {crossed} units crossed, reference");
        }
    }

    [Fact]
    public void The_documented_look_back_limit_is_the_scanner_s() =>
        CodeMatchCursor<char>.MaxLookBack.Should().Be(ReferenceScanner.MaxLookBack).And.Be(64, "docs/scanning.md gives the number");

    public static TheoryData<string> Hostile() => new()
    {
        "5.5.5.",
        "555 ",
        "2",
        "\n550-",
        "smtp; ",
        "5.1.1 ",
        "4.7.2",
        "                                                                 550",
        "\n                                                               550 ",
        "said:" + new string(' ', 64) + "354-",
        "\n<<< '550 5.1.1",
        "\u0135\u012E\u0135\u0120",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async System.Threading.Tasks.Task Work_grows_linearly_with_the_length_of_hostile_input(string unit)
    {
        // The measure is how the scanner's run time grows with the length of the same hostile text: one scan of a text
        // 64 times longer against 64 scans of the short one. The two take about the same time when the work is linear
        // and 64 times as long when it grows with the square of the length (a look-back or a search that restarts from
        // far behind); the limit, 16, leaves room for noise and cache effects on a loaded machine and still catches any
        // quadratic term (an injected quadratic look-back measured 9 to 49 at a 16-fold length; at 64-fold a quadratic
        // term grows four times more). It is
        // a ratio between runs of the same code path on the same machine at the same moment, so CPU speed, vector width
        // and load cancel out, and no duration is asserted; the two sides last equally long, so preemption is as likely
        // on either, and each takes the fastest of 21 interleaved rounds. A loaded machine can still spoil one
        // measurement, so up to five are taken and the best counts: noise can only raise a ratio, never lower it, so a
        // quadratic scanner cannot pass by retrying.
        // Counting work inside the scanner, as an earlier test did, cannot fail: a loop that forgets to count is exactly
        // the regression to catch. Instruction counters would be exact but are not available in containers and VMs.
        // The scans run on a worker with a generous deadline so that a hang fails this test instead of the whole run.
        const double Limit = 16;
        var small = Repeat(unit, 1 << 10);
        var large = Repeat(unit, 1 << 16);
        var smallUtf8 = Encoding.UTF8.GetBytes(small);
        var largeUtf8 = Encoding.UTF8.GetBytes(large);
        var copies = large.Length / small.Length;
        var ratios = (Chars: double.MaxValue, Utf8: double.MaxValue);
        var scans = System.Threading.Tasks.Task.Run(() =>
        {
            for (var attempt = 0; attempt < 5 && (ratios.Chars >= Limit || ratios.Utf8 >= Limit); attempt++)
            {
                ratios.Chars = Math.Min(ratios.Chars, GrowthRatio(copies, () => CountMatches(small.AsSpan()), () => CountMatches(large.AsSpan())));
                ratios.Utf8 = Math.Min(ratios.Utf8, GrowthRatio(copies, () => CountMatches(smallUtf8), () => CountMatches(largeUtf8)));
            }
        });
        var finished = await System.Threading.Tasks.Task.WhenAny(scans, System.Threading.Tasks.Task.Delay(TimeSpan.FromMinutes(2))) == scans;

        finished.Should().BeTrue("scanning 128 KB must end");
        ratios.Chars.Should().BeLessThan(Limit, "a text 64 times longer must cost about what 64 short ones cost (chars)");
        ratios.Utf8.Should().BeLessThan(Limit, "a text 64 times longer must cost about what 64 short ones cost (UTF-8)");
    }

    private static string Repeat(string unit, int length) => string.Concat(Enumerable.Repeat(unit, Math.Max(1, length / unit.Length)));

    private static int CountMatches(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var m in CodeScanner.EnumerateMatches(text))
        {
            count += m.Length;
        }

        return count;
    }

    private static int CountMatches(ReadOnlySpan<byte> text)
    {
        var count = 0;
        foreach (var m in CodeScanner.EnumerateMatches(text))
        {
            count += m.Length;
        }

        return count;
    }

    private static double GrowthRatio(int copies, Func<int> small, Func<int> large)
    {
        // Warm up both, so that both run the same compiled code; the short scans go first in every round, so that a
        // tier-up in the middle can only make the long scan look faster, never slower.
        small();
        large();
        var fastestSmall = long.MaxValue;
        var fastestLarge = long.MaxValue;
        for (var round = 0; round < 21; round++)
        {
            var start = System.Diagnostics.Stopwatch.GetTimestamp();
            for (var k = 0; k < copies; k++)
            {
                small();
            }

            var middle = System.Diagnostics.Stopwatch.GetTimestamp();
            large();
            var end = System.Diagnostics.Stopwatch.GetTimestamp();
            fastestSmall = Math.Min(fastestSmall, middle - start);
            fastestLarge = Math.Min(fastestLarge, end - middle);
        }

        return (double)fastestLarge / Math.Max(1, fastestSmall);
    }
}
