using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using SmtpStatusCodes.Generators.Model;
using SmtpStatusCodes.Internal;

namespace SmtpStatusCodes.Generators.Classification;

/// <summary>Checks the bounce rules as a whole and writes BounceTables: every lookup resolved at build time.</summary>
internal static class BounceRulesEmitter
{
    private const string EnglishCulture = "en";
    private static readonly int[] Classes = [2, 4, 5];
    private static readonly string[] Kinds = ["none", "soft", "hard"];
    private static readonly string[] RetryNames = ["NotApplicable", "DoNotRetry", "RetryLater", "RetryAfterSenderFix"];


    private sealed record CodeRule(int Line, string Code, int Reason, bool Final, string Source, bool Enhanced, int Class, int Subject, int Detail);

    public static BounceOutput Build(ImmutableArray<BounceFile> files)
    {
        var diagnostics = new List<DataDiagnostic>(files.SelectMany(f => f.Diagnostics));
        var reasonsFile = Single(files, BounceFileKind.Reasons, BounceRulesParser.ReasonsFileName, diagnostics);
        var codesFile = Single(files, BounceFileKind.Codes, BounceRulesParser.CodesFileName, diagnostics);
        var phrasesFile = Single(files, BounceFileKind.Phrases, BounceRulesParser.PhrasesFileName, diagnostics);
        var english = files.FirstOrDefault(f => f.Kind == BounceFileKind.Texts && f.Culture == EnglishCulture);
        if (english is null && files.Length > 0)
        {
            diagnostics.Add(new("SSC008", "bounce-texts.en.tsv", 0, "bounce-texts.en.tsv is missing: every reason needs an English name and advice"));
        }

        if (reasonsFile is null || codesFile is null || phrasesFile is null || english is null || diagnostics.Count > 0)
        {
            return new BounceOutput(new EquatableArray<DataDiagnostic>([.. diagnostics]), string.Empty);
        }

        var reasons = ReadReasons(reasonsFile, diagnostics);
        var rules = ReadCodeRules(codesFile, reasons, diagnostics);
        var phrases = ReadPhrases(phrasesFile, reasons, diagnostics);
        var cultures = files.Where(f => f.Kind == BounceFileKind.Texts)
            .OrderBy(f => f.Culture == EnglishCulture ? 0 : 1).ThenBy(f => f.Culture, StringComparer.Ordinal)
            .Select(f => (f.Culture, Texts: ReadTexts(f, reasons, diagnostics))).ToList();
        if (diagnostics.Count > 0)
        {
            return new BounceOutput(new EquatableArray<DataDiagnostic>([.. diagnostics]), string.Empty);
        }

        var englishTexts = cultures[0].Texts;
        foreach (var missing in reasons.Names.Where((_, i) => englishTexts[i] is null))
        {
            diagnostics.Add(new("SSC005", english.Path, 0, $"bounce-texts.en.tsv: the reason '{missing}' has no English name and advice"));
        }

        if (diagnostics.Count > 0)
        {
            return new BounceOutput(new EquatableArray<DataDiagnostic>([.. diagnostics]), string.Empty);
        }

        return new BounceOutput(EquatableArray<DataDiagnostic>.Empty, Emit(reasons, rules, phrases, cultures, englishTexts));
    }

    private static BounceFile? Single(ImmutableArray<BounceFile> files, BounceFileKind kind, string name, List<DataDiagnostic> diagnostics)
    {
        var found = files.Where(f => f.Kind == kind).ToList();
        if (found.Count == 0 && files.Length > 0)
        {
            diagnostics.Add(new("SSC008", name, 0, $"{name} is missing: the bounce classifier needs it"));
        }

        return found.FirstOrDefault();
    }

    private sealed class ReasonTable
    {
        public List<string> Names { get; } = [];

        public List<(int Standard, int Kind, int Retry, int RetryTransient)> Rows { get; } = [];

        public int Find(string name) => Names.IndexOf(name);
    }

