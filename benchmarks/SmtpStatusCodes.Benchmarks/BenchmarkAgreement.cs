using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using SmtpStatusCodes.MimeKit;

namespace SmtpStatusCodes.Benchmarks;

/// <summary>
/// Checks, before anything is timed, that every implementation a benchmark compares computes the same thing on the
/// benchmark's inputs (parse verdicts and parts, written text, descriptions, scanner matches). One method per
/// scenario; each throws <see cref="InvalidOperationException"/> naming the input and the implementations that
/// disagree. <c>--verify</c> runs them all, and <c>--ci</c> runs them before the benchmarks.
/// </summary>
public static class BenchmarkAgreement
{
    /// <summary>How many leading entries of <see cref="Benchmarks.Inputs.EnhancedCodes"/> are valid codes.</summary>
    public const int ValidEnhancedCodes = 15;

    /// <summary>How many leading entries of <see cref="Benchmarks.Inputs.ReplyCodes"/> are valid codes.</summary>
    public const int ValidReplyCodes = 14;

    /// <summary>How many trailing entries of <see cref="Benchmarks.Inputs.ReplyLines"/> are not reply lines.</summary>
    public const int InvalidReplyLines = 3;

    /// <summary>Every code the scanner finds in <see cref="Benchmarks.Inputs.Bounce"/>, as "index+length:code".</summary>
    public static readonly string[] ExpectedBounceMatches =
    [
        // The notification's two Postfix "said:" lines.
        "906+3:550", "910+5:5.1.1", "1075+3:552", "1079+5:5.2.2",

        // The delivery report: Status fields, and the Diagnostic-Codes' reply and enhanced codes.
        "1524+5:5.1.1", "1585+3:550", "1589+5:5.1.1", "1783+3:550", "1787+5:5.1.1",
        "1972+5:5.2.2", "2033+3:552", "2037+5:5.2.2", "2202+5:4.4.1",
    ];

    /// <summary>
    /// What the naive regex finds in <see cref="Benchmarks.Inputs.Bounce"/> besides the scanner's enhanced codes: the
    /// traps docs/scanning.md describes (an IPv4 address and a message ID that contain a code-shaped run).
    /// </summary>
    public static readonly string[] ExpectedNaiveOnlyMatches =
    [
        "1843+6:5.1.10",    // the IPv4 address 92.5.1.10 in Gmail's diagnostic
        "2574+5:5.1.1",     // the IPv4 address [10.5.1.1] in a Received header
        "3656+5:5.1.1",     // the Message-ID <7c1d2e3f-5.1.1.4a5b@example.org>
    ];

    /// <summary>The scenario checks by name, in the order <see cref="VerifyAll"/> runs them.</summary>
    public static IReadOnlyList<(string Name, Action Check)> Checks { get; } =
    [
        (nameof(Inputs), Inputs),
        (nameof(BounceRead), BounceRead),
        (nameof(EnhancedCodeParse), EnhancedCodeParse),
        (nameof(ReplyCodeParse), ReplyCodeParse),
        (nameof(ReplyLineParse), ReplyLineParse),
        (nameof(Format), Format),
        (nameof(DescriptionLookup), DescriptionLookup),
        (nameof(Scan), Scan),
        (nameof(ScanFilter), ScanFilter),
        (nameof(Classify), Classify),
    ];

    /// <summary>Runs every check; writes one line per check. Returns false when any check failed.</summary>
    /// <param name="output">Where to write the results.</param>
    /// <returns>True when every implementation agrees on every input.</returns>
    public static bool VerifyAll(TextWriter output)
    {
        var ok = true;
        foreach (var (name, check) in Checks)
        {
            try
            {
                check();
                output.WriteLine($"agree: {name}");
            }
            catch (InvalidOperationException e)
            {
                ok = false;
                output.WriteLine($"DISAGREE: {name}: {e.Message}");
            }
        }

        return ok;
    }

