namespace SmtpStatusCodes.Generators.Model;

/// <summary>Every culture's descriptions, English first: what DescriptionTables.g.cs is written from.</summary>
/// <param name="Diagnostics">What the merge found (a missing English file); each culture's problems stay in its table.</param>
internal sealed record DescriptionModel(CodeIndex Index, EquatableArray<CultureTable> Cultures, EquatableArray<DataDiagnostic> Diagnostics);
