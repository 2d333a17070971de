using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SmtpStatusCodes.Generators.Model;

namespace SmtpStatusCodes.Generators.Classification;

/// <summary>Splits the bounce data files into rows and checks their headers and column counts.</summary>
internal static class BounceRulesParser
{
    public const string ReasonsFileName = "bounce-reasons.tsv";
    public const string CodesFileName = "bounce-codes.tsv";
    public const string PhrasesFileName = "bounce-phrases.tsv";
    private const string TextsPrefix = "bounce-texts.";

    public static readonly string[] ReasonsHeader = ["reason", "standard", "kind", "retry", "retry-transient"];
    public static readonly string[] CodesHeader = ["code", "reason", "phrases", "source"];
    public static readonly string[] PhrasesHeader = ["phrase", "reason", "applies", "source"];
    public static readonly string[] TextsHeader = ["reason", "name", "advice"];

    /// <summary>The kind of bounce data file a file name denotes, or null when this generator does not read it.</summary>
    public static BounceFileKind? Classify(string fileName) => fileName switch
    {
        ReasonsFileName => BounceFileKind.Reasons,
        CodesFileName => BounceFileKind.Codes,
        PhrasesFileName => BounceFileKind.Phrases,
        _ => CultureOf(fileName) is null ? null : BounceFileKind.Texts,
    };

    public static string? CultureOf(string fileName)
    {
        const string Suffix = ".tsv";
        if (!fileName.StartsWith(TextsPrefix, StringComparison.Ordinal) || !fileName.EndsWith(Suffix, StringComparison.Ordinal)
            || fileName.Length <= TextsPrefix.Length + Suffix.Length)
        {
            return null;
        }

        var culture = fileName.Substring(TextsPrefix.Length, fileName.Length - TextsPrefix.Length - Suffix.Length);
        return culture.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-') ? culture : null;
    }

    public static string[] HeaderOf(BounceFileKind kind) => kind switch
    {
        BounceFileKind.Reasons => ReasonsHeader,
        BounceFileKind.Codes => CodesHeader,
        BounceFileKind.Phrases => PhrasesHeader,
        _ => TextsHeader,
    };

    public static BounceFile ParseFile(string path, string? text)
    {
        var fileName = Path.GetFileName(path);
        var kind = Classify(fileName) ?? BounceFileKind.Texts;
        var culture = kind == BounceFileKind.Texts ? CultureOf(fileName)! : string.Empty;
        var header = HeaderOf(kind);
        var rows = new List<BounceRow>();
        var diagnostics = new List<DataDiagnostic>();
        if (text is null)
        {
            diagnostics.Add(new("SSC008", path, 0, $"{fileName}: the file could not be read"));
            return Build();
        }

        var lines = text.Split('\n');
        var headerSeen = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (!headerSeen)
            {
                headerSeen = true;
                if (!fields.SequenceEqual(header, StringComparer.Ordinal))
                {
                    diagnostics.Add(new("SSC008", path, i + 1, $"{fileName}({i + 1}): expected the header '{string.Join("<TAB>", header)}', found '{line}'"));
                    return Build();
                }

                continue;
            }

            if (fields.Length != header.Length)
            {
                diagnostics.Add(new("SSC002", path, i + 1,
                    $"{fileName}({i + 1}): expected {header.Length} tab-separated columns ({string.Join(", ", header)}), found {fields.Length}"));
                continue;
            }

            rows.Add(new BounceRow(i + 1, new EquatableArray<string>(fields)));
        }

        if (!headerSeen)
        {
            diagnostics.Add(new("SSC008", path, 1, $"{fileName}: the file has no header line '{string.Join("<TAB>", header)}'"));
        }

        return Build();

        BounceFile Build() => new(kind, path, culture, new EquatableArray<BounceRow>([.. rows]), new EquatableArray<DataDiagnostic>([.. diagnostics]));
    }
}
