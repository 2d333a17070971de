namespace SmtpStatusCodes.Generators.Model;

/// <summary>Everything the emitter needs, checked and merged from all data files.</summary>
/// <remarks>When <see cref="Diagnostics"/> holds any error the emitter writes nothing, so a broken data file
/// fails the build instead of producing a partial table.</remarks>
internal sealed record CodeModel(
    string Snapshot,
    EquatableArray<EnhancedCodeRow> Enhanced,
    EquatableArray<ReplyCodeRow> Reply,
    EquatableArray<CultureTable> Cultures,
    EquatableArray<DataDiagnostic> Diagnostics);