    /// <summary>The corpus has the message count <see cref="BounceReadBenchmarks"/> divides by, and reading a message
    /// parsed in setup gives the same report as parsing and reading it in one go.</summary>
    public static void BounceRead()
    {
        var messages = BounceCorpus.Messages;
        Require(messages.Length == BounceReadBenchmarks.MessageCount, $"the corpus has {messages.Length} messages, MessageCount says {BounceReadBenchmarks.MessageCount}");
        var benchmarks = new BounceReadBenchmarks();
        benchmarks.Setup();
        var parsedCount = benchmarks.ReadParsed();
        var inlineCount = benchmarks.ParseAndRead();
        Require(parsedCount == inlineCount, $"ReadParsed found {parsedCount} recipients, ParseAndRead {inlineCount}");
        Require(parsedCount >= messages.Length, $"only {parsedCount} recipients in {messages.Length} bounces");
        Require(benchmarks.ParsePersistentAndRead() == parsedCount, "ParsePersistentAndRead finds another number of recipients");

        // A persistent parse reads part contents from the stream later: every report must come out the same.
        foreach (var bytes in messages)
        {
            var plain = Describe(BounceReport.Read(BounceReadBenchmarks.Parse(bytes)));
            var persistent = Describe(BounceReport.Read(BounceReadBenchmarks.ParsePersistent(bytes)));
            Require(plain == persistent, $"a persistent parse reads another report: {persistent} instead of {plain}");
        }

        static string Describe(BounceReport report) => $"{report.Kind} {report.ReportingMta} {report.OriginalMessageId} " + string.Join(
            " | ", report.Recipients.Select(r => $"{r.Address} {r.Action} {r.StatusCode} {r.ReplyCode} {r.RemoteMta} {r.Classification.Type} {r.Classification.Reason} {r.DiagnosticText}"));
    }

    /// <summary>
    /// On the code-free bounce the Regex baseline finds the cue phrase our classifier reports; on the real bounce a cue
    /// phrase decides (so phrases are searched); chars and UTF-8 agree on both.
    /// </summary>
    public static void Classify()
    {
        var noCode = BounceClassifier.Classify(Benchmarks.Inputs.DigitFreeBounce.AsSpan());
        var noCodeUtf8 = BounceClassifier.Classify(ClassifyTextBenchmarks.DigitFreeBounceUtf8.AsSpan());
        var baseline = ClassifyTextBenchmarks.RegexBestPhrase(Benchmarks.Inputs.DigitFreeBounce);
        Require(noCode.StatusCode is null && noCode.ReplyCode is null, "the digit-free bounce has a code");
        Require(baseline == noCode.CuePhrase && noCodeUtf8.CuePhrase == noCode.CuePhrase, $"the Regex baseline finds '{baseline}', ours '{noCode.CuePhrase}' (UTF-8 '{noCodeUtf8.CuePhrase}')");
        var searchValues = ClassifyTextBenchmarks.SearchValuesBestPhrase(Benchmarks.Inputs.DigitFreeBounce);
        Require(searchValues == noCode.CuePhrase, $"the SearchValues baseline finds '{searchValues}', ours '{noCode.CuePhrase}'");
        var chars = BounceClassifier.Classify(Benchmarks.Inputs.Bounce.AsSpan());
        var utf8 = BounceClassifier.Classify(Benchmarks.Inputs.BounceUtf8.AsSpan());
        Require(chars.Basis == BounceBasis.CuePhrase, $"the bounce was decided by {chars.Basis}, not a cue phrase: the benchmark would not search phrases");
        Require(chars.Reason == utf8.Reason && chars.CuePhrase == utf8.CuePhrase, $"chars say {chars.Reason} ({chars.CuePhrase}), UTF-8 says {utf8.Reason} ({utf8.CuePhrase})");
        Require(ClassifyCodeBenchmarks.StatusCodes.Length == 16 && ClassifyCodeBenchmarks.ReplyCodes.Length == 16, "the code benchmarks divide by 16");
    }

