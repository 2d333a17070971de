using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SmtpStatusCodes.Tests.TestSupport;

/// <summary>Loads the test corpus (tests/SmtpStatusCodes.Tests/Corpus), exactly as written: nothing is trimmed.</summary>
internal static class Corpus
{
    public sealed record ReplyLineCase(string Line, bool Valid, string Code, bool Last, string Status, string Text)
    {
        public override string ToString() => Line;
    }

    public static IEnumerable<ReplyLineCase> ReplyLines()
    {
        var header = true;
        foreach (var line in File.ReadAllLines(Repository.Corpus("reply-lines.tsv")))
        {
            if (line.StartsWith("#", StringComparison.Ordinal))
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            var f = line.Split('\t');
            yield return new ReplyLineCase(f[0], f[1] == "true", f[2], f[3] == "true", f[4], f[5]);
        }
    }

    /// <summary>Input and expected matches; this file has no comment lines, since inputs may start with '#'.</summary>
    public static IEnumerable<(string Input, string[] Expected)> ScannerTraps() =>
        File.ReadAllLines(Repository.Corpus("scanner-traps.tsv")).Skip(1).Where(l => l.Length > 0).Select(l =>
        {
            var f = l.Split('\t');
            return (f[0], f[1].Length == 0 ? [] : f[1].Split(' '));
        });

    public static IEnumerable<string> BounceNames() =>
        Directory.GetFiles(Repository.Corpus("Bounces"), "*.txt").Select(Path.GetFileNameWithoutExtension).OrderBy(name => name, StringComparer.Ordinal)!;

    public static string BounceText(string name) => File.ReadAllText(Path.Combine(Repository.Corpus("Bounces"), name + ".txt"));

    public static string[] BounceExpected(string name) =>
        File.ReadAllLines(Path.Combine(Repository.Corpus("Bounces"), name + ".expected")).Where(l => l.Length > 0).ToArray();
}
