using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Security;

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
    private readonly Lazy<AnalyzerProbe> _probe;

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

        _probe = new Lazy<AnalyzerProbe>(() => AnalyzerProbe.Build(this));
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

    /// <summary>The analyzer probe of tests/Package/AnalyzerProbe, built once against the package.</summary>
    internal AnalyzerProbe Probe => _probe.Value;

    /// <summary>
    /// Copies a folder of tests/Package to a new folder of <see cref="WorkDirectory"/>, with a nuget.config that takes
    /// SmtpStatusCodes from the local feed only.
    /// </summary>
    public string CopyTestAssets(string assets, string name)
    {
        EnsurePacked();
        string destination = Path.Combine(WorkDirectory, name);
        RepositoryCopy.CopyDirectory(Path.Combine(RepositoryCopy.PackageTestAssets, assets), destination);

        string template = File.ReadAllText(Path.Combine(RepositoryCopy.PackageTestAssets, "NuGet.package-tests.config"));
        template.Should().Contain("{{LocalFeed}}");
        File.WriteAllText(
            Path.Combine(destination, "nuget.config"),
            template.Replace("{{LocalFeed}}", SecurityElement.Escape(FeedDirectory), StringComparison.Ordinal));
        return destination;
    }

    public void Dispose() => RepositoryCopy.DeleteTempDirectory(WorkDirectory);
}

/// <summary>The tests that share one packed package (they run one after the other).</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "Packed package";
}
