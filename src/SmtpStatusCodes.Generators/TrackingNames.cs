namespace SmtpStatusCodes.Generators;

/// <summary>Names of the pipeline steps, so tests can check which steps ran and which were cached.</summary>
internal static class TrackingNames
{
    public const string ParsedFiles = nameof(ParsedFiles);
    public const string Model = nameof(Model);
    public const string Diagnostics = nameof(Diagnostics);
}
