using System;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text.Json;
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

        // Warnings are errors in the consumer, so a clean build proves the packed analyzers found nothing to warn of in
        // StatusCode.Parse("5.1.1"); the error log (which also keeps Info diagnostics) proves they ran.
        ProcessResult build = TestProcess.Dotnet(
            consumer, "build", "Consumer.csproj", "-c", "Release", "--no-restore", "-p:ErrorLog=diagnostics.sarif,version=2.1", VersionProperty).EnsureSuccess();
        ReportedRuleIds(Path.Combine(consumer, "diagnostics.sarif")).Should().Contain(
            "SMTP004", "the packed analyzer ran and suggests the generated constant for 5.1.1. {0}", build.Describe());

        ProcessResult run = TestProcess.Dotnet(consumer, Path.Combine("bin", "Release", "net10.0", "Consumer.dll")).EnsureSuccess();

        OutputLines(run).Should().Equal(_expectedOutput, run.Describe());
    }

    [Fact]
    public void Consumer_gets_SMTP001_for_a_constant_that_can_never_parse_and_SMTP002_raised_by_editorconfig()
    {
        string consumer = CopyConsumer("consumer-smtp001");
        File.WriteAllText(
            Path.Combine(consumer, "Program.cs"),
            """
            using System;
            using SmtpStatusCodes;

            Console.WriteLine(StatusCode.Parse("5.01.1"));
            Console.WriteLine(StatusCode.Parse("5.1.99"));
            """);
        File.WriteAllText(Path.Combine(consumer, ".editorconfig"), "root = true\n\n[*.cs]\ndotnet_diagnostic.SMTP002.severity = warning\n");

        ProcessResult build = TestProcess.Dotnet(
            consumer, "build", "Consumer.csproj", "-c", "Release", "--packages", _package.PackagesDirectory,
            "-p:TreatWarningsAsErrors=false", "-p:MSBuildTreatWarningsAsErrors=false", VersionProperty).EnsureSuccess();

        build.Output.Should().MatchRegex(
            @"Program\.cs\(4,36\): warning SMTP001: Invalid SMTP enhanced status code '5\.01\.1': subject has a leading zero at position 2",
            "the analyzer in the package reports the parser's own explanation. {0}", build.Describe());
        build.Output.Should().MatchRegex(
            @"Program\.cs\(5,36\): warning SMTP002: 5\.1\.99 is a valid enhanced status code but is not in the IANA registry",
            "the .editorconfig raised the Info diagnostic to a warning. {0}", build.Describe());
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

    /// <summary>Copies tests/Package/Consumer to a new folder with a nuget.config pointing at the local feed.</summary>
    private string CopyConsumer(string name) => _package.CopyTestAssets("Consumer", name);

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

    /// <summary>The rule IDs of every result in a SARIF 2.1 error log.</summary>
    private static string[] ReportedRuleIds(string sarifPath)
    {
        File.Exists(sarifPath).Should().BeTrue($"the compiler writes its error log to {sarifPath}");
        using JsonDocument sarif = JsonDocument.Parse(File.ReadAllText(sarifPath));
        return sarif.RootElement.GetProperty("runs").EnumerateArray()
            .SelectMany(run => run.TryGetProperty("results", out JsonElement results) ? results.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .Select(result => result.GetProperty("ruleId").GetString()!)
            .ToArray();
    }

    internal static string[] OutputLines(ProcessResult result) =>
        result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [GeneratedRegex(@"\b(warning|error)\s+IL\d{4}\b", RegexOptions.IgnoreCase)]
    private static partial Regex TrimWarning();
}
