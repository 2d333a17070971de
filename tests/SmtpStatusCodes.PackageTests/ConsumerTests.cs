using System;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Security;
using System.Text.RegularExpressions;

namespace SmtpStatusCodes.PackageTests;

/// <summary>
/// Restores the packed package from the local folder feed into an isolated packages folder, then builds,
/// runs and trim-publishes tests/Package/Consumer against it.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed partial class ConsumerTests
{
    private static readonly string[] _expectedOutput =
    [
        "5.1.1",
        "Bad destination mailbox address",
        "True",
        "Requested action not taken: mailbox unavailable",
    ];

    private readonly PackageFixture _package;

    public ConsumerTests(PackageFixture package) => _package = package;

    [Fact]
    public void Consumer_restores_the_package_from_the_local_feed_builds_and_runs()
    {
        string consumer = CopyConsumer("consumer");

        TestProcess.Dotnet(consumer, "restore", "Consumer.csproj", "--packages", _package.PackagesDirectory, VersionProperty).EnsureSuccess();
        AssertRestoredFromLocalFeed();

        TestProcess.Dotnet(consumer, "build", "Consumer.csproj", "-c", "Release", "--no-restore", VersionProperty).EnsureSuccess();
        ProcessResult run = TestProcess.Dotnet(consumer, Path.Combine("bin", "Release", "net10.0", "Consumer.dll")).EnsureSuccess();

        OutputLines(run).Should().Equal(_expectedOutput, run.Describe());
    }

    [Fact]
    public void Consumer_publishes_trimmed_without_trim_warnings_and_runs()
    {
        string consumer = CopyConsumer("consumer-trimmed");
        string publishDirectory = Path.Combine(consumer, "publish");

        ProcessResult publish = TestProcess.Dotnet(
            consumer,
            "publish", "Consumer.csproj",
            "-c", "Release",
            "-r", RuntimeIdentifier,
            "--self-contained",
            "-p:PublishTrimmed=true",
            "--packages", _package.PackagesDirectory,
            "-o", publishDirectory,
            VersionProperty).EnsureSuccess();
        AssertRestoredFromLocalFeed();

        TrimWarning().Matches(publish.Output).Select(m => m.Value).Should().BeEmpty(publish.Describe());
        publish.Output.Should().Contain("Optimizing assemblies for size", "the publish really trimmed. {0}", publish.Describe());

        string app = Path.Combine(publishDirectory, OperatingSystem.IsWindows() ? "Consumer.exe" : "Consumer");
        ProcessResult run = TestProcess.Run(app, [], consumer, TimeSpan.FromMinutes(1)).EnsureSuccess();

        OutputLines(run).Should().Equal(_expectedOutput, run.Describe());
    }

    private string VersionProperty => $"-p:SmtpStatusCodesVersion={_package.Version}";

    private static string RuntimeIdentifier
    {
        get
        {
            string os = OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux";
            return $"{os}-{RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant()}";
        }
    }

    private string CopyConsumer(string name) => CopyConsumer(_package, "Consumer", name);

    /// <summary>Copies tests/Package/&lt;project&gt; to a new folder with a nuget.config pointing at the local feed.</summary>
    internal static string CopyConsumer(PackageFixture package, string project, string name)
    {
        package.EnsurePacked();
        string destination = Path.Combine(package.WorkDirectory, name);
        RepositoryCopy.CopyDirectory(Path.Combine(RepositoryCopy.PackageTestAssets, project), destination);

        string template = File.ReadAllText(Path.Combine(RepositoryCopy.PackageTestAssets, "NuGet.package-tests.config"));
        template.Should().Contain("{{LocalFeed}}");
        File.WriteAllText(
            Path.Combine(destination, "nuget.config"),
            template.Replace("{{LocalFeed}}", SecurityElement.Escape(package.FeedDirectory), StringComparison.Ordinal));
        return destination;
    }

    /// <summary>The package was extracted into the isolated packages folder, from the local feed.</summary>
    private void AssertRestoredFromLocalFeed() => AssertRestoredFromLocalFeed(_package, PackageFixture.PackageId);

    /// <summary>The package was extracted into the isolated packages folder, from the local feed.</summary>
    internal static void AssertRestoredFromLocalFeed(PackageFixture package, string packageId)
    {
        string extracted = Path.Combine(package.PackagesDirectory, packageId.ToLowerInvariant(), package.Version.ToLowerInvariant());
        Directory.Exists(extracted).Should().BeTrue($"restore extracts {packageId} {package.Version} into the isolated folder {package.PackagesDirectory}");

        string metadata = File.ReadAllText(Path.Combine(extracted, ".nupkg.metadata"));
        metadata.Should().Contain(package.FeedDirectory.Replace("\\", "\\\\", StringComparison.Ordinal), "the package came from the local feed");
    }

    internal static string[] OutputLines(ProcessResult result) =>
        result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [GeneratedRegex(@"\b(warning|error)\s+IL\d{4}\b", RegexOptions.IgnoreCase)]
    private static partial Regex TrimWarning();
}
