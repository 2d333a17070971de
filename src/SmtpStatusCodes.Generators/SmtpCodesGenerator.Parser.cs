using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using SmtpStatusCodes.Generators.Model;

namespace SmtpStatusCodes.Generators;

public sealed partial class SmtpCodesGenerator
{
    /// <summary>Reads the tab-separated data files into models and checks every row.</summary>
    internal static class Parser
    {
        public const string EnhancedFileName = "enhanced-codes.tsv";
        public const string ReplyFileName = "reply-codes.tsv";
        public const string EnglishCulture = "en";

        private static readonly string[] EnhancedHeader = ["code", "name", "title", "classes", "reference", "flags"];
        private static readonly string[] ReplyHeader = ["code", "name", "status", "title", "reference", "flags"];
        private static readonly string[] DescriptionHeader = ["code", "description"];
        private static readonly string[] ReservedNames = ["Success", "PersistentTransientFailure", "PermanentFailure", "StatusCodes", "ReplyCodes"];
        private static readonly string[] ReplyStatuses = ["standard", "extension", "association", "draft", "folklore"];

        /// <summary>The kind of data file a file name denotes, or null when the generator does not read it.</summary>
        public static DataFileKind? Classify(string fileName)
        {
            if (string.Equals(fileName, EnhancedFileName, StringComparison.Ordinal))
            {
                return DataFileKind.EnhancedCodes;
            }

            if (string.Equals(fileName, ReplyFileName, StringComparison.Ordinal))
            {
                return DataFileKind.ReplyCodes;
            }

            return CultureOf(fileName) is null ? null : DataFileKind.Descriptions;
        }

        private static string? CultureOf(string fileName)
        {
            const string Prefix = "descriptions.";
            const string Suffix = ".tsv";
            if (!fileName.StartsWith(Prefix, StringComparison.Ordinal) || !fileName.EndsWith(Suffix, StringComparison.Ordinal)
                || fileName.Length <= Prefix.Length + Suffix.Length)
            {
                return null;
            }

            var culture = fileName.Substring(Prefix.Length, fileName.Length - Prefix.Length - Suffix.Length);
            return culture.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-') ? culture : null;
        }

        public static DataFile ParseFile(string path, string? text)
        {
            var fileName = Path.GetFileName(path);
            var kind = Classify(fileName) ?? DataFileKind.Descriptions;
            var culture = kind == DataFileKind.Descriptions ? CultureOf(fileName)! : string.Empty;
            var diagnostics = new List<DataDiagnostic>();
            var enhanced = new List<EnhancedCodeRow>();
            var reply = new List<ReplyCodeRow>();
            var descriptions = new List<DescriptionRow>();
            string? snapshot = null;

            var header = kind switch
            {
                DataFileKind.EnhancedCodes => EnhancedHeader,
                DataFileKind.ReplyCodes => ReplyHeader,
                _ => DescriptionHeader,
            };

            if (text is null)
            {
                diagnostics.Add(new("SSC008", path, 0, $"{fileName}: the file could not be read"));
                return Build();
            }

            var lines = text.Split('\n');
            var headerSeen = false;
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < lines.Length; i++)
            {
                var lineNumber = i + 1;
                var line = lines[i].TrimEnd('\r');
                if (line.Length == 0)
                {
                    continue;
                }

                if (line.StartsWith("#!", StringComparison.Ordinal))
                {
                    snapshot ??= ReadSnapshot(line, path, lineNumber, diagnostics);
                    continue;
                }

                if (line[0] == '#')
                {
                    continue;
                }

                var fields = line.Split('\t');
                if (!headerSeen)
                {
                    headerSeen = true;
                    if (!fields.SequenceEqual(header, StringComparer.Ordinal))
                    {
                        diagnostics.Add(new("SSC008", path, lineNumber,
                            $"{fileName}({lineNumber}): expected the header '{string.Join("<TAB>", header)}', found '{line}'"));
                        return Build();
                    }

                    continue;
                }

                if (fields.Length != header.Length)
                {
                    diagnostics.Add(new("SSC002", path, lineNumber,
                        $"{fileName}({lineNumber}): expected {header.Length} tab-separated columns ({string.Join(", ", header)}), found {fields.Length}"));
                    continue;
                }

                var code = fields[0];
                if (code.Length == 0)
                {
                    diagnostics.Add(new("SSC005", path, lineNumber, $"{fileName}({lineNumber}): the required field 'code' is empty"));
                    continue;
                }

                if (seen.TryGetValue(code, out var firstLine))
                {
                    diagnostics.Add(new("SSC003", path, lineNumber,
                        $"{fileName}({lineNumber}): code '{code}' is listed twice (first on line {firstLine})"));
                    continue;
                }

                seen[code] = lineNumber;
                var before = diagnostics.Count;
                switch (kind)
                {
                    case DataFileKind.EnhancedCodes:
                        var e = ParseEnhancedRow(fields, path, fileName, lineNumber, diagnostics);
                        if (e is not null && diagnostics.Count == before)
                        {
                            enhanced.Add(e);
                        }

                        break;
                    case DataFileKind.ReplyCodes:
                        var r = ParseReplyRow(fields, path, fileName, lineNumber, diagnostics);
                        if (r is not null && diagnostics.Count == before)
                        {
                            reply.Add(r);
                        }

                        break;
                    default:
                        if (RequireFields(fields, header, [1], path, fileName, lineNumber, diagnostics))
                        {
                            descriptions.Add(new DescriptionRow(lineNumber, code, fields[1]));
                        }

                        break;
                }
            }

