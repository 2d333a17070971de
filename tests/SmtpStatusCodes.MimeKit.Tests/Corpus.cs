using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using MimeKit;

namespace SmtpStatusCodes.MimeKit.Tests;

/// <summary>The bounce corpus copied into the test output (tests/Corpus/bounces, with its licence), read once.</summary>
public static class Corpus
{
    private static readonly Lazy<IReadOnlyList<CorpusRow>> LazyRows = new(LoadRows);

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Corpus", "bounces");

    public static IReadOnlyList<CorpusRow> Rows => LazyRows.Value;

    public static IEnumerable<string> Files => System.IO.Directory.GetFiles(Path.Combine(Directory, "samples"), "*.eml").OrderBy(f => f, StringComparer.Ordinal);

    public static MimeMessage Load(string file) => MimeMessage.Load(Path.Combine(Directory, "samples", Path.GetFileName(file)));

    private static IReadOnlyList<CorpusRow> LoadRows()
    {
        var rows = new List<CorpusRow>();
        foreach (var line in File.ReadLines(Path.Combine(Directory, "expected.tsv")).Skip(1))
        {
            var f = line.Split('\t');
            rows.Add(new CorpusRow(f[0], int.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture), f[2], f[3], f[4], f[5] == "1"));
        }

        return rows;
    }
}
