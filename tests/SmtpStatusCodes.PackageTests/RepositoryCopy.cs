using System;
using System.Collections.Generic;
using System.IO;

namespace SmtpStatusCodes.PackageTests;

/// <summary>
/// Locates the repository and copies its build inputs to a temporary folder, so that packing and building
/// never touch (or collide with concurrent builds in) the working tree.
/// </summary>
internal static class RepositoryCopy
{
    private const string SolutionFileName = "SmtpStatusCodes.sln";

    /// <summary>The folders and files the library's pack needs, relative to the repository root.</summary>
    private static readonly string[] _buildInputs =
    [
        "src",
        "eng",
        "Directory.Build.props",
        "Directory.Build.targets",
        "Directory.Packages.props",
        "global.json",
        ".editorconfig",
        "README.md",
        "LICENSE",
    ];

    // Build outputs and tool state are never copied.
    private static readonly HashSet<string> _skippedFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "bin", "obj", "artifacts", ".vs", ".idea", "TestResults", ".git",
    };

    private static readonly Lazy<string> _root = new(FindRoot);

    /// <summary>The repository root: the nearest folder above the test binaries holding the solution.</summary>
    public static string Root => _root.Value;

    public static string PackageTestAssets => Path.Combine(Root, "tests", "Package");

    /// <summary>Copies the build inputs to <paramref name="destination"/>; returns the inputs that do not exist.</summary>
    public static IReadOnlyList<string> CopyBuildInputs(string destination)
    {
        Directory.CreateDirectory(destination);
        var missing = new List<string>();
        foreach (string input in _buildInputs)
        {
            string source = Path.Combine(Root, input);
            string target = Path.Combine(destination, input);
            if (Directory.Exists(source))
            {
                CopyDirectory(source, target);
            }
            else if (File.Exists(source))
            {
                File.Copy(source, target, overwrite: true);
            }
            else
            {
                missing.Add(input);
            }
        }

        return missing;
    }

    public static void CopyDirectory(string source, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (string file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(destination, Path.GetFileName(file)), overwrite: true);
        }

        foreach (string directory in Directory.EnumerateDirectories(source))
        {
            string name = Path.GetFileName(directory);
            if (!_skippedFolders.Contains(name))
            {
                CopyDirectory(directory, Path.Combine(destination, name));
            }
        }
    }

    /// <summary>A new, empty folder under the system temporary folder.</summary>
    public static string CreateTempDirectory(string purpose)
    {
        string path = Path.Combine(Path.GetTempPath(), $"smtpstatuscodes-{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Deletes a temporary folder unless SMTPSTATUSCODES_KEEP_PACKAGE_TEST_FILES is set (for debugging).</summary>
    public static void DeleteTempDirectory(string path)
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("SMTPSTATUSCODES_KEEP_PACKAGE_TEST_FILES")))
        {
            return;
        }

        try
        {
            if (Directory.Exists(path))
            {
                foreach (string file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories))
                {
                    // Git object files are read-only.
                    File.SetAttributes(file, FileAttributes.Normal);
                }

                Directory.Delete(path, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: a leftover temporary folder must not fail the run.
        }
    }

    private static string FindRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} contains {SolutionFileName}.");
    }
}
