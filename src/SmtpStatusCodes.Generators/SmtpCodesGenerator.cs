using System;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SmtpStatusCodes.Generators.Merging;
using SmtpStatusCodes.Generators.Model;
using SmtpStatusCodes.Generators.Parsing;

namespace SmtpStatusCodes.Generators;

/// <summary>
/// Turns the data files (enhanced-codes.tsv, reply-codes.tsv, descriptions.&lt;culture&gt;.tsv, passed as
/// AdditionalFiles) into static lookup tables. The pipeline holds only value-equatable models, and each generated
/// file has its own step that depends only on what the file is written from: an edit to a .cs file leaves every step
/// cached, a description edit leaves the public constants cached, and a title edit leaves the descriptions cached.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed partial class SmtpCodesGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider
            .Where(static text => DataFileNames.Classify(Path.GetFileName(text.Path)) is not null)
            .Select(static (text, cancellationToken) => DataFileParser.Parse(text.Path, text.GetText(cancellationToken)?.ToString()))
            .WithTrackingName(TrackingNames.ParsedFiles);

        var codeTables = files.Where(static f => f.Kind != DataFileKind.Descriptions).Collect()
            .Select(static (tables, _) => CodeTablesMerger.Merge(tables))
            .WithTrackingName(TrackingNames.CodeTables);
        var codeIndex = codeTables.Select(static (tables, _) => CodeIndex.Of(tables)).WithTrackingName(TrackingNames.CodeIndex);

        var descriptionFiles = files.Where(static f => f.Kind == DataFileKind.Descriptions);
        var english = descriptionFiles.Where(static f => f.Culture == DataFileNames.EnglishCulture).Collect()
            .Select(static (en, _) => en.IsEmpty ? EquatableArray<DescriptionRow>.Empty : en[0].DescriptionRows)
            .WithTrackingName(TrackingNames.EnglishDescriptions);
        var cultures = descriptionFiles.Combine(codeIndex.Combine(english))
            .Select(static (input, _) => CultureTableBuilder.Build(input.Left, input.Right.Left, input.Right.Right))
            .WithTrackingName(TrackingNames.CultureTables);
        var descriptions = cultures.Collect().Combine(codeIndex)
            .Select(static (input, _) => DescriptionsMerger.Merge(input.Left, input.Right))
            .WithTrackingName(TrackingNames.Descriptions);

        // Each file's own problems first, in path order, then what the merge steps found.
        var fileDiagnostics = files.Collect()
            .Select(static (all, _) => new EquatableArray<DataDiagnostic>([.. all.OrderBy(f => f.Path, StringComparer.Ordinal).SelectMany(f => f.Diagnostics)]))
            .WithTrackingName(TrackingNames.FileDiagnostics);
        var diagnostics = fileDiagnostics.Combine(codeTables).Combine(descriptions)
            .Select(static (input, _) => new EquatableArray<DataDiagnostic>(
                [.. input.Left.Left, .. input.Left.Right.Diagnostics, .. input.Right.Diagnostics, .. input.Right.Cultures.SelectMany(c => c.Diagnostics)]))
            .WithTrackingName(TrackingNames.Diagnostics);
        context.RegisterSourceOutput(diagnostics, DataDiagnosticReporter.Report);

        // Any error stops every file, so that a broken data file fails the build instead of leaving a partial table.
        var hasErrors = diagnostics.Select(static (list, _) => list.Count > 0).WithTrackingName(TrackingNames.HasErrors);
        AddFile(context, codeTables, hasErrors, TrackingNames.CodeTablesFile, Emitter.EmitCodeTables);
        AddFile(context, descriptions, hasErrors, TrackingNames.DescriptionTablesFile, Emitter.EmitDescriptions);
        AddFile(context, codeTables, hasErrors, TrackingNames.StatusCodesFile, Emitter.EmitStatusConstants);
        AddFile(context, codeTables, hasErrors, TrackingNames.ReplyCodesFile, Emitter.EmitReplyConstants);
    }

    /// <summary>Adds one generated file through its own step, named after the file. The step's value is the file's
    /// text, so the driver compares what would be written: when a model changed in a way this file does not show,
    /// the step is Unchanged and the file is not added again.</summary>
    private static void AddFile<T>(
        IncrementalGeneratorInitializationContext context,
        IncrementalValueProvider<T> model,
        IncrementalValueProvider<bool> hasErrors,
        string hintName,
        Func<T, string> emit)
    {
        var text = model.Combine(hasErrors)
            .Select((input, _) => input.Right ? string.Empty : emit(input.Left))
            .WithTrackingName(hintName);
        context.RegisterSourceOutput(text, (spc, source) =>
        {
            if (source.Length > 0)
            {
                spc.AddSource(hintName, SourceText.From(source, Encoding.UTF8));
            }
        });
    }
}