            if (!headerSeen)
            {
                diagnostics.Add(new("SSC008", path, 1, $"{fileName}: the file has no header line '{string.Join("<TAB>", header)}'"));
            }

            return Build();

            DataFile Build() => new(
                kind,
                path,
                culture,
                snapshot,
                new EquatableArray<EnhancedCodeRow>([.. enhanced]),
                new EquatableArray<ReplyCodeRow>([.. reply]),
                new EquatableArray<DescriptionRow>([.. descriptions]),
                new EquatableArray<DataDiagnostic>([.. diagnostics]));
        }

        private static string? ReadSnapshot(string line, string path, int lineNumber, List<DataDiagnostic> diagnostics)
        {
            const string Directive = "#! snapshot:";
            if (line.StartsWith(Directive, StringComparison.Ordinal))
            {
                var value = line.Substring(Directive.Length).Trim();
                if (DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                {
                    return value;
                }
            }

            diagnostics.Add(new("SSC007", path, lineNumber,
                $"{Path.GetFileName(path)}({lineNumber}): expected a directive '#! snapshot: yyyy-MM-dd', found '{line}'"));
            return null;
        }

        private static bool RequireFields(string[] fields, string[] header, int[] required, string path, string fileName, int line, List<DataDiagnostic> diagnostics)
        {
            var ok = true;
            foreach (var index in required)
            {
                if (fields[index].Trim().Length == 0)
                {
                    diagnostics.Add(new("SSC005", path, line,
                        $"{fileName}({line}): the required field '{header[index]}' of code '{fields[0]}' is empty"));
                    ok = false;
                }
            }

            return ok;
        }

        private static EnhancedCodeRow? ParseEnhancedRow(string[] f, string path, string fileName, int line, List<DataDiagnostic> diagnostics)
        {
            var code = f[0];
            var parts = code.Split('.');
            if (parts.Length != 3 || parts.Any(p => p.Length == 0 || !(p == "X" || p.All(char.IsDigit)) || p.Any(c => c > 127)))
            {
                diagnostics.Add(new("SSC001", path, line,
                    $"{fileName}({line}): '{code}' is not an enhanced code pattern: expected a class row '5.X.X', a subject row 'X.1.X' or a detail row 'X.1.1'"));
                return null;
            }

            RowKind kind;
            int cls = 0, subject = -1, detail = -1;
            if (parts[0] != "X")
            {
                if (parts[1] != "X" || parts[2] != "X")
                {
                    return Malformed();
                }

                kind = RowKind.Class;
                if (parts[0] is not ("2" or "4" or "5"))
                {
                    return OutsideGrammar($"the class must be 2, 4 or 5, found '{parts[0]}'");
                }

                cls = parts[0][0] - '0';
            }
            else if (parts[2] == "X")
            {
                kind = RowKind.Subject;
                if (parts[1] == "X" || !Number(parts[1], "subject", out subject))
                {
                    return parts[1] == "X" ? Malformed() : null;
                }
            }
            else
            {
                kind = RowKind.Code;
                if (parts[1] == "X" || !Number(parts[1], "subject", out subject) || !Number(parts[2], "detail", out detail))
                {
                    return parts[1] == "X" ? Malformed() : null;
                }
            }

            if (!RequireFields(f, EnhancedHeader, [1, 2, 4], path, fileName, line, diagnostics) | !ValidName(f[1], kind == RowKind.Code, path, fileName, line, diagnostics))
            {
                return null;
            }

            var classes = 0;
            if (f[3] == "any")
            {
                classes = 7;
            }
            else
            {
                foreach (var c in f[3].Split(','))
                {
                    classes |= c switch { "2" => 1, "4" => 2, "5" => 4, _ => -1 };
                    if (classes < 0)
                    {
                        diagnostics.Add(new("SSC007", path, line,
                            $"{fileName}({line}): classes of '{code}' must be 'any' or a comma-separated list of 2, 4 and 5, found '{f[3]}'"));
                        return null;
                    }
                }
            }

            var flags = f[5];
            if (flags is not ("" or "deprecated" or "draft"))
            {
                diagnostics.Add(new("SSC007", path, line, $"{fileName}({line}): flags of '{code}' must be empty, 'deprecated' or 'draft', found '{flags}'"));
                return null;
            }

            return new EnhancedCodeRow(line, code, kind, cls, subject, detail, f[1], f[2], classes, f[4], flags == "deprecated", flags == "draft");

            EnhancedCodeRow? Malformed()
            {
                diagnostics.Add(new("SSC001", path, line,
                    $"{fileName}({line}): '{code}' mixes digits and X: expected '5.X.X', 'X.1.X' or 'X.1.1'"));
                return null;
            }

            EnhancedCodeRow? OutsideGrammar(string why)
            {
                diagnostics.Add(new("SSC004", path, line, $"{fileName}({line}): '{code}' is outside the RFC 3463 grammar: {why}"));
                return null;
            }

            bool Number(string digits, string part, out int value)
            {
                value = -1;
                if (digits.Length > 3)
                {
                    OutsideGrammar($"the {part} has more than 3 digits");
                    return false;
                }

                if (digits.Length > 1 && digits[0] == '0')
                {
                    OutsideGrammar($"the {part} has a leading zero");
                    return false;
                }

                value = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
                return true;
            }
        }

        private static ReplyCodeRow? ParseReplyRow(string[] f, string path, string fileName, int line, List<DataDiagnostic> diagnostics)
        {
            var code = f[0];
            if (code.Length != 3 || !code.All(c => c == 'X' || c is >= '0' and <= '9'))
            {
                var why = code.All(c => c is >= '0' and <= '9') ? $"a reply code has exactly 3 digits, found {code.Length}" : null;
                diagnostics.Add(why is null
                    ? new("SSC001", path, line, $"{fileName}({line}): '{code}' is not a reply code pattern: expected '5XX', 'X5X' or '550'")
                    : new("SSC004", path, line, $"{fileName}({line}): '{code}' is outside the RFC 5321 grammar: {why}"));
                return null;
            }

            RowKind kind;
            int value;
            if (code[1] == 'X' && code[2] == 'X' && code[0] != 'X')
            {
                kind = RowKind.Class;
                value = code[0] - '0';
                if (value is < 2 or > 5)
                {
                    return OutsideGrammar($"the first digit must be 2-5, found '{code[0]}'");
                }
            }
            else if (code[0] == 'X' && code[2] == 'X' && code[1] != 'X')
            {
                kind = RowKind.Subject;
                value = code[1] - '0';
                if (value > 5)
                {
                    return OutsideGrammar($"the second digit must be 0-5, found '{code[1]}'");
                }
            }
            else if (code.IndexOf('X') < 0)
            {
                kind = RowKind.Code;
                value = int.Parse(code, NumberStyles.None, CultureInfo.InvariantCulture);
                if (code[0] is < '2' or > '5')
                {
                    return OutsideGrammar($"the first digit must be 2-5, found '{code[0]}'");
                }

                if (code[1] > '5')
                {
                    return OutsideGrammar($"the second digit must be 0-5, found '{code[1]}'");
                }
            }
            else
            {
                diagnostics.Add(new("SSC001", path, line, $"{fileName}({line}): '{code}' mixes digits and X: expected '5XX', 'X5X' or '550'"));
                return null;
            }

            if (!RequireFields(f, ReplyHeader, [2, 3, 4], path, fileName, line, diagnostics))
            {
                return null;
            }

            var status = f[2];
            if (Array.IndexOf(ReplyStatuses, status) < 0)
            {
                diagnostics.Add(new("SSC007", path, line,
                    $"{fileName}({line}): status of '{code}' must be one of {string.Join(", ", ReplyStatuses)}, found '{status}'"));
                return null;
            }

            var known = status is "standard" or "extension";
            if (known && !RequireFields(f, ReplyHeader, [1], path, fileName, line, diagnostics))
            {
                return null;
            }

            if (f[1].Length > 0 && !ValidName(f[1], kind == RowKind.Code, path, fileName, line, diagnostics))
            {
                return null;
            }

            if (f[5] is not ("" or "deprecated"))
            {
                diagnostics.Add(new("SSC007", path, line, $"{fileName}({line}): flags of '{code}' must be empty or 'deprecated', found '{f[5]}'"));
                return null;
            }

            return new ReplyCodeRow(line, code, kind, value, f[1], status, f[3], f[4], f[5] == "deprecated");

            ReplyCodeRow? OutsideGrammar(string why)
            {
                diagnostics.Add(new("SSC004", path, line, $"{fileName}({line}): '{code}' is outside the RFC 5321 grammar: {why}"));
                return null;
            }
        }

        private static bool ValidName(string name, bool emitted, string path, string fileName, int line, List<DataDiagnostic> diagnostics)
        {
            if (name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => c < 128 && (char.IsLetterOrDigit(c) || c == '_')))
            {
                // A keyword, or the name of a class the constant is emitted in (CS0542), would not compile.
                if (emitted && (SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None
                    || Array.IndexOf(ReservedNames, name) >= 0))
                {
                    diagnostics.Add(new("SSC007", path, line, $"{fileName}({line}): name '{name}' is a C# keyword or the name of a generated class"));
                    return false;
                }

                return true;
            }

            if (name.Length > 0)
            {
                diagnostics.Add(new("SSC007", path, line, $"{fileName}({line}): name '{name}' is not a C# identifier"));
            }

            return false;
        }