    /// <summary>The input arrays match the counts the benchmarks divide by, and the bounce is the 4 KB ASCII text it claims to be.</summary>
    public static void Inputs()
    {
        Require(Benchmarks.Inputs.EnhancedCodes.Length == Benchmarks.Inputs.EnhancedCodeCount, $"EnhancedCodes has {Benchmarks.Inputs.EnhancedCodes.Length} entries, EnhancedCodeCount says {Benchmarks.Inputs.EnhancedCodeCount}");
        Require(Benchmarks.Inputs.ReplyCodes.Length == Benchmarks.Inputs.ReplyCodeCount, $"ReplyCodes has {Benchmarks.Inputs.ReplyCodes.Length} entries, ReplyCodeCount says {Benchmarks.Inputs.ReplyCodeCount}");
        Require(Benchmarks.Inputs.ReplyLines.Length == Benchmarks.Inputs.ReplyLineCount, $"ReplyLines has {Benchmarks.Inputs.ReplyLines.Length} entries, ReplyLineCount says {Benchmarks.Inputs.ReplyLineCount}");
        Require(Benchmarks.Inputs.KnownCodes.Length == Benchmarks.Inputs.KnownCodeCount, $"KnownCodes has {Benchmarks.Inputs.KnownCodes.Length} entries, KnownCodeCount says {Benchmarks.Inputs.KnownCodeCount}");
        Require(Benchmarks.Inputs.KnownStatusCodes.All(c => c.IsKnown), "a KnownCodes entry is not a registered code");
        Require(Benchmarks.Inputs.BounceUtf8.Length == Benchmarks.Inputs.Bounce.Length, "the bounce is not ASCII");
        Require(Benchmarks.Inputs.Bounce.Length is >= 3800 and <= 4400, $"the bounce is {Benchmarks.Inputs.Bounce.Length} characters, not about 4 KB");
    }

    /// <summary>Ours (chars, UTF-8), both regexes, Split and the limit give the same verdict and parts for every enhanced code.</summary>
    public static void EnhancedCodeParse()
    {
        var codes = Benchmarks.Inputs.EnhancedCodes;
        for (var i = 0; i < codes.Length; i++)
        {
            var s = codes[i];
            var ours = EnhancedCodeParseBenchmarks.OursChars(s);
            Require((ours >= 0) == (i < ValidEnhancedCodes), $"{Quote(s)}: ours says {(ours >= 0 ? "valid" : "invalid")}, the input list says {(i < ValidEnhancedCodes ? "valid" : "invalid")}");
            Same(s, ("ours (chars)", ours),
                ("ours (UTF-8)", EnhancedCodeParseBenchmarks.OursUtf8(Benchmarks.Inputs.EnhancedCodesUtf8[i])),
                ("[GeneratedRegex]", EnhancedCodeParseBenchmarks.WithGeneratedRegex(s)),
                ("compiled Regex", EnhancedCodeParseBenchmarks.WithCompiledRegex(s)),
                ("string.Split + int.Parse", EnhancedCodeParseBenchmarks.WithSplit(s)),
                ("hand-written limit", EnhancedCodeParseBenchmarks.WithLimit(s)));
        }
    }

    /// <summary>Ours (chars, UTF-8), regex, int.Parse and the limit give the same code (or refusal) for every reply code.</summary>
    public static void ReplyCodeParse()
    {
        var codes = Benchmarks.Inputs.ReplyCodes;
        for (var i = 0; i < codes.Length; i++)
        {
            var s = codes[i];
            var ours = ReplyCodeParseBenchmarks.OursChars(s);
            Require((ours >= 0) == (i < ValidReplyCodes), $"{Quote(s)}: ours says {(ours >= 0 ? "valid" : "invalid")}, the input list says {(i < ValidReplyCodes ? "valid" : "invalid")}");
            Same(s, ("ours (chars)", ours),
                ("ours (UTF-8)", ReplyCodeParseBenchmarks.OursUtf8(Benchmarks.Inputs.ReplyCodesUtf8[i])),
                ("[GeneratedRegex] + int.Parse", ReplyCodeParseBenchmarks.WithRegex(s)),
                ("int.TryParse + range check", ReplyCodeParseBenchmarks.WithIntParse(s)),
                ("hand-written limit", ReplyCodeParseBenchmarks.WithLimit(s)));
        }
    }

