using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;

namespace SmtpStatusCodes.Analyzers.Tests;

/// <summary>
/// Runs the analyzer over a 10,000-line file with 2,000 code literals and reports what it costs. Only the diagnostics
/// are asserted; the time is printed (docs/analyzers.md quotes it), never asserted.
/// </summary>
public sealed class AnalyzerCostTests
{
    private const int Lines = 10_000;
    private const int Literals = 2_000;

    private readonly ITestOutputHelper _output;

    public AnalyzerCostTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task Ten_thousand_lines_with_two_thousand_literals()
    {
        var tree = CSharpSyntaxTree.ParseText(GenerateSource(), new CSharpParseOptions(LanguageVersion.Latest), path: "Large.cs");
        tree.GetText().Lines.Count.Should().Be(Lines + 1, "the file has 10,000 lines and a final line break");
        var compilation = CSharpCompilation.Create(
            "Large", [tree], TestReferences.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var binding = Stopwatch.StartNew();
        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty();
        binding.Stop();
        _output.WriteLine($"compiler diagnostics alone (parse and bind, no analyzer): {binding.Elapsed.TotalMilliseconds:F0} ms");

        // The first run pays for loading and JIT; the later ones are what a warm compiler server pays per build.
        // The machine is shared, so the least of the warm runs is the figure to quote.
        var analyzer = new CodeLiteralAnalyzer();
        for (var run = 1; run <= 3; run++)
        {
            var withAnalyzer = compilation.WithAnalyzers(
                [analyzer],
                new CompilationWithAnalyzersOptions(AnalyzerOptions(), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: true));
            var stopwatch = Stopwatch.StartNew();
            var diagnostics = await withAnalyzer.GetAnalyzerDiagnosticsAsync();
            stopwatch.Stop();
            var telemetry = await withAnalyzer.GetAnalyzerTelemetryInfoAsync(analyzer, default);

            diagnostics.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count()).Should().BeEquivalentTo(new System.Collections.Generic.Dictionary<string, int>
            {
                [Rules.InvalidCodeId] = Literals / 4,
                [Rules.UnregisteredCodeId] = Literals / 4,
                [Rules.InconsistentReplyLineId] = Literals / 4,
                [Rules.UseGeneratedConstantId] = Literals / 4,
            });
            _output.WriteLine(
                $"run {run}: {Lines:N0} lines, {Literals:N0} literals, {diagnostics.Length:N0} diagnostics: " +
                $"{stopwatch.Elapsed.TotalMilliseconds:F0} ms wall clock (binding included), analyzer's own callbacks {telemetry.ExecutionTime.TotalMilliseconds:F1} ms");
        }
    }

    /// <summary>
    /// A class of 2,000 methods of five lines, each with one literal, a quarter for each rule; the class's opening
    /// and closing share the first and last lines, so the file has exactly 10,000 lines.
    /// </summary>
    private static string GenerateSource()
    {
        var source = new StringBuilder("using SmtpStatusCodes; public static class Large {");
        for (var i = 0; i < Literals; i++)
        {
            var expression = (i % 4) switch
            {
                0 => "StatusCode.Parse(\"5.1.1\")",
                1 => $"StatusCode.Parse(\"5.1.{90 + (i % 10)}\")",
                2 => $"StatusCode.Parse(\"5.0{i % 10}.1\")",
                _ => "ReplyLine.Parse(\"550 4.1.1 user unknown\").Code",
            };
            source.Append($"    public static object M{i}(int a)\n    {{\n        var b = a * {i};\n        return b > 0 ? {expression} : b;\n    }}\n");
        }

        return source.Insert(source.Length - 1, " }").ToString();
    }

    private static AnalyzerOptions AnalyzerOptions() => new(ImmutableArray<AdditionalText>.Empty);
}