        /// <summary>Checks the files against each other and builds the model the emitter reads.</summary>
        public static CodeModel Merge(IReadOnlyList<DataFile> files)
        {
            var diagnostics = new List<DataDiagnostic>();
            foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                diagnostics.AddRange(file.Diagnostics);
            }

            var enhancedFiles = files.Where(f => f.Kind == DataFileKind.EnhancedCodes).ToList();
            var replyFiles = files.Where(f => f.Kind == DataFileKind.ReplyCodes).ToList();
            var english = files.FirstOrDefault(f => f.Kind == DataFileKind.Descriptions && f.Culture == EnglishCulture);
            RequireOne(enhancedFiles, EnhancedFileName);
            RequireOne(replyFiles, ReplyFileName);
            if (english is null)
            {
                diagnostics.Add(new("SSC008", $"descriptions.{EnglishCulture}.tsv", 0, $"descriptions.{EnglishCulture}.tsv is missing: every code needs an English description"));
            }

            var enhanced = enhancedFiles.SelectMany(f => f.EnhancedRows)
                .OrderBy(r => r.Kind).ThenBy(r => r.Class).ThenBy(r => r.Subject).ThenBy(r => r.Detail).ToList();
            var reply = replyFiles.SelectMany(f => f.ReplyRows).OrderBy(r => r.Kind).ThenBy(r => r.Value).ToList();
            var enhancedFile = enhancedFiles.FirstOrDefault();
            var snapshot = enhancedFile?.Snapshot;
            if (enhancedFile is not null && snapshot is null && enhancedFile.Diagnostics.Count == 0)
            {
                diagnostics.Add(new("SSC008", enhancedFile.Path, 1, $"{EnhancedFileName}: the directive '#! snapshot: yyyy-MM-dd' (registry snapshot date) is missing"));
            }

