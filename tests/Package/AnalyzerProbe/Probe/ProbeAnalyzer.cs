using System;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using SmtpStatusCodes;

namespace Probe;

/// <summary>
/// Reports what SmtpStatusCodes makes of every string literal that is an SMTP reply line, so the build output shows
/// that the library loaded inside the compiler and ran: parsing, titles, localized descriptions and the scanner.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ProbeAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "PROBE001", "SmtpStatusCodes ran inside the compiler", "{0}", "Probe", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.StringLiteralExpression);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        var text = ((LiteralExpressionSyntax)context.Node).Token.ValueText;
        if (!ReplyLine.TryParse(text.AsSpan(), out var line) || line.StatusCode is not { } enhanced
            || !StatusCode.TryParse(enhanced.ToString(), out var code))
        {
            return;
        }

        var matches = 0;
        foreach (var match in CodeScanner.EnumerateMatches(text.AsSpan()))
        {
            matches++;
        }

        var description = code.GetDescription(CultureInfo.GetCultureInfo("zh-TW"));
        var message = $"{line.Code} {code}: {code.Title} / {description} / {matches} codes in the line";
        context.ReportDiagnostic(Diagnostic.Create(Rule, context.Node.GetLocation(), message));
    }
}
