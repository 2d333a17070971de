using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace SmtpStatusCodes.PackageTests;

/// <summary>
/// The packed netstandard2.0 DLL loads and runs inside a Roslyn analyzer: an analyzer bundling it (tests/Package/AnalyzerProbe)
/// is run by the analyzer-testing harness and by a real `dotnet build`, and reports what the library computed.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed partial class AnalyzerProbeTests
{
    private const string ReplyLine = "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown";

    private readonly PackageFixture _package;

    public AnalyzerProbeTests(PackageFixture package) => _package = package;

    /// <summary>What the probe says of <see cref="ReplyLine"/>, from the repository's data files (title, zh-Hant text).</summary>
    private static string ExpectedMessage =>
        $"550 5.1.1: {DataColumn("enhanced-codes.tsv", "X.1.1", 2)} / {DataColumn("descriptions.zh-Hant.tsv", "X.1.1", 1)} / 2 codes in the line";

    [Fact]
    public void Probe_runs_in_the_compiler_of_a_real_dotnet_build()
    {
        AnalyzerProbe probe = _package.Probe;
        ProcessResult build = probe.SampleBuild.EnsureSuccess();

        build.Output.Should().Contain($"Bounce.cs(5,32): warning PROBE001: {ExpectedMessage}", "the library ran inside the compiler. {0}", build.Describe());
        AnyWarningCode().Matches(build.Output).Select(m => m.Groups[1].Value).Distinct().Should().Equal(
            ["PROBE001"], "nothing failed to load (CS8032, CS8033, AD0001). {0}", build.Describe());
    }

    [Fact]
    public async Task Probe_runs_under_the_analyzer_testing_harness()
    {
        AnalyzerProbe probe = _package.Probe;
        probe.SampleBuild.EnsureSuccess();
        var context = new AnalyzerLoadContext(probe.ProbeAssembly, probe.LibraryAssembly);
        try
        {
            Assembly probeAssembly = context.LoadFromAssemblyPath(probe.ProbeAssembly);
            var analyzer = (DiagnosticAnalyzer)Activator.CreateInstance(probeAssembly.GetType("Probe.ProbeAnalyzer", throwOnError: true)!)!;

            var test = new ProbeAnalyzerTest(analyzer)
            {
                TestCode = $$"""
                    static class Bounce
                    {
                        public const string Line = {|#0:"{{ReplyLine}}"|};
                        public const string Other = "no code here";
                    }
                    """,
            };
            test.ExpectedDiagnostics.Add(new DiagnosticResult("PROBE001", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(ExpectedMessage));
            await test.RunAsync();

            context.Assemblies.Select(a => a.GetName().Name).Should().BeEquivalentTo(
                ["Probe", "SmtpStatusCodes"], "the library came from the package, beside the probe, not from the host");
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void Probe_adds_no_reference_beyond_netstandard_System_Memory_and_Roslyn()
    {
        AnalyzerProbe probe = _package.Probe;
        probe.SampleBuild.EnsureSuccess();

        string[] references = PackageContentTests.AssemblyReferences(File.ReadAllBytes(probe.ProbeAssembly));
        references.Should().Contain("SmtpStatusCodes 1.0.0.0");
        references.Select(r => r.Split(' ')[0]).Should().BeSubsetOf(
            ["netstandard", "System.Memory", "System.Collections.Immutable", "Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp", "SmtpStatusCodes"],
            "[{0}]", string.Join(", ", references));
        references.Where(r => r.StartsWith("System.Memory ", StringComparison.Ordinal)).Should().AllBe("System.Memory 4.0.1.2");
    }

    /// <summary>A column of the row for <paramref name="code"/> in one of the library's data files.</summary>
    private static string DataColumn(string file, string code, int column)
    {
        string path = Path.Combine(RepositoryCopy.Root, "src", "SmtpStatusCodes", "Data", file);
        string[]? row = File.ReadLines(path).Select(line => line.Split('\t')).FirstOrDefault(fields => fields[0] == code);
        row.Should().NotBeNull($"{path} has a row for {code}");
        return row![column];
    }

    [GeneratedRegex(@"\bwarning ([A-Z]+[0-9]+):")]
    private static partial Regex AnyWarningCode();
}
