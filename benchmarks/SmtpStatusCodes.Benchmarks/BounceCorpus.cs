using System;
using System.IO;
using System.Linq;

namespace SmtpStatusCodes.Benchmarks;

/// <summary>The bounce corpus of the tests (tests/Corpus/bounces/samples, 406 real messages), held in memory.</summary>
public static class BounceCorpus
{
    private static readonly Lazy<byte[][]> LazyMessages = new(Load);

    /// <summary>Every message's bytes, in file-name order.</summary>
    public static byte[][] Messages => LazyMessages.Value;

    private static byte[][] Load()
    {
        // The benchmarks run from artifacts/ (and BenchmarkDotNet's generated projects from deeper still): walk up to the repository.
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SmtpStatusCodes.sln")))
        {
            directory = directory.Parent;
        }

        if (directory is null)
        {
            throw new InvalidOperationException($"No SmtpStatusCodes.sln above {AppContext.BaseDirectory}: the bounce corpus cannot be found.");
        }

        return Directory.GetFiles(Path.Combine(directory.FullName, "tests", "Corpus", "bounces", "samples"), "*.eml")
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(File.ReadAllBytes)
            .ToArray();
    }
}
