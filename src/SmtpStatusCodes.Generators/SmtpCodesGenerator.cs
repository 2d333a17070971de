using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SmtpStatusCodes.Generators;

/// <summary>
/// Turns the data files (enhanced-codes.tsv, reply-codes.tsv, descriptions.&lt;culture&gt;.tsv, passed as
/// AdditionalFiles) into static lookup tables. The pipeline holds only value-equatable models, so an edit to
/// a .cs file leaves every step cached, and only an edit to a data file regenerates.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed partial class SmtpCodesGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider
            .Where(static text => Parser.Classify(Path.GetFileName(text.Path)) is not null)
            .Select(static (text, cancellationToken) =>
                Parser.ParseFile(text.Path, text.GetText(cancellationToken)?.ToString()))
            .WithTrackingName(TrackingNames.ParsedFiles);

        var model = files.Collect()
            .Select(static (all, _) => Parser.Merge(all))
            .WithTrackingName(TrackingNames.Model);

        // Diagnostics go out through their own output, so that the emitted source depends on table content only.
        var diagnostics = model.Select(static (m, _) => m.Diagnostics).WithTrackingName(TrackingNames.Diagnostics);
        context.RegisterSourceOutput(diagnostics, static (spc, list) =>
        {
            foreach (var d in list)
            {
                var descriptor = DiagnosticDescriptors.Find(d.Id) ?? DiagnosticDescriptors.MalformedRow;
                var line = d.Line > 0 ? d.Line - 1 : 0;
                var span = new LinePositionSpan(new LinePosition(line, 0), new LinePosition(line, 0));
                var location = Location.Create(d.Path, new TextSpan(0, 0), span);
                spc.ReportDiagnostic(Diagnostic.Create(descriptor, location, d.Message));
            }
        });

        context.RegisterSourceOutput(model, static (spc, m) =>
        {
            if (m.Diagnostics.Count > 0)
            {
                return;
            }

            foreach (var (hintName, source) in Emitter.Emit(m))
            {
                spc.AddSource(hintName, SourceText.From(source, System.Text.Encoding.UTF8));
            }
        });
    }
}
