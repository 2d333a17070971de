namespace SmtpStatusCodes.Generators.Model;

/// <summary>A row of enhanced-codes.tsv: a class (2.X.X), a subject (X.1.X) or a detail (X.1.1).</summary>
/// <param name="Kind">Which of the three the row is.</param>
/// <param name="Class">2, 4 or 5 for a class row, else 0.</param>
/// <param name="Subject">The subject for subject and detail rows, else -1.</param>
/// <param name="Detail">The detail for detail rows, else -1.</param>
/// <param name="Classes">Advised classes as a bit set: 1 = 2.X.X, 2 = 4.X.X, 4 = 5.X.X.</param>
internal sealed record EnhancedCodeRow(
    int Line,
    string Code,
    RowKind Kind,
    int Class,
    int Subject,
    int Detail,
    string Name,
    string Title,
    int Classes,
    string Reference,
    bool Deprecated,
    bool Draft);
