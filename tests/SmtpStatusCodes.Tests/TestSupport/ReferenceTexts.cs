using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SmtpStatusCodes.Tests.TestSupport;

/// <summary>
/// The documented rules for titles and descriptions, applied plainly to the data files (no generated code involved):
/// a registered code has its own row; any other code gets its class row and its subject (or category) row joined,
/// or the class row alone when the subject has no row. Titles join with ": "; English descriptions with one space,
/// Chinese ones with nothing (docs/localization.md). A culture without a row uses the English row.
/// </summary>
internal sealed class ReferenceTexts
{
    private readonly Dictionary<string, string> _rows;

    private ReferenceTexts(Dictionary<string, string> rows, string joiner)
    {
        _rows = rows;
        Joiner = joiner;
    }

    public string Joiner { get; }

    public static ReferenceTexts Titles() => new(Read("enhanced-codes.tsv", 2).Concat(Read("reply-codes.tsv", 3)).ToDictionary(p => p.Key, p => p.Value), ": ");

    public static ReferenceTexts Descriptions(string culture)
    {
        var rows = Read("descriptions.en.tsv", 1).ToDictionary(p => p.Key, p => p.Value);
        foreach (var row in Read($"descriptions.{culture}.tsv", 1))
        {
            rows[row.Key] = row.Value;
        }

        return new ReferenceTexts(rows, culture == "en" ? " " : string.Empty);
    }

    /// <summary>The registered subject.detail pairs: the detail rows of enhanced-codes.tsv.</summary>
    public static IEnumerable<(int Subject, int Detail)> RegisteredDetails() =>
        Read("enhanced-codes.tsv", 0)
            .Select(p => p.Key.Split('.'))
            .Where(p => p[0] == "X" && p[1] != "X" && p[2] != "X")
            .Select(p => (int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(p[2], System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>The text of an enhanced status code by the rule.</summary>
    public string Enhanced(int statusClass, int subject, int detail) =>
        _rows.TryGetValue($"X.{subject}.{detail}", out var own) ? own : Composed($"{statusClass}.X.X", $"X.{subject}.X");

    /// <summary>The text of a reply code by the rule.</summary>
    public string Reply(int code) =>
        _rows.TryGetValue(code.ToString("D3", System.Globalization.CultureInfo.InvariantCulture), out var own)
            ? own
            : Composed($"{code / 100}XX", $"X{code / 10 % 10}X");

    private string Composed(string classKey, string subjectKey) =>
        _rows.TryGetValue(subjectKey, out var subject) ? _rows[classKey] + Joiner + subject : _rows[classKey];

    private static IEnumerable<KeyValuePair<string, string>> Read(string file, int column) =>
        File.ReadAllLines(Repository.DataFile(file))
            .Where(l => l.Length > 0 && l[0] != '#')
            .Skip(1)
            .Select(l => l.Split('\t'))
            .Select(r => new KeyValuePair<string, string>(r[0], r[column]));
}