    private static ReasonTable ReadReasons(BounceFile file, List<DataDiagnostic> diagnostics)
    {
        var table = new ReasonTable();
        var fileName = Path.GetFileName(file.Path);
        foreach (var row in file.Rows)
        {
            if (!IsIdentifier(row[0]))
            {
                diagnostics.Add(new("SSC001", file.Path, row.Line, $"{fileName}({row.Line}): '{row[0]}' is not a reason name (PascalCase letters)"));
            }
            else if (table.Find(row[0]) >= 0)
            {
                diagnostics.Add(new("SSC003", file.Path, row.Line, $"{fileName}({row.Line}): reason '{row[0]}' is listed twice"));
            }

            table.Names.Add(row[0]);
        }

        foreach (var row in file.Rows)
        {
            var standard = table.Find(row[1]);
            var kind = Array.IndexOf(Kinds, row[2]);
            var retry = Array.IndexOf(RetryNames, row[3]);
            var retryTransient = Array.IndexOf(RetryNames, row[4]);
            if (standard < 0 || file.Rows[standard][1] != file.Rows[standard][0])
            {
                diagnostics.Add(new("SSC007", file.Path, row.Line, $"{fileName}({row.Line}): the standard reason of '{row[0]}' must be a reason that is its own standard, found '{row[1]}'"));
            }

            if (kind < 0 || retry < 0 || retryTransient < 0)
            {
                diagnostics.Add(new("SSC007", file.Path, row.Line,
                    $"{fileName}({row.Line}): '{row[0]}' needs kind hard/soft/none and retry values {string.Join("/", RetryNames)}, found '{row[2]}', '{row[3]}', '{row[4]}'"));
            }

            table.Rows.Add((standard, kind, retry, retryTransient));
        }

        if (table.Names.Count == 0 || table.Names[0] != "Undefined")
        {
            diagnostics.Add(new("SSC007", file.Path, 0, $"{fileName}: the first reason must be 'Undefined' (the value 0)"));
        }

        return table;
    }

    private static List<CodeRule> ReadCodeRules(BounceFile file, ReasonTable reasons, List<DataDiagnostic> diagnostics)
    {
        var rules = new List<CodeRule>();
        var fileName = Path.GetFileName(file.Path);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in file.Rows)
        {
            var code = row[0];
            if (seen.TryGetValue(code, out var first))
            {
                diagnostics.Add(new("SSC003", file.Path, row.Line, $"{fileName}({row.Line}): code '{code}' is listed twice (first on line {first})"));
                continue;
            }

            seen[code] = row.Line;
            var reason = reasons.Find(row[1]);
            if (reason < 0)
            {
                diagnostics.Add(new("SSC007", file.Path, row.Line, $"{fileName}({row.Line}): '{row[1]}' is not a reason of bounce-reasons.tsv"));
                continue;
            }

            if (row[2] is not ("final" or "cues"))
            {
                diagnostics.Add(new("SSC007", file.Path, row.Line, $"{fileName}({row.Line}): phrases of '{code}' must be 'final' or 'cues', found '{row[2]}'"));
                continue;
            }

            if (row[3].Trim().Length == 0)
            {
                diagnostics.Add(new("SSC005", file.Path, row.Line, $"{fileName}({row.Line}): the source of '{code}' is empty"));
                continue;
            }

            if (TryEnhancedPattern(code, out var c, out var s, out var d))
            {
                rules.Add(new CodeRule(row.Line, code, reason, row[2] == "final", row[3], true, c, s, d));
            }
            else if (TryReplyPattern(code, out var r1, out var r2, out var r3) && (r2 < 0) == (r3 < 0))
            {
                rules.Add(new CodeRule(row.Line, code, reason, row[2] == "final", row[3], false, r1, r2, r3));
            }
            else
            {
                diagnostics.Add(new("SSC001", file.Path, row.Line,
                    $"{fileName}({row.Line}): '{code}' is not a code rule: expected '5.1.1', 'X.1.1', '5.1.X', 'X.1.X', '5.X.X', '550' or '5XX'"));
            }
        }