    /// <summary>Ours (chars, UTF-8), the regex and the limit give the same code, last-line flag, enhanced code and text for every line.</summary>
    public static void ReplyLineParse()
    {
        var lines = Benchmarks.Inputs.ReplyLines;
        for (var i = 0; i < lines.Length; i++)
        {
            var s = lines[i];
            var expectValid = i < lines.Length - InvalidReplyLines;
            Same(s,
                ("ours (chars)", Describe(ReplyLineParseBenchmarks.OursChars(s, out var a), a)),
                ("ours (UTF-8)", Describe(ReplyLineParseBenchmarks.OursUtf8(Benchmarks.Inputs.ReplyLinesUtf8[i], out var b), b)),
                ("[GeneratedRegex]", Describe(ReplyLineParseBenchmarks.WithRegex(s, out var c), c)),
                ("hand-written limit", Describe(ReplyLineParseBenchmarks.WithLimit(s, out var d), d)));
            Require(ReplyLineParseBenchmarks.OursChars(s, out _) == expectValid, $"{Quote(s)}: ours says {(expectValid ? "not " : string.Empty)}a reply line, the input list says otherwise");
        }

        // Spot checks that tie the shared representation to what the lines say.
        Require(ReplyLineParseBenchmarks.OursChars(lines[0], out var first) && first == new ReplyLineParts(550, false, 5_001_001, 10, lines[0].Length - 10), $"{Quote(lines[0])} parsed as {first}");
        Require(ReplyLineParseBenchmarks.OursChars(Benchmarks.Inputs.ReplyLines[17], out var data) && data.Status == -1 && data.Code == 354, $"{Quote(lines[17])}: a 3xx line has no enhanced code, got {data}");
    }

    /// <summary>TryFormat to chars and UTF-8, ToString, string interpolation and span interpolation write the same text.</summary>
    public static void Format()
    {
        Span<char> chars = stackalloc char[16];
        Span<byte> bytes = stackalloc byte[16];
        Span<char> written = stackalloc char[16];
        for (var i = 0; i < Benchmarks.Inputs.KnownStatusCodes.Length; i++)
        {
            var code = Benchmarks.Inputs.KnownStatusCodes[i];
            var expected = Benchmarks.Inputs.KnownCodes[i];
            var n = FormatBenchmarks.OursChars(code, chars);
            var m = FormatBenchmarks.OursUtf8(code, bytes);
            var k = FormatBenchmarks.InterpolatedTryWrite(code, written);
            SameText(expected,
                ("input", expected),
                ("ToString", FormatBenchmarks.OursToString(code)),
                ("TryFormat (chars)", n < 0 ? "<failed>" : chars.Slice(0, n).ToString()),
                ("TryFormat (UTF-8)", m < 0 ? "<failed>" : Encoding.UTF8.GetString(bytes.Slice(0, m))),
                ("string interpolation", FormatBenchmarks.Interpolated(code)),
                ("span TryWrite", k < 0 ? "<failed>" : written.Slice(0, k).ToString()));
        }
    }

    /// <summary>GetDescription(en) equals the dictionary's entry for every code (looked up by its text and via ToString); Title is the registry's; zh-TW gives a different, non-empty text.</summary>
    public static void DescriptionLookup()
    {
        var benchmark = new DescriptionLookupBenchmarks();
        benchmark.Setup();
        for (var i = 0; i < Benchmarks.Inputs.KnownStatusCodes.Length; i++)
        {
            var code = Benchmarks.Inputs.KnownStatusCodes[i];
            var key = Benchmarks.Inputs.KnownCodes[i];
            SameText(key,
                ("GetDescription(en)", code.GetDescription(DescriptionLookupBenchmarks.English)),
                ("Dictionary[text]", benchmark.Lookup(key)),
                ("Dictionary[ToString()]", benchmark.Lookup(code.ToString())));
            SameText(key, ("Title", code.Title), ("Info.Title", code.Info?.Title ?? "<no Info>"));
            var zh = code.GetDescription(DescriptionLookupBenchmarks.TraditionalChinese);
            Require(zh.Length > 0 && zh != code.GetDescription(DescriptionLookupBenchmarks.English), $"{Quote(key)}: GetDescription(zh-TW) is empty or English: {Quote(zh)}");
        }

        long sum = 0;
        foreach (var code in Benchmarks.Inputs.KnownStatusCodes)
        {
            sum += code.GetDescription(DescriptionLookupBenchmarks.English).Length;
        }

        Require(benchmark.DictionaryLookup() == sum && benchmark.DictionaryLookup_FromCode() == sum && benchmark.Ours_GetDescription_en() == sum
            && benchmark.Ours_GetDescription_ResolvedEnglish() == sum, "the description benchmarks return different totals");
        Require(benchmark.Ours_GetDescription_ResolvedZhTW() == benchmark.Ours_GetDescription_zhTW(), "zh-TW resolved once and per call give different totals");
    }

