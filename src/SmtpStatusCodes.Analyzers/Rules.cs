using Microsoft.CodeAnalysis;

namespace SmtpStatusCodes.Analyzers;

/// <summary>The diagnostics of <see cref="CodeLiteralAnalyzer"/>. The IDs are a public contract: never reuse or renumber them.</summary>
public static class Rules
{
    /// <summary>A constant that can never parse.</summary>
    public const string InvalidCodeId = "SMTP001";

    /// <summary>A constant enhanced code that parses but is not registered.</summary>
    public const string UnregisteredCodeId = "SMTP002";

    /// <summary>A constant reply line whose two codes disagree on the class.</summary>
    public const string InconsistentReplyLineId = "SMTP003";

    /// <summary>A code built from constants that has a generated constant.</summary>
    public const string UseGeneratedConstantId = "SMTP004";

    private const string Category = "SmtpStatusCodes";
    private const string HelpBase = "https://github.com/smtpstatuscodes/SmtpStatusCodes/blob/main/docs/analyzers.md#";

    /// <summary>SMTP001: the message is the library's own explanation of why the text is refused.</summary>
    public static readonly DiagnosticDescriptor InvalidCode = new(
        InvalidCodeId,
        "SMTP code or reply line can never parse",
        "{0}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The constant is refused by the SmtpStatusCodes parser, so this call throws at run time.",
        helpLinkUri: HelpBase + "smtp001-a-constant-that-can-never-parse");

    /// <summary>SMTP002: a hint only, since vendors send unregistered codes on purpose.</summary>
    public static readonly DiagnosticDescriptor UnregisteredCode = new(
        UnregisteredCodeId,
        "Enhanced status code is not registered",
        "{0} is a valid enhanced status code but is not in the IANA registry; it reads as '{1}'",
        Category,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "The code parses, but no RFC registered it. Vendors send such codes; check that it is not a typo.",
        helpLinkUri: HelpBase + "smtp002-an-enhanced-code-that-is-not-registered");

    /// <summary>SMTP003: RFC 3463 section 3 and RFC 2034 section 4 require both codes to have the same class.</summary>
    public static readonly DiagnosticDescriptor InconsistentReplyLine = new(
        InconsistentReplyLineId,
        "Reply code and enhanced status code disagree on the class",
        "Reply code {0} is class {1}, but its enhanced status code {2} is class {3} (RFC 3463 section 3, RFC 2034 section 4)",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The class digit of the enhanced status code must equal the first digit of the reply code.",
        helpLinkUri: HelpBase + "smtp003-a-reply-line-whose-codes-disagree");

    /// <summary>SMTP004: the generated constant names the code and costs no parse.</summary>
    public static readonly DiagnosticDescriptor UseGeneratedConstant = new(
        UseGeneratedConstantId,
        "Use the generated constant",
        "{0} has a generated constant: {1}",
        Category,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "A registered code built from constants reads better, and costs nothing at run time, as its generated constant.",
        helpLinkUri: HelpBase + "smtp004-a-code-that-has-a-generated-constant");
}
