using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SmtpStatusCodes.Generators.Classification;

/// <summary>
/// Turns the bounce classifier's data files (bounce-reasons.tsv, bounce-codes.tsv, bounce-phrases.tsv and
/// bounce-texts.&lt;culture&gt;.tsv) into BounceTables: resolved code-rule lookups, the cue phrases in priority order and
/// the localized reason texts. Separate from <see cref="SmtpCodesGenerator"/>, which never reads these files.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class BounceRulesGenerator : IIncrementalGenerator
{
    /// <summary>Tracking name of the per-file parse step.</summary>
    internal const string ParsedFiles = "BounceParsedFiles";

    /// <summary>Tracking name of the merge step.</summary>
    internal const string Output = "BounceOutput";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider
            .Where(static text => BounceRulesParser.Classify(Path.GetFileName(text.Path)) is not null)
            .Select(static (text, cancellationToken) => BounceRulesParser.ParseFile(text.Path, text.GetText(cancellationToken)?.ToString()))
            .WithTrackingName(ParsedFiles);

        var output = files.Collect()
            .Select(static (all, _) => BounceRulesEmitter.Build(all))
            .WithTrackingName(Output);

        context.RegisterSourceOutput(output, static (spc, o) =>
        {
            DataDiagnosticReporter.Report(spc, o.Diagnostics);

            if (o.Diagnostics.Count == 0 && o.Source.Length > 0)
            {
                spc.AddSource("BounceTables.g.cs", SourceText.From(o.Source, System.Text.Encoding.UTF8));
            }
        });
    }
}
