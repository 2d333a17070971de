using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace SmtpStatusCodes.PackageTests;

/// <summary>
/// Packs the library and its companion packages once, in a temporary copy of the repository, with a unique prerelease version into a
/// local folder feed. Shared by every test in <see cref="PackageCollection"/>. A failed pack is not thrown
/// from here (xunit would report an opaque fixture error) but from every member the tests read, so each
/// test fails with the full pack output.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public const string PackageId = "SmtpStatusCodes";

    /// <summary>The companion packages packed beside the core (src/&lt;id&gt;/&lt;id&gt;.csproj).</summary>
    public static readonly IReadOnlyList<string> CompanionPackageIds = ["SmtpStatusCodes.MimeKit", "SmtpStatusCodes.MailKit"];

    private readonly string? _failure;
    private readonly string _nupkgPath = string.Empty;
    private readonly string _snupkgPath = string.Empty;

    public PackageFixture()
    {
        WorkDirectory = RepositoryCopy.CreateTempDirectory("pkgtest");
        RepositoryDirectory = Path.Combine(WorkDirectory, "repo");
        FeedDirectory = Path.Combine(WorkDirectory, "feed");
        PackagesDirectory = Path.Combine(WorkDirectory, "packages");
        Version = string.Create(
            CultureInfo.InvariantCulture,
            $"1.0.0-pkgtest.{DateTime.UtcNow:yyyyMMddHHmmss}.g{Guid.NewGuid().ToString("N")[..8]}");

        IReadOnlyList<string> missing = RepositoryCopy.CopyBuildInputs(RepositoryDirectory);
        string missingNote = missing.Count == 0
            ? string.Empty
            : $"Repository inputs missing from {RepositoryCopy.Root}: {string.Join(", ", missing)}.{Environment.NewLine}";

        PackResult = TestProcess.Dotnet(
            RepositoryDirectory,
            "pack",
            Path.Combine("src", "SmtpStatusCodes", "SmtpStatusCodes.csproj"),
            "-c", "Release",
            $"-p:Version={Version}",
            "-o", FeedDirectory);

        // The companion packages depend on the core package of the same version, so they go to the same feed.
        var companionFailures = new List<string>();
        if (PackResult.ExitCode == 0)
        {
            foreach (string companion in CompanionPackageIds)
            {
                ProcessResult companionPack = TestProcess.Dotnet(
                    RepositoryDirectory,
                    "pack",
                    Path.Combine("src", companion, companion + ".csproj"),
                    "-c", "Release",
                    $"-p:Version={Version}",
                    "-o", FeedDirectory);
                if (companionPack.ExitCode != 0 || !File.Exists(Path.Combine(FeedDirectory, $"{companion}.{Version}.nupkg")))
                {
                    companionFailures.Add($"dotnet pack of {companion} failed: {companionPack.Describe()}");
                }
            }
        }

        string nupkg = Path.Combine(FeedDirectory, $"{PackageId}.{Version}.nupkg");
        string snupkg = Path.Combine(FeedDirectory, $"{PackageId}.{Version}.snupkg");
        if (PackResult.ExitCode != 0)
        {
            _failure = $"{missingNote}dotnet pack failed: {PackResult.Describe()}";
        }
        else if (!File.Exists(nupkg) || !File.Exists(snupkg))
        {
            string[] produced = Directory.Exists(FeedDirectory) ? Directory.GetFiles(FeedDirectory) : [];
            _failure = $"{missingNote}dotnet pack succeeded but did not produce {nupkg} and {snupkg}; the feed holds [{string.Join(", ", produced)}]. {PackResult.Describe()}";
        }
        else if (companionFailures.Count > 0)
        {
            _failure = missingNote + string.Join(Environment.NewLine, companionFailures);
        }
        else
        {
            _nupkgPath = nupkg;
            _snupkgPath = snupkg;
        }
    }

    /// <summary>The temporary folder holding the repository copy, the feed and the isolated packages folder.</summary>
    public string WorkDirectory { get; }

    /// <summary>The copy of the repository the package was packed from.</summary>
    public string RepositoryDirectory { get; }

    /// <summary>The local folder feed holding the .nupkg and .snupkg.</summary>
    public string FeedDirectory { get; }

    /// <summary>An isolated NuGet packages folder for consumers (never the machine's global packages folder).</summary>
    public string PackagesDirectory { get; }

    /// <summary>The unique prerelease version the package was packed with.</summary>
    public string Version { get; }

    internal ProcessResult PackResult { get; }

    public string NupkgPath
    {
        get
        {
            EnsurePacked();
            return _nupkgPath;
        }
    }

    public string SnupkgPath
    {
        get
        {
            EnsurePacked();
            return _snupkgPath;
        }
    }

    /// <summary>Fails the calling test, with the pack output, when packing failed.</summary>
    public void EnsurePacked()
    {
        if (_failure is not null)
        {
            Assert.Fail(_failure);
        }
    }

    public void Dispose() => RepositoryCopy.DeleteTempDirectory(WorkDirectory);
}

/// <summary>The tests that share one packed package (they run one after the other).</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "Packed package";
}
