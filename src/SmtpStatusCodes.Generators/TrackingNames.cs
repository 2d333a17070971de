namespace SmtpStatusCodes.Generators;

/// <summary>Names of the pipeline steps, so tests can check which steps ran and which were cached.</summary>
/// <remarks>A step that produces a generated file is named after the file's hint name.</remarks>
internal static class TrackingNames
{
    /// <summary>One parsed data file per additional file the generator reads.</summary>
    public const string ParsedFiles = nameof(ParsedFiles);

    /// <summary>The code tables, merged from enhanced-codes.tsv and reply-codes.tsv.</summary>
    public const string CodeTables = nameof(CodeTables);

    /// <summary>The codes of the tables without their wording: what the description steps depend on.</summary>
    public const string CodeIndex = nameof(CodeIndex);

    /// <summary>The rows of descriptions.en.tsv, the fallback of every other culture.</summary>
    public const string EnglishDescriptions = nameof(EnglishDescriptions);

    /// <summary>One table per culture, built from that culture's file.</summary>
    public const string CultureTables = nameof(CultureTables);

    /// <summary>Every culture's table, in the emitted order.</summary>
    public const string Descriptions = nameof(Descriptions);

    /// <summary>The problems each file has on its own, in path order.</summary>
    public const string FileDiagnostics = nameof(FileDiagnostics);

    /// <summary>Every problem found, reported as build errors.</summary>
    public const string Diagnostics = nameof(Diagnostics);

    /// <summary>Whether any problem was found: then no file is generated.</summary>
    public const string HasErrors = nameof(HasErrors);

    public const string CodeTablesFile = "CodeTables.g.cs";
    public const string DescriptionTablesFile = "DescriptionTables.g.cs";
    public const string StatusCodesFile = "StatusCodes.g.cs";
    public const string ReplyCodesFile = "ReplyCodes.g.cs";
}
