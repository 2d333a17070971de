using SmtpStatusCodes.Generators.Model;

namespace SmtpStatusCodes.Generators.Classification;

/// <summary>One bounce data file split into rows of fields; rows are checked when all files are merged.</summary>
internal sealed record BounceFile(BounceFileKind Kind, string Path, string Culture, EquatableArray<BounceRow> Rows, EquatableArray<DataDiagnostic> Diagnostics);
