using SmtpStatusCodes.Generators.Model;

namespace SmtpStatusCodes.Generators.Classification;

/// <summary>What the merge step hands to the outputs: the problems found, or the emitted source when there are none.</summary>
internal sealed record BounceOutput(EquatableArray<DataDiagnostic> Diagnostics, string Source);
