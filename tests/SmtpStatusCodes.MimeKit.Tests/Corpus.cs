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

    /// <summary>
    /// Every message in the file: one, or, for a file in mbox form (a "From " line before each message; two samples hold
    /// two bounces each), each message in order, as a bounce processor reading a mailbox would.
    /// </summary>
    public static IReadOnlyList<MimeMessage> LoadAll(string file)
    {
        var path = Path.Combine(Directory, "samples", Path.GetFileName(file));
        using (var reader = new StreamReader(path))
        {
            if (reader.ReadLine() is not { } first || !first.StartsWith("From ", StringComparison.Ordinal))
            {
                return [Load(file)];
            }
        }

        using var stream = File.OpenRead(path);
        var parser = new MimeParser(stream, MimeFormat.Mbox);
        var messages = new List<MimeMessage>();
        while (!parser.IsEndOfStream)
        {
            messages.Add(parser.ParseMessage());
        }

        return messages;
    }

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
