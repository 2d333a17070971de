namespace SmtpStatusCodes.Generators.Model;

/// <summary>One parsed data file. Exactly one of the row arrays is used, by <see cref="Kind"/>.</summary>
internal sealed record DataFile(
    DataFileKind Kind,
    string Path,
    string Culture,
    string? Snapshot,
    EquatableArray<EnhancedCodeRow> EnhancedRows,
    EquatableArray<ReplyCodeRow> ReplyRows,
    EquatableArray<DescriptionRow> DescriptionRows,
    EquatableArray<DataDiagnostic> Diagnostics);