        return rules;
    }

    private sealed record PhraseRule(int Line, string Phrase, int Reason, string Applies, int[] Scopes, string Source);

    private static List<PhraseRule> ReadPhrases(BounceFile file, ReasonTable reasons, List<DataDiagnostic> diagnostics)
    {
        var phrases = new List<PhraseRule>();
        var fileName = Path.GetFileName(file.Path);
        foreach (var row in file.Rows)
        {
            var phrase = row[0];
            var reason = reasons.Find(row[1]);
            if (phrase.Length < (phrase.Any(c => c > 127) ? 2 : 3) || phrase.Trim().Length != phrase.Length || !string.Equals(phrase, phrase.ToLowerInvariant(), StringComparison.Ordinal))
            {
                diagnostics.Add(new("SSC001", file.Path, row.Line, $"{fileName}({row.Line}): the phrase '{phrase}' must be lower case, without leading or trailing spaces, and at least 3 characters long (2 with non-ASCII letters)"));
                continue;
            }

            if (reason < 0)
            {
                diagnostics.Add(new("SSC007", file.Path, row.Line, $"{fileName}({row.Line}): '{row[1]}' is not a reason of bounce-reasons.tsv"));
                continue;
            }

            if (row[3].Trim().Length == 0)
            {
                diagnostics.Add(new("SSC005", file.Path, row.Line, $"{fileName}({row.Line}): the source of '{phrase}' is empty"));
                continue;
            }

            var scopes = ParseApplies(row[2]);
            if (scopes is not null && row[2].StartsWith("transcript-", StringComparison.Ordinal) && (!phrase.StartsWith(">>> ", StringComparison.Ordinal) || phrase.Length < 5))
            {
                // The transcript reader matches the command after the '>>> ' that every row of these starts with.
                diagnostics.Add(new("SSC007", file.Path, row.Line, $"{fileName}({row.Line}): a transcript command must be '>>> ' and the command, found '{phrase}'"));
                continue;
            }

            if (scopes is null)
            {
                diagnostics.Add(new("SSC007", file.Path, row.Line,
                    $"{fileName}({row.Line}): applies of '{phrase}' must be 'any', 'none', a stage ('after-data', 'after-mail', 'after-connect', 'after-rcpt'), a transcript command ('transcript-data', 'transcript-mail', 'transcript-connect', 'transcript-rcpt') or a comma list of '4', '5', enhanced patterns and reply patterns, found '{row[2]}'"));
                continue;
            }

            var duplicate = phrases.FirstOrDefault(p => p.Phrase == phrase && p.Applies == row[2]);
            if (duplicate is not null)
            {
                diagnostics.Add(new("SSC003", file.Path, row.Line, $"{fileName}({row.Line}): the phrase '{phrase}' for '{row[2]}' is listed twice (first on line {duplicate.Line})"));
                continue;
            }

            // A phrase that contains an earlier phrase of another reason, over codes the earlier one also covers, never wins.
            var shadow = phrases.FirstOrDefault(p => p.Reason != reason && phrase.Contains(p.Phrase) && (p.Applies == "any" || p.Applies == row[2]));
            if (shadow is not null)
            {
                diagnostics.Add(new("SSC009", file.Path, row.Line,
                    $"{fileName}({row.Line}): the phrase '{phrase}' can never select {row[1]}: it contains '{shadow.Phrase}' (line {shadow.Line}), which comes first; move it above"));
                continue;
            }

            phrases.Add(new PhraseRule(row.Line, phrase, reason, row[2], scopes, row[3]));
        }

        return phrases;
    }

    private static string?[] ReadTexts(BounceFile file, ReasonTable reasons, List<DataDiagnostic> diagnostics)
    {
        var texts = new string?[reasons.Names.Count * 2];
        var fileName = Path.GetFileName(file.Path);
        foreach (var row in file.Rows)
        {
            var reason = reasons.Find(row[0]);
            if (reason < 0)
            {
                diagnostics.Add(new("SSC006", file.Path, row.Line, $"{fileName}({row.Line}): '{row[0]}' is not a reason of bounce-reasons.tsv"));
            }
            else if (row[1].Trim().Length == 0 || row[2].Trim().Length == 0)
            {
                diagnostics.Add(new("SSC005", file.Path, row.Line, $"{fileName}({row.Line}): the name and the advice of '{row[0]}' must not be empty"));
            }
            else if (texts[reason * 2] is not null)
            {
                diagnostics.Add(new("SSC003", file.Path, row.Line, $"{fileName}({row.Line}): reason '{row[0]}' is listed twice"));
            }
            else
            {
                texts[reason * 2] = row[1];
                texts[(reason * 2) + 1] = row[2];
            }
        }

        return texts;
    }

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && name[0] is >= 'A' and <= 'Z' && name.All(c => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9'));

    /// <summary>'5.1.1', 'X.1.1', '5.1.X', 'X.1.X' or '5.X.X'; -1 stands for X.</summary>
    internal static bool TryEnhancedPattern(string code, out int cls, out int subject, out int detail)
    {
        cls = subject = detail = -1;
        var parts = code.Split('.');
        if (parts.Length != 3)
        {
            return false;
        }

        if (!Part(parts[0], 1, out cls) || !Part(parts[1], 1, out subject) || !Part(parts[2], 3, out detail))
        {
            return false;
        }

        if (cls >= 0 && cls is not (2 or 4 or 5) || subject > 7 || (subject < 0 && (cls < 0 || detail >= 0)))
        {
            return false;
        }

        return true;

        static bool Part(string text, int maxDigits, out int value)
        {
            value = -1;
            if (text == "X")
            {
                return true;
            }

            if (text.Length == 0 || text.Length > maxDigits || (text.Length > 1 && text[0] == '0') || !text.All(c => c is >= '0' and <= '9'))
            {
                return false;
            }

            value = int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
            return true;
        }
    }

    /// <summary>'550', '5XX', '55X' or 'X5X'; -1 stands for X.</summary>
    internal static bool TryReplyPattern(string code, out int d1, out int d2, out int d3)
    {
        d1 = d2 = d3 = -1;
        if (code.Length != 3 || !code.All(c => c == 'X' || c is >= '0' and <= '9'))
        {
            return false;
        }

        d1 = code[0] == 'X' ? -1 : code[0] - '0';
        d2 = code[1] == 'X' ? -1 : code[1] - '0';
        d3 = code[2] == 'X' ? -1 : code[2] - '0';
        return d1 is -1 or (>= 2 and <= 5) && d2 <= 5;
    }

    /// <summary>The encoded scope tokens of an 'applies' field; empty for 'any'; null when malformed.</summary>
    internal static int[]? ParseApplies(string applies)
    {
        if (applies == "any")
        {
            return [];
        }

        var scopes = new List<int>();
        foreach (var token in applies.Split(','))
        {
            if (token == "none")
            {
                scopes.Add(PhraseScope.Token(PhraseScope.None));
            }
            else if (token is "after-data" or "after-mail" or "after-connect" or "after-rcpt" && applies == token)
            {
                var kind = token == "after-data" ? PhraseScope.AfterData : token == "after-mail" ? PhraseScope.AfterMail : token == "after-connect" ? PhraseScope.AfterConnect : PhraseScope.AfterRcpt;
                scopes.Add(PhraseScope.Token(kind));
            }
            else if (token is "transcript-data" or "transcript-mail" or "transcript-connect" or "transcript-rcpt" && applies == token)
            {
                var stage = token == "transcript-data" ? PhraseScope.AfterData : token == "transcript-mail" ? PhraseScope.AfterMail : token == "transcript-connect" ? PhraseScope.AfterConnect : PhraseScope.AfterRcpt;
                scopes.Add(PhraseScope.Token(PhraseScope.Transcript, stage));
            }
            else if (token is "4" or "5")
            {
                scopes.Add(PhraseScope.Token(PhraseScope.Class, token[0] - '0'));
            }
            else if (TryEnhancedPattern(token, out var c, out var s, out var d))
            {
                scopes.Add(PhraseScope.Token(PhraseScope.Enhanced, ((c < 0 ? 0 : c) << 24) | ((s < 0 ? 15 : s) << 20) | (d < 0 ? 1023 : d)));
            }
            else if (TryReplyPattern(token, out var a, out var b, out var e))
            {
                scopes.Add(PhraseScope.Token(PhraseScope.Reply, ((a < 0 ? 15 : a) << 8) | ((b < 0 ? 15 : b) << 4) | (e < 0 ? 15 : e)));
            }
            else
            {
                return null;
            }
        }

        return [.. scopes];
    }

    private static int ResolveEnhanced(List<CodeRule> rules, int cls, int subject, int detail)
    {
        var failure = cls is 4 or 5;
        int Find(Func<CodeRule, bool> match) => rules.FindIndex(r => r.Enhanced && match(r));
        var index = Find(r => r.Class == cls && r.Subject == subject && r.Detail == detail);
        if (index < 0 && failure)
        {
            index = Find(r => r.Class < 0 && r.Subject == subject && r.Detail == detail);
        }

        return index >= 0 ? index : ResolveSubject(rules, cls, subject);
    }

    private static int ResolveSubject(List<CodeRule> rules, int cls, int subject)
    {
        var failure = cls is 4 or 5;
        int Find(Func<CodeRule, bool> match) => rules.FindIndex(r => r.Enhanced && match(r));
        var index = Find(r => r.Class == cls && r.Subject == subject && r.Detail < 0);
        if (index < 0 && failure)
        {
            index = Find(r => r.Class < 0 && r.Subject == subject && r.Detail < 0);
        }

        return index >= 0 ? index : Find(r => r.Class == cls && r.Subject < 0);
    }

    private static int ResolveReply(List<CodeRule> rules, int code)
    {
        var index = rules.FindIndex(r => !r.Enhanced && r.Class * 100 + r.Subject * 10 + r.Detail == code && r.Subject >= 0);
        return index >= 0 ? index : rules.FindIndex(r => !r.Enhanced && r.Class == code / 100 && r.Subject < 0);
    }

    private static string Emit(ReasonTable reasons, List<CodeRule> rules, List<PhraseRule> phrases, List<(string Culture, string?[] Texts)> cultures, string?[] english)
    {
        static string L(string s) => SmtpCodesGenerator.Emitter.Literal(s);
        static string I(int v) => v.ToString(CultureInfo.InvariantCulture);
        var w = new SourceWriter();
        w.Line("// <auto-generated/>");
        w.Line("// Generated by SmtpStatusCodes.Generators (BounceRulesGenerator) from the bounce-*.tsv files in Data/. Edit the data, not this file.");
        w.Line("#nullable enable");
        w.Line();
        w.Line("namespace SmtpStatusCodes;");
        w.Line();
        w.Line("/// <summary>The bounce classifier's tables: reasons, resolved code rules, cue phrases and localized texts.</summary>");
        w.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"SmtpStatusCodes.Generators\", \"1.0.0\")]");
        w.Open("internal static partial class BounceTables");
        w.Line($"internal const int ReasonCount = {I(reasons.Names.Count)};");
        w.Line();
        w.Line("/// <summary>The reasons in table order; the order must equal the enum values (a test checks it).</summary>");
        w.Line($"internal static readonly string[] ReasonNames = new string[] {{ {string.Join(", ", reasons.Names.Select(L))} }};");
        w.Line("/// <summary>Per reason: 0 not a bounce, 1 soft, 2 hard when permanent.</summary>");
        w.Line($"internal static global::System.ReadOnlySpan<byte> ReasonKinds => new byte[] {{ {string.Join(", ", reasons.Rows.Select(r => I(r.Kind)))} }};");
        w.Line("/// <summary>Per reason: the nearest reason of the standard taxonomy.</summary>");
        w.Line($"internal static global::System.ReadOnlySpan<byte> StandardReasons => new byte[] {{ {string.Join(", ", reasons.Rows.Select(r => I(r.Standard)))} }};");
        w.Line("/// <summary>Per reason: RetryAdvice with a permanent code (or none).</summary>");
        w.Line($"internal static global::System.ReadOnlySpan<byte> RetryPermanent => new byte[] {{ {string.Join(", ", reasons.Rows.Select(r => I(r.Retry)))} }};");
        w.Line("/// <summary>Per reason: RetryAdvice with a transient code.</summary>");
        w.Line($"internal static global::System.ReadOnlySpan<byte> RetryTransient => new byte[] {{ {string.Join(", ", reasons.Rows.Select(r => I(r.RetryTransient)))} }};");
        w.Line();

        w.Line("/// <summary>The rows of bounce-codes.tsv, in file order.</summary>");
        w.Line($"internal static readonly string[] CodeRuleCodes = new string[] {{ {string.Join(", ", rules.Select(r => L(r.Code)))} }};");
        w.Line($"internal static readonly string[] CodeRuleSources = new string[] {{ {string.Join(", ", rules.Select(r => L(r.Source)))} }};");
        w.Line($"internal static global::System.ReadOnlySpan<byte> CodeRuleReasons => new byte[] {{ {string.Join(", ", rules.Select(r => I(r.Reason)))} }};");
        w.Line("/// <summary>Per code rule: 1 when the code settles the reason, 0 when cue phrases may refine it.</summary>");
        w.Line($"internal static global::System.ReadOnlySpan<byte> CodeRuleFinal => new byte[] {{ {string.Join(", ", rules.Select(r => r.Final ? "1" : "0"))} }};");
        w.Line();

        // Dense table over class (2, 4, 5) x subject 0-7 x detail 0-31; larger details go through a switch.
        var slots = new List<int>();
        foreach (var c in Classes)
        {
            for (var s = 0; s < 8; s++)
            {
                for (var d = 0; d < 32; d++)
                {
                    slots.Add(ResolveEnhanced(rules, c, s, d) + 1);
                }
            }
        }

        w.Line("/// <summary>The code rule of an enhanced code (class, subject, detail as parsed), or -1: resolved at build time.</summary>");
        w.Open("internal static int EnhancedRule(int statusClass, int subject, int detail)");
        w.Line("var c = statusClass == 2 ? 0 : statusClass == 4 ? 1 : statusClass == 5 ? 2 : -1;");
        w.Line("if (c < 0)");
        w.Line("{");
        w.Line("    return -1;");
        w.Line("}");
        w.Line();
        w.Line("if ((uint)subject < 8u && (uint)detail < 32u)");
        w.Line("{");
        w.Line("    return EnhancedSlots[(c << 8) | (subject << 5) | detail] - 1;");
        w.Line("}");
        w.Line();
        w.Line("if ((uint)subject >= 8u)");
        w.Line("{");
        w.Line("    return ClassSlots[c] - 1;");
        w.Line("}");
        w.Line();
        var large = new List<(int Key, int Rule)>();
        foreach (var c in Classes)
        {
            foreach (var r in rules.Where(r => r.Enhanced && r.Detail >= 32 && (r.Class == c || (r.Class < 0 && c != 2))))
            {
                if (!large.Any(x => x.Key == (c << 20 | r.Subject << 10 | r.Detail)))
                {
                    large.Add((c << 20 | r.Subject << 10 | r.Detail, ResolveEnhanced(rules, c, r.Subject, r.Detail)));
                }
            }
        }

        w.Line("return ((statusClass << 20) | (subject << 10) | detail) switch");
        w.Line("{");
        foreach (var (key, rule) in large.OrderBy(x => x.Key))
        {
            w.Line($"    {I(key)} => {I(rule)},");
        }

        w.Line("    _ => SubjectSlots[(c << 3) | subject] - 1,");
        w.Line("};");
        w.Close();
        w.Line();
        w.Line($"private static global::System.ReadOnlySpan<byte> EnhancedSlots => new byte[] {{ {string.Join(", ", slots.Select(I))} }};");
        w.Line($"private static global::System.ReadOnlySpan<byte> SubjectSlots => new byte[] {{ {string.Join(", ", Classes.SelectMany(c => Enumerable.Range(0, 8).Select(s => I(ResolveSubject(rules, c, s) + 1))))} }};");
        w.Line($"private static global::System.ReadOnlySpan<byte> ClassSlots => new byte[] {{ {string.Join(", ", Classes.Select(c => I(rules.FindIndex(r => r.Enhanced && r.Class == c && r.Subject < 0) + 1)))} }};");
        w.Line();
        w.Line("/// <summary>The code rule of a reply code, or -1: a dense table over code - 200.</summary>");
        w.Line("internal static int ReplyRule(int code) => (uint)(code - 200) < 360u ? ReplySlots[code - 200] - 1 : -1;");
        w.Line();
        w.Line($"private static global::System.ReadOnlySpan<byte> ReplySlots => new byte[] {{ {string.Join(", ", Enumerable.Range(200, 360).Select(code => I(ResolveReply(rules, code) + 1)))} }};");
        w.Line();

        w.Line("/// <summary>The cue phrases of bounce-phrases.tsv, lower case, in priority order (the first that applies wins).</summary>");
        w.Line($"internal static readonly string[] Phrases = new string[] {{ {string.Join(", ", phrases.Select(p => L(p.Phrase)))} }};");
        w.Line($"internal static readonly string[] PhraseApplies = new string[] {{ {string.Join(", ", phrases.Select(p => L(p.Applies)))} }};");
        w.Line($"internal static readonly string[] PhraseSources = new string[] {{ {string.Join(", ", phrases.Select(p => L(p.Source)))} }};");
        w.Line($"internal static global::System.ReadOnlySpan<byte> PhraseReasons => new byte[] {{ {string.Join(", ", phrases.Select(p => I(p.Reason)))} }};");
        var starts = new List<int> { 0 };
        foreach (var p in phrases)
        {
            starts.Add(starts[starts.Count - 1] + p.Scopes.Length);
        }

        w.Line("/// <summary>Per phrase, its scope tokens are PhraseScopes[PhraseScopeStarts[i]..PhraseScopeStarts[i + 1]]; none means any code.</summary>");
        w.Line($"internal static readonly ushort[] PhraseScopeStarts = new ushort[] {{ {string.Join(", ", starts.Select(I))} }};");
        w.Line($"internal static readonly int[] PhraseScopes = new int[] {{ {string.Join(", ", phrases.SelectMany(p => p.Scopes).Select(I))} }};");
        w.Line();

        w.Line("/// <summary>The cultures of bounce-texts.&lt;culture&gt;.tsv, English first.</summary>");
        w.Line($"internal static readonly string[] TextCultures = new string[] {{ {string.Join(", ", cultures.Select(c => L(c.Culture)))} }};");
        w.Line("/// <summary>Per culture, per reason: the name, then the advice (English where the culture has no row).</summary>");
        w.Line("internal static readonly string[][] Texts = new string[][]");
        w.Line("{");
        foreach (var (_, texts) in cultures)
        {
            w.Line($"    new string[] {{ {string.Join(", ", texts.Select((t, i) => L(t ?? english[i]!)))} }},");
        }

        w.Line("};");
        w.Close();
        return w.ToString();
    }
}
