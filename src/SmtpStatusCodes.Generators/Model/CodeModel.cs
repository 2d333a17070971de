namespace SmtpStatusCodes.Generators.Model;

/// <summary>The code tables of enhanced-codes.tsv and reply-codes.tsv, checked against each other and sorted: what
/// CodeTables.g.cs, StatusCodes.g.cs and ReplyCodes.g.cs are written from.</summary>
/// <remarks>The rows carry no line numbers (<c>Line</c> is 0): lines only locate diagnostics, made before, and a comment
/// added above a row must not look like a change to the tables. <see cref="Diagnostics"/> holds what the merge found;
/// each file's own problems stay in its <see cref="DataFile"/>.</remarks>
internal sealed record CodeModel(
    string Snapshot,
    EquatableArray<EnhancedCodeRow> Enhanced,
    EquatableArray<ReplyCodeRow> Reply,
    EquatableArray<DataDiagnostic> Diagnostics);
