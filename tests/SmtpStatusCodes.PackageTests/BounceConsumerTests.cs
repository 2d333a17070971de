using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace SmtpStatusCodes.PackageTests;

/// <summary>
/// Restores SmtpStatusCodes.MimeKit and SmtpStatusCodes.MailKit (and, through them, the core package) from the local
/// feed into tests/Package/Consumer/Bounces, builds it and runs it: it reads a bounce and a MailKit exception.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class BounceConsumerTests
{
    private readonly PackageFixture _package;

    public BounceConsumerTests(PackageFixture package) => _package = package;

    [Theory]
    [InlineData("SmtpStatusCodes.MimeKit", "MimeKit")]
    [InlineData("SmtpStatusCodes.MailKit", "MailKit")]
    public void Companion_packages_hold_both_targets_with_docs_and_depend_on_the_same_core_version(string id, string mailLibrary)
    {
        _package.EnsurePacked();
        using var nupkg = ZipFile.OpenRead(Path.Combine(_package.FeedDirectory, $"{id}.{_package.Version}.nupkg"));
        var entries = nupkg.Entries.Select(e => e.FullName).ToArray();
        foreach (var tfm in new[] { "netstandard2.0", "net8.0" })
        {
            entries.Should().Contain($"lib/{tfm}/{id}.dll").And.Contain($"lib/{tfm}/{id}.xml");
        }

        using var nuspec = nupkg.Entries.Single(e => e.FullName == $"{id}.nuspec").Open();
        var dependencies = XDocument.Load(nuspec).Descendants().Where(e => e.Name.LocalName == "dependency")
            .Select(e => $"{e.Attribute("id")!.Value} {e.Attribute("version")!.Value}").Distinct().ToArray();
        dependencies.Should().Contain($"{PackageFixture.PackageId} {_package.Version}");
        dependencies.Should().Contain(d => d.StartsWith(mailLibrary + " 4.18.", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Bounce_consumer_restores_the_companion_packages_from_the_local_feed_builds_and_reads_a_bounce()
    {
        string consumer = _package.CopyTestAssets("Consumer", "bounce-consumer");
        string project = Path.Combine(consumer, "Bounces");
        File.Copy(Path.Combine(consumer, "nuget.config"), Path.Combine(project, "nuget.config"));
        string version = $"-p:SmtpStatusCodesVersion={_package.Version}";

        TestProcess.Dotnet(project, "restore", "BounceConsumer.csproj", "--packages", _package.PackagesDirectory, version).EnsureSuccess();
        ConsumerTests.AssertRestoredFromLocalFeed(_package, PackageFixture.PackageId);
        foreach (string companion in PackageFixture.CompanionPackageIds)
        {
            ConsumerTests.AssertRestoredFromLocalFeed(_package, companion);
        }

        TestProcess.Dotnet(project, "build", "BounceConsumer.csproj", "-c", "Release", "--no-restore", version).EnsureSuccess();
        ProcessResult run = TestProcess.Dotnet(project, Path.Combine("bin", "Release", "net10.0", "BounceConsumer.dll")).EnsureSuccess();

        ConsumerTests.OutputLines(run).Should().Equal(
            [
                "Failure",
                "bob@example.org Failed 5.1.1 550 Hard UserUnknown",
                "carol@example.org Delayed 4.2.2 452 Soft MailboxFull",
                "550 5.1.1 Hard",
            ],
            run.Describe());
    }
}
