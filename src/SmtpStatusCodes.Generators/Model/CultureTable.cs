namespace SmtpStatusCodes.Generators.Model;

/// <summary>The descriptions of one culture, in table order, with English filled in where the culture has no row.</summary>
/// <param name="Enhanced">One text per enhanced-codes.tsv row.</param>
/// <param name="Reply">One text per reply-codes.tsv row.</param>
/// <param name="Diagnostics">What checking the culture's file against the code tables found.</param>
internal sealed record CultureTable(string Culture, EquatableArray<string> Enhanced, EquatableArray<string> Reply, EquatableArray<DataDiagnostic> Diagnostics);
