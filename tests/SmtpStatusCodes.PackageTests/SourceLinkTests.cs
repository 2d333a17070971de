using System;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SmtpStatusCodes.PackageTests;

/// <summary>
/// Builds temporary git clones of the repository: with a GitHub origin the PDB links to raw.githubusercontent.com;
/// with no remote (as a CI clone of a local path) SourceLink is off and the build has no warnings.
/// </summary>
public sealed partial class SourceLinkTests : IDisposable
{
    private const string GitHubOrigin = "https://github.com/smtpstatuscodes/SmtpStatusCodes.git";

    // https://github.com/dotnet/runtime/blob/main/docs/design/specs/PortablePdb-Metadata.md#source-link-c-and-vb-compilers
    private static readonly Guid _sourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    private readonly string _workDirectory = RepositoryCopy.CreateTempDirectory("sourcelink");

    public void Dispose() => RepositoryCopy.DeleteTempDirectory(_workDirectory);

    [Fact]
    public void Clone_with_a_GitHub_origin_builds_a_pdb_with_SourceLink_to_the_commit()
    {
        string clone = CreateClone("github-origin", GitHubOrigin);
        string commit = TestProcess.Git(clone, "rev-parse", "HEAD").EnsureSuccess().Output.Trim();
        commit.Should().MatchRegex("^[0-9a-f]{40}$");

        ProcessResult build = Build(clone);
        WarningCount(build).Should().Be(0, build.Describe());
        string? sourceLink = ReadSourceLink(PdbPath(clone));

        sourceLink.Should().NotBeNull($"a clone whose origin is on GitHub gets SourceLink. {build.Describe()}");
        using JsonDocument json = JsonDocument.Parse(sourceLink!);
        string[] targets = json.RootElement.GetProperty("documents").EnumerateObject().Select(p => p.Value.GetString()!).ToArray();
        targets.Should().Equal(
            [$"https://raw.githubusercontent.com/smtpstatuscodes/SmtpStatusCodes/{commit}/*"],
            "the PDB maps the clone's sources to the commit on GitHub; SourceLink JSON: {0}", sourceLink);
    }

    [Fact]
    public void Clone_without_a_remote_builds_without_warnings_and_without_SourceLink()
    {
        string clone = CreateClone("no-remote", origin: null);

        ProcessResult build = Build(clone);

        WarningCount(build).Should().Be(0, build.Describe());
        ReadSourceLink(PdbPath(clone)).Should().BeNull("a clone with no GitHub remote has nothing to link to");
    }

    /// <summary>Copies the build inputs, makes them a git repository with one commit and, optionally, an origin.</summary>
    private string CreateClone(string name, string? origin)
    {
        string clone = Path.Combine(_workDirectory, name);
        RepositoryCopy.CopyBuildInputs(clone);
        File.WriteAllText(Path.Combine(clone, ".gitignore"), "artifacts/\nbin/\nobj/\n");

        TestProcess.Git(clone, "init", "--quiet").EnsureSuccess();
        TestProcess.Git(clone, "config", "user.name", "Package Tests").EnsureSuccess();
        TestProcess.Git(clone, "config", "user.email", "package-tests@example.invalid").EnsureSuccess();
        TestProcess.Git(clone, "config", "commit.gpgsign", "false").EnsureSuccess();
        if (origin is not null)
        {
            TestProcess.Git(clone, "remote", "add", "origin", origin).EnsureSuccess();
        }

        TestProcess.Git(clone, "add", "--all").EnsureSuccess();
        TestProcess.Git(clone, "commit", "--quiet", "-m", "Package test snapshot").EnsureSuccess();
        return clone;
    }

    private static ProcessResult Build(string clone) =>
        TestProcess.Dotnet(
            clone,
            "build",
            Path.Combine("src", "SmtpStatusCodes", "SmtpStatusCodes.csproj"),
            "-c", "Release",
            "-f", "net10.0",
            "-clp:Summary").EnsureSuccess();

    private static string PdbPath(string clone)
    {
        string pdb = Path.Combine(clone, "artifacts", "bin", "SmtpStatusCodes", "release_net10.0", "SmtpStatusCodes.pdb");
        File.Exists(pdb).Should().BeTrue($"the build writes its PDB to {pdb}");
        return pdb;
    }

    /// <summary>The SourceLink JSON in a portable PDB, or null when it has none.</summary>
    private static string? ReadSourceLink(string pdbPath)
    {
        using FileStream stream = File.OpenRead(pdbPath);
        using var provider = MetadataReaderProvider.FromPortablePdbStream(stream);
        MetadataReader reader = provider.GetMetadataReader();

        string[] sourceLinks = reader.CustomDebugInformation
            .Select(handle => reader.GetCustomDebugInformation(handle))
            .Where(info => info.Parent.Kind == HandleKind.ModuleDefinition && reader.GetGuid(info.Kind) == _sourceLinkKind)
            .Select(info => System.Text.Encoding.UTF8.GetString(reader.GetBlobBytes(info.Value)))
            .ToArray();

        sourceLinks.Should().HaveCountLessThanOrEqualTo(1);
        return sourceLinks.SingleOrDefault();
    }

    /// <summary>The warnings a build reported: its "N Warning(s)" summary, which must be present.</summary>
    private static int WarningCount(ProcessResult build)
    {
        Match summary = WarningSummary().Match(build.Output);
        summary.Success.Should().BeTrue($"the build prints a warning count. {build.Describe()}");
        return int.Parse(summary.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^\s*(\d+)\s+Warning\(s\)", RegexOptions.Multiline)]
    private static partial Regex WarningSummary();
}
