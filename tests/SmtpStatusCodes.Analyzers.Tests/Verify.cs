using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace SmtpStatusCodes.Analyzers.Tests;

/// <summary>Runs <see cref="CodeLiteralAnalyzer"/> (and a code fix) through Roslyn's analyzer-testing harness.</summary>
internal static class Verify
{
    public static DiagnosticResult Diagnostic(DiagnosticDescriptor rule) => new(rule);

    /// <summary>Analyzes <paramref name="source"/> and asserts exactly the <paramref name="expected"/> diagnostics.</summary>
    public static Task AnalyzerAsync(string source, params DiagnosticResult[] expected) =>
        AnalyzerAsync(source, editorConfig: null, expected);

    public static Task AnalyzerAsync(string source, string? editorConfig, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<CodeLiteralAnalyzer, DefaultVerifier> { TestCode = source };
        Configure(test.TestState, test);
        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", editorConfig));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>
    /// Applies <typeparamref name="TCodeFix"/> to <paramref name="source"/> and asserts <paramref name="fixedSource"/>;
    /// <paramref name="remaining"/> are the diagnostics the fixed source still has.
    /// </summary>
    public static Task CodeFixAsync<TCodeFix>(string source, DiagnosticResult[] expected, string fixedSource, params DiagnosticResult[] remaining)
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<CodeLiteralAnalyzer, TCodeFix, DefaultVerifier> { TestCode = source, FixedCode = fixedSource };
        Configure(test.TestState, test);
        Configure(test.FixedState, test);
        test.ExpectedDiagnostics.AddRange(expected);
        test.FixedState.ExpectedDiagnostics.AddRange(remaining);
        return test.RunAsync();
    }

    private static void Configure(SolutionState state, AnalyzerTest<DefaultVerifier> test)
    {
        test.ReferenceAssemblies = TestReferences.None;
        state.AdditionalReferences.AddRange(TestReferences.All);
    }
}