            // The emitted lookups are byte tables of index + 1.
            if (enhanced.Count(r => r.Kind == RowKind.Code) > 255 || reply.Count(r => r.Kind == RowKind.Code) > 255)
            {
                diagnostics.Add(new("SSC007", enhancedFile?.Path ?? EnhancedFileName, 0, "more than 255 codes in one table: the generated lookup tables hold at most 255"));
            }

            CheckCompleteness(enhanced, reply, enhancedFile?.Path ?? EnhancedFileName, replyFiles.FirstOrDefault()?.Path ?? ReplyFileName, diagnostics);
            CheckNames(enhanced.Where(r => r.Kind == RowKind.Code).Select(r => (r.Name, r.Line, r.Code)), enhancedFile?.Path, diagnostics);
            CheckNames(reply.Where(r => r.Name.Length > 0).Select(r => (r.Name, r.Line, r.Code)), replyFiles.FirstOrDefault()?.Path, diagnostics);

            var cultures = new List<CultureTable>();
            var descriptionFiles = files.Where(f => f.Kind == DataFileKind.Descriptions)
                .OrderBy(f => f.Culture == EnglishCulture ? 0 : 1).ThenBy(f => f.Culture, StringComparer.Ordinal).ToList();
            Dictionary<string, string>? englishTexts = null;
            foreach (var file in descriptionFiles)
            {
                var texts = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var row in file.DescriptionRows)
                {
                    if (!enhanced.Any(r => r.Code == row.Code) && !reply.Any(r => r.Code == row.Code))
                    {
                        diagnostics.Add(new("SSC006", file.Path, row.Line,
                            $"{Path.GetFileName(file.Path)}({row.Line}): '{row.Code}' is described but is not a row of {EnhancedFileName} or {ReplyFileName}"));
                        continue;
                    }

                    texts[row.Code] = row.Text;
                }

