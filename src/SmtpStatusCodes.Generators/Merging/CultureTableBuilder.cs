using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SmtpStatusCodes.Generators.Model;
using SmtpStatusCodes.Generators.Parsing;

namespace SmtpStatusCodes.Generators.Merging;

/// <summary>Builds one culture's table from its file alone (plus the code list and the English fallback), so that an
/// edit to one culture leaves every other culture's step cached.</summary>
internal static class CultureTableBuilder
{
    /// <param name="file">A parsed descriptions.&lt;culture&gt;.tsv.</param>
    /// <param name="index">The codes, in table order.</param>
    /// <param name="english">The rows of descriptions.en.tsv: the text of a code the culture does not describe.</param>
    public static CultureTable Build(DataFile file, CodeIndex index, EquatableArray<DescriptionRow> english)
    {
        var diagnostics = new List<DataDiagnostic>();
        var fileName = Path.GetFileName(file.Path);
        var codes = index.Enhanced.Concat(index.Reply).Select(k => k.Code).ToList();
        var known = new HashSet<string>(codes, StringComparer.Ordinal);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in file.DescriptionRows)
        {
            if (!known.Contains(row.Code))
            {
                diagnostics.Add(new("SSC006", file.Path, row.Line,
                    $"{fileName}({row.Line}): '{row.Code}' is described but is not a row of {DataFileNames.Enhanced} or {DataFileNames.Reply}"));
                continue;
            }

            texts[row.Code] = row.Text;
        }

        if (file.Culture == DataFileNames.EnglishCulture)
        {
            foreach (var code in codes.Where(c => !texts.ContainsKey(c)))
            {
                diagnostics.Add(new("SSC005", file.Path, 0, $"{fileName}: no English description for '{code}'"));
            }
        }

        var fallback = english.ToDictionary(r => r.Code, r => r.Text, StringComparer.Ordinal);
        string Text(string code) => texts.TryGetValue(code, out var t) ? t : fallback.TryGetValue(code, out var en) ? en : string.Empty;

        return new CultureTable(
            file.Culture,
            new EquatableArray<string>([.. index.Enhanced.Select(k => Text(k.Code))]),
            new EquatableArray<string>([.. index.Reply.Select(k => Text(k.Code))]),
            new EquatableArray<DataDiagnostic>([.. diagnostics]));
    }
}