    /// <summary>
    /// On the bounce: ours over chars and over UTF-8 find the same matches, exactly <see cref="ExpectedBounceMatches"/>;
    /// the faithful regex finds exactly our enhanced codes (also on the trap-heavy text); the naive regex finds every
    /// one of our enhanced codes plus exactly the traps in <see cref="ExpectedNaiveOnlyMatches"/>.
    /// </summary>
    public static void Scan()
    {
        var bounce = Benchmarks.Inputs.Bounce;
        var chars = ScanBenchmarks.OursChars(bounce, statusCodesOnly: false);
        SameList("ours (chars)", chars, "ours (UTF-8)", ScanBenchmarks.OursUtf8(Benchmarks.Inputs.BounceUtf8, statusCodesOnly: false));
        SameList("ours", chars, "the expected matches", ExpectedBounceMatches);

        var ourStatusCodes = ScanBenchmarks.OursChars(bounce, statusCodesOnly: true);
        SameList("ours (enhanced codes)", ourStatusCodes, "the faithful regex", ScanBenchmarks.FaithfulMatches(bounce));
        SameList("ours (enhanced codes, trap-heavy text)", ScanBenchmarks.OursChars(Benchmarks.Inputs.TrapHeavyText, statusCodesOnly: true),
            "the faithful regex (trap-heavy text)", ScanBenchmarks.FaithfulMatches(Benchmarks.Inputs.TrapHeavyText));

        var naive = ScanBenchmarks.NaiveMatches(bounce);
        var missed = ourStatusCodes.Except(naive).ToList();
        Require(missed.Count == 0, $"the naive regex misses codes the scanner finds: {string.Join(", ", missed)}");
        SameList("the naive regex's extra matches", naive.Except(ourStatusCodes).ToList(), "the documented traps", ExpectedNaiveOnlyMatches);

        var benchmark = new ScanBenchmarks();
        Require(benchmark.Ours_Chars() == benchmark.Ours_Utf8(), "Ours_Chars and Ours_Utf8 return different totals");
    }

    /// <summary>The digit-free bounce keeps the bounce's length, has no digit, and nobody finds a code in it.</summary>
    public static void ScanFilter()
    {
        var text = Benchmarks.Inputs.DigitFreeBounce;
        Require(text.Length == Benchmarks.Inputs.Bounce.Length && Benchmarks.Inputs.DigitFreeBounceUtf8.Length == text.Length, "the digit-free bounce is not as long as the bounce");
        Require(!text.Any(c => c is >= '0' and <= '9'), "the digit-free bounce has a digit");
        Require(ScanBenchmarks.OursChars(text, statusCodesOnly: false).Count == 0, "ours (chars) finds a code in the digit-free bounce");
        Require(ScanBenchmarks.OursUtf8(Benchmarks.Inputs.DigitFreeBounceUtf8, statusCodesOnly: false).Count == 0, "ours (UTF-8) finds a code in the digit-free bounce");
        Require(ScanBenchmarks.NaiveMatches(text).Count == 0, "the naive regex finds a code in the digit-free bounce");
        var benchmark = new ScanFilterBenchmarks();
        Require(benchmark.Regex_Naive() == 0 && benchmark.Ours_Chars() == 0 && benchmark.Ours_Utf8() == 0, "a digit-free benchmark reports a match");
    }

    private static string Describe(bool ok, ReplyLineParts parts) => ok ? parts.ToString() : "not a reply line";

    private static void Same<T>(string input, params (string Name, T Value)[] results)
        where T : IEquatable<T>
    {
        var (firstName, firstValue) = results[0];
        foreach (var (name, value) in results.Skip(1))
        {
            Require(value.Equals(firstValue), $"{Quote(input)}: {firstName} gives {firstValue}, {name} gives {value}");
        }
    }

    private static void SameText(string input, params (string Name, string Value)[] results) => Same(input, results);

    private static void SameList(string leftName, IReadOnlyList<string> left, string rightName, IReadOnlyList<string> right) =>
        Require(left.SequenceEqual(right), $"{leftName} gives [{string.Join(", ", left)}], {rightName} gives [{string.Join(", ", right)}]");

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }

    private static string Quote(string s)
    {
        var b = new StringBuilder("\"");
        foreach (var c in s)
        {
            _ = c switch
            {
                '\r' => b.Append("\\r"),
                '\n' => b.Append("\\n"),
                _ when c < 0x20 || c > 0x7E => b.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)),
                _ => b.Append(c),
            };
        }

        return b.Append('"').ToString();
    }
}
