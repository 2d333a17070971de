using System;
using System.IO;

namespace SmtpStatusCodes.Tests.TestSupport;

/// <summary>Finds files of this repository (never anything outside it).</summary>
internal static class Repository
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "SmtpStatusCodes.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("The repository root (the folder with SmtpStatusCodes.sln) was not found above " + AppContext.BaseDirectory);
        }
    }

    public static string DataFile(string name) => Path.Combine(Root, "src", "SmtpStatusCodes", "Data", name);

    public static string Corpus(string relative) => Path.Combine(AppContext.BaseDirectory, "Corpus", relative);
}
