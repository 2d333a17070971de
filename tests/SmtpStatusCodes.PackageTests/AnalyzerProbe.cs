using System.IO;

namespace SmtpStatusCodes.PackageTests;

/// <summary>
/// tests/Package/AnalyzerProbe built against the packed package: Probe, an analyzer that bundles the package's
/// netstandard2.0 DLL as Roslyn's cookbook shows, and Sample, a project whose `dotnet build` runs it.
/// </summary>
/// <param name="SampleBuild">The `dotnet build` of Sample, which builds Probe and runs it in the compiler.</param>
/// <param name="ProbeAssembly">Probe.dll.</param>
/// <param name="LibraryAssembly">The package's lib/netstandard2.0/SmtpStatusCodes.dll, which Probe bundles.</param>
internal sealed record AnalyzerProbe(ProcessResult SampleBuild, string ProbeAssembly, string LibraryAssembly)
{
    public static AnalyzerProbe Build(PackageFixture package)
    {
        string directory = package.CopyTestAssets("AnalyzerProbe", "analyzer-probe");
        ProcessResult build = TestProcess.Dotnet(
            directory,
            "build", Path.Combine("Sample", "Sample.csproj"),
            "-c", "Release",
            "--packages", package.PackagesDirectory,
            $"-p:SmtpStatusCodesVersion={package.Version}");
        return new AnalyzerProbe(
            build,
            Path.Combine(directory, "Probe", "bin", "Release", "netstandard2.0", "Probe.dll"),
            Path.Combine(package.PackagesDirectory, PackageFixture.PackageId.ToLowerInvariant(), package.Version.ToLowerInvariant(), "lib", "netstandard2.0", "SmtpStatusCodes.dll"));
    }
}
