namespace SmtpStatusCodes.Generators.Model;

/// <summary>A problem found in a data file: where it is and what is wrong, with no Roslyn objects held.</summary>
internal sealed record DataDiagnostic(string Id, string Path, int Line, string Message);
