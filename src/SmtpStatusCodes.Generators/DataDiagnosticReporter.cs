using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SmtpStatusCodes.Generators.Model;

namespace SmtpStatusCodes.Generators;

/// <summary>Turns the Roslyn-free <see cref="DataDiagnostic"/>s of a pipeline into build errors at the data file's line.</summary>
internal static class DataDiagnosticReporter
{
    public static void Report(SourceProductionContext context, EquatableArray<DataDiagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            var descriptor = DiagnosticDescriptors.Find(d.Id) ?? DiagnosticDescriptors.MalformedRow;
            var line = d.Line > 0 ? d.Line - 1 : 0;
            var span = new LinePositionSpan(new LinePosition(line, 0), new LinePosition(line, 0));
            var location = Location.Create(d.Path, new TextSpan(0, 0), span);
            context.ReportDiagnostic(Diagnostic.Create(descriptor, location, d.Message));
        }
    }
}
