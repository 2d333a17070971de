namespace SmtpStatusCodes.Generators.Model;

/// <summary>A row of reply-codes.tsv: a class (5XX), a category (X5X) or a three-digit code.</summary>
/// <param name="Value">The code (550), the class digit (5) or the category digit (5).</param>
/// <param name="Status">standard, extension, association, draft or folklore.</param>
internal sealed record ReplyCodeRow(
    int Line,
    string Code,
    RowKind Kind,
    int Value,
    string Name,
    string Status,
    string Title,
    string Reference,
    bool Deprecated);
