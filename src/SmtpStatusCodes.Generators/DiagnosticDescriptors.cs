using Microsoft.CodeAnalysis;

namespace SmtpStatusCodes.Generators;

/// <summary>Build errors for broken data files. Each names the file and line, so a maintainer can fix the row.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "SmtpStatusCodes.Data";

    public static readonly DiagnosticDescriptor MalformedRow = Create("SSC001", "Malformed data row");
    public static readonly DiagnosticDescriptor WrongColumnCount = Create("SSC002", "Wrong column count");
    public static readonly DiagnosticDescriptor DuplicateCode = Create("SSC003", "Duplicate code");
    public static readonly DiagnosticDescriptor CodeOutsideGrammar = Create("SSC004", "Code outside the grammar");
    public static readonly DiagnosticDescriptor MissingField = Create("SSC005", "Missing required field");
    public static readonly DiagnosticDescriptor UnknownDescribedCode = Create("SSC006", "Description for a code that does not exist");
    public static readonly DiagnosticDescriptor InvalidValue = Create("SSC007", "Invalid field value");
    public static readonly DiagnosticDescriptor MissingData = Create("SSC008", "Missing data file or header");
    public static readonly DiagnosticDescriptor ShadowedPhrase = Create("SSC009", "Cue phrase that can never win");

    public static DiagnosticDescriptor? Find(string id) => id switch
    {
        "SSC001" => MalformedRow,
        "SSC002" => WrongColumnCount,
        "SSC003" => DuplicateCode,
        "SSC004" => CodeOutsideGrammar,
        "SSC005" => MissingField,
        "SSC006" => UnknownDescribedCode,
        "SSC007" => InvalidValue,
        "SSC008" => MissingData,
        "SSC009" => ShadowedPhrase,
        _ => null,
    };

    private static DiagnosticDescriptor Create(string id, string title) =>
        new(id, title, "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}
