using System;
using System.IO;

namespace SmtpStatusCodes.Cli.Tests;

/// <summary>The repository's files the tests read: the real bounce corpus and the documents.</summary>
internal static class Corpus
{
    private static readonly Lazy<string> s_root = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SmtpStatusCodes.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (SmtpStatusCodes.sln) is not above " + AppContext.BaseDirectory);
    });

    public static string Root => s_root.Value;

    /// <summary>A real bounce of tests/Corpus/bounces/samples (BSD 2-Clause, see LICENSE.set-of-emails there).</summary>
    public static string Bounce(string name) => Path.Combine(Root, "tests", "Corpus", "bounces", "samples", name);

    /// <summary>A new empty folder, deleted by <see cref="TempFolder.Dispose"/>.</summary>
    public static TempFolder NewFolder() => new(Path.Combine(Path.GetTempPath(), "smtp-status-tests-" + Guid.NewGuid().ToString("N")));
}

internal sealed class TempFolder : IDisposable
{
    public TempFolder(string path)
    {
        Path = path;
        Directory.CreateDirectory(path);
    }

    public string Path { get; }

    /// <summary>Makes a maildir (cur, new, tmp) holding copies of the given corpus bounces in cur.</summary>
    public string Maildir(params string[] bounces)
    {
        foreach (var sub in new[] { "cur", "new", "tmp" })
        {
            Directory.CreateDirectory(System.IO.Path.Combine(Path, sub));
        }

        foreach (var bounce in bounces)
        {
            File.Copy(Corpus.Bounce(bounce), System.IO.Path.Combine(Path, "cur", bounce));
        }

        return Path;
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