                if (file.Culture == EnglishCulture)
                {
                    englishTexts = texts;
                    foreach (var code in enhanced.Select(r => r.Code).Concat(reply.Select(r => r.Code)).Where(c => !texts.ContainsKey(c)))
                    {
                        diagnostics.Add(new("SSC005", file.Path, 0, $"{Path.GetFileName(file.Path)}: no English description for '{code}'"));
                    }
                }

                string Text(string code) => texts.TryGetValue(code, out var t) ? t
                    : englishTexts is not null && englishTexts.TryGetValue(code, out var en) ? en : string.Empty;

                cultures.Add(new CultureTable(
                    file.Culture,
                    new EquatableArray<string>([.. enhanced.Select(r => Text(r.Code))]),
                    new EquatableArray<string>([.. reply.Select(r => Text(r.Code))])));
            }

            return new CodeModel(
                snapshot ?? string.Empty,
                new EquatableArray<EnhancedCodeRow>([.. enhanced]),
                new EquatableArray<ReplyCodeRow>([.. reply]),
                new EquatableArray<CultureTable>([.. cultures]),
                new EquatableArray<DataDiagnostic>([.. diagnostics]));

            void RequireOne(List<DataFile> list, string name)
            {
                if (list.Count == 0)
                {
                    diagnostics.Add(new("SSC008", name, 0, $"{name} is missing: add it to the project as an AdditionalFiles item"));
                }
                else if (list.Count > 1)
                {
                    diagnostics.Add(new("SSC003", list[1].Path, 0, $"{name} is given twice ({list[0].Path} and {list[1].Path})"));
                }
            }
        }

        private static void CheckCompleteness(List<EnhancedCodeRow> enhanced, List<ReplyCodeRow> reply, string enhancedPath, string replyPath, List<DataDiagnostic> diagnostics)
        {
            // Composed descriptions for unknown codes need every class and every defined subject (RFC 3463 s2: 0-7)
            // and every reply class (2-5) and category (0-5, RFC 5321 s4.2.1).
            if (diagnostics.Count > 0 && (enhanced.Count == 0 || reply.Count == 0))
            {
                return;
            }

            foreach (var cls in new[] { 2, 4, 5 }.Where(c => !enhanced.Any(r => r.Kind == RowKind.Class && r.Class == c)))
            {
                diagnostics.Add(new("SSC005", enhancedPath, 0, $"{EnhancedFileName}: the class row '{cls}.X.X' is missing"));
            }

            foreach (var subject in Enumerable.Range(0, 8).Where(s => !enhanced.Any(r => r.Kind == RowKind.Subject && r.Subject == s)))
            {
                diagnostics.Add(new("SSC005", enhancedPath, 0, $"{EnhancedFileName}: the subject row 'X.{subject}.X' is missing"));
            }

            foreach (var digit in Enumerable.Range(2, 4).Where(d => !reply.Any(r => r.Kind == RowKind.Class && r.Value == d)))
            {
                diagnostics.Add(new("SSC005", replyPath, 0, $"{ReplyFileName}: the class row '{digit}XX' is missing"));
            }

            foreach (var digit in Enumerable.Range(0, 6).Where(d => !reply.Any(r => r.Kind == RowKind.Subject && r.Value == d)))
            {
                diagnostics.Add(new("SSC005", replyPath, 0, $"{ReplyFileName}: the category row 'X{digit}X' is missing"));
            }
        }

        private static void CheckNames(IEnumerable<(string Name, int Line, string Code)> names, string? path, List<DataDiagnostic> diagnostics)
        {
            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (name, line, code) in names)
            {
                if (seen.TryGetValue(name, out var other))
                {
                    diagnostics.Add(new("SSC003", path ?? string.Empty, line, $"{Path.GetFileName(path)}({line}): name '{name}' of '{code}' is already used by '{other}'"));
                }
                else
                {
                    seen[name] = code;
                }
            }
        }
    }
}
