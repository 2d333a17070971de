using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace SmtpStatusCodes.PackageTests;

/// <summary>Roslyn's analyzer-testing harness, running an analyzer instance loaded from files rather than a type known at compile time.</summary>
internal sealed class ProbeAnalyzerTest : AnalyzerTest<DefaultVerifier>
{
    private readonly DiagnosticAnalyzer _analyzer;

    public ProbeAnalyzerTest(DiagnosticAnalyzer analyzer)
    {
        _analyzer = analyzer;

        // No reference package to download: the test source needs only the core library.
        ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(object).Assembly.Location));
    }

    public override string Language => LanguageNames.CSharp;

    protected override string DefaultFileExt => "cs";

    protected override CompilationOptions CreateCompilationOptions() => new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary);

    protected override ParseOptions CreateParseOptions() => new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => [_analyzer];
}
