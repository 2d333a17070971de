using System;
using System.Collections.Immutable;
using System.ComponentModel;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SmtpStatusCodes.Serialization;

namespace SmtpStatusCodes.Analyzers;

/// <summary>
/// Checks SMTP codes and reply lines written as constants (SMTP001 to SMTP004) with the SmtpStatusCodes parser
/// itself, so that a literal the library would refuse at run time is a diagnostic at compile time.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CodeLiteralAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: the literal's unambiguous repair (SMTP001).</summary>
    public const string ReplacementProperty = "Replacement";

    /// <summary>Diagnostic property: the generated constant, as C# names it from the namespace on (SMTP004).</summary>
    public const string ConstantProperty = "Constant";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Rules.InvalidCode, Rules.UnregisteredCode, Rules.InconsistentReplyLine, Rules.UseGeneratedConstant);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            // Everything per compilation lives in this closure; nothing is static and mutable.
            var symbols = KnownSymbols.Create(start.Compilation);
            if (symbols is null)
            {
                return;
            }

            start.RegisterOperationAction(c => AnalyzeInvocation(c, symbols), OperationKind.Invocation);
            start.RegisterOperationAction(c => AnalyzeCreation(c, symbols), OperationKind.ObjectCreation);
            if (symbols.DefaultValueAttribute is not null)
            {
                start.RegisterSymbolAction(c => AnalyzeDefaultValue(c, symbols), SymbolKind.Property, SymbolKind.Field);
            }
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, KnownSymbols symbols)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (!method.IsStatic || method.Name != "Parse" || invocation.Arguments.Length != 1)
        {
            return;
        }

        var type = method.ContainingType;
        var argument = invocation.Arguments[0].Value;
        if (!TryGetConstantText(argument, out var text, out var utf8, out var isLiteral))
        {
            return;
        }

        var location = argument.Syntax.GetLocation();
        if (Is(type, symbols.StatusCode))
        {
            var error = CodeChecks.ExplainStatusCode(text, utf8, out var code);
            if (error is not null)
            {
                ReportInvalid(context.ReportDiagnostic, location, error, isLiteral ? CodeChecks.RepairStatusCode(text) : null);
            }
            else
            {
                ReportValid(context.ReportDiagnostic, symbols, code, location, invocation.Syntax.GetLocation());
            }
        }
        else if (Is(type, symbols.ReplyCode))
        {
            var error = CodeChecks.ExplainReplyCode(text, utf8, out var code);
            if (error is not null)
            {
                ReportInvalid(context.ReportDiagnostic, location, error, isLiteral ? CodeChecks.RepairReplyCode(text) : null);
            }
            else
            {
                ReportConstant(context.ReportDiagnostic, invocation.Syntax.GetLocation(), code.ToString(), symbols.ConstantFor(code));
            }
        }
        else if (Is(type, symbols.ReplyLine) || Is(type, symbols.Utf8ReplyLine) || Is(type, symbols.SmtpReply))
        {
            ReplyCode reply;
            StatusCode? status;
            var error = Is(type, symbols.SmtpReply)
                ? CodeChecks.ExplainReply(text, out reply, out status)
                : CodeChecks.ExplainReplyLine(text, utf8, out reply, out status);
            if (error is not null)
            {
                ReportInvalid(context.ReportDiagnostic, location, error, replacement: null);
            }
            else if (status is { } enhanced)
            {
                ReportReplyLine(context.ReportDiagnostic, location, reply, enhanced);
            }
        }
    }

    private static void AnalyzeCreation(OperationAnalysisContext context, KnownSymbols symbols)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        var constructor = creation.Constructor;
        if (constructor is null)
        {
            return;
        }

        var arguments = creation.Arguments;
        var location = creation.Syntax.GetLocation();
        if (Is(constructor.ContainingType, symbols.StatusCode) && arguments.Length == 3
            && TryGetInt(arguments[0], out var statusClass) && TryGetInt(arguments[1], out var subject) && TryGetInt(arguments[2], out var detail))
        {
            var error = CodeChecks.ExplainStatusCodeParts(statusClass, subject, detail, out var code);
            if (error is not null)
            {
                ReportInvalid(context.ReportDiagnostic, location, error, replacement: null);
            }
            else
            {
                ReportValid(context.ReportDiagnostic, symbols, code, location, location);
            }
        }
        else if (Is(constructor.ContainingType, symbols.ReplyCode) && arguments.Length == 1 && TryGetInt(arguments[0], out var value))
        {
            var error = CodeChecks.ExplainReplyCodeValue(value, out var code);
            if (error is not null)
            {
                ReportInvalid(context.ReportDiagnostic, location, error, replacement: null);
            }
            else
            {
                ReportConstant(context.ReportDiagnostic, location, code.ToString(), symbols.ConstantFor(code));
            }
        }
    }

    /// <summary>
    /// <c>[DefaultValue(typeof(StatusCode), "5.1.1")]</c>, or <c>[DefaultValue("5.1.1")]</c> on a StatusCode member: the
    /// value configuration binders, designers and serializers turn into a code through the type's TypeConverter.
    /// </summary>
    private static void AnalyzeDefaultValue(SymbolAnalysisContext context, KnownSymbols symbols)
    {
        var memberType = context.Symbol switch
        {
            IPropertySymbol property => property.Type,
            IFieldSymbol field => field.Type,
            _ => null,
        };
        if (memberType is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            memberType = nullable.TypeArguments[0];
        }

        foreach (var attribute in context.Symbol.GetAttributes())
        {
            if (!Is(attribute.AttributeClass, symbols.DefaultValueAttribute))
            {
                continue;
            }

            var arguments = attribute.ConstructorArguments;
            var (target, text) = arguments.Length switch
            {
                2 => (arguments[0].Value as ITypeSymbol, arguments[1].Value as string),
                1 => (memberType, arguments[0].Value as string),
                _ => (null, null),
            };
            if (text is null || target is null || attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) is not AttributeSyntax { ArgumentList.Arguments: { Count: > 0 } syntaxArguments })
            {
                continue;
            }

            var valueSyntax = syntaxArguments[syntaxArguments.Count - 1].Expression;
            var location = valueSyntax.GetLocation();
            var isLiteral = valueSyntax is LiteralExpressionSyntax;
            if (Is(target, symbols.StatusCode))
            {
                var error = Convert(new StatusCodeTypeConverter(), text, out var converted);
                if (error is not null)
                {
                    ReportInvalid(context.ReportDiagnostic, location, error, isLiteral ? CodeChecks.RepairStatusCode(text) : null);
                }
                else if (converted is StatusCode { IsDefault: false, IsKnown: false } code)
                {
                    context.ReportDiagnostic(Diagnostic.Create(Rules.UnregisteredCode, location, code.ToString(), code.Title));
                }
            }
            else if (Is(target, symbols.ReplyCode))
            {
                var error = Convert(new ReplyCodeTypeConverter(), text, out _);
                if (error is not null)
                {
                    ReportInvalid(context.ReportDiagnostic, location, error, isLiteral ? CodeChecks.RepairReplyCode(text) : null);
                }
            }
        }
    }

    private static string? Convert(TypeConverter converter, string text, out object? value)
    {
        try
        {
            value = converter.ConvertFromInvariantString(text);
            return null;
        }
        catch (Exception e) when (e is FormatException or NotSupportedException or ArgumentException)
        {
            value = null;
            return e.Message;
        }
    }

    /// <summary>A parsed enhanced code: SMTP002 when no registry entry, else SMTP004 when a generated constant names it.</summary>
    private static void ReportValid(Action<Diagnostic> report, KnownSymbols symbols, StatusCode code, Location codeLocation, Location expressionLocation)
    {
        if (!code.IsKnown)
        {
            report(Diagnostic.Create(Rules.UnregisteredCode, codeLocation, code.ToString(), code.Title));
        }
        else
        {
            ReportConstant(report, expressionLocation, code.ToString(), symbols.ConstantFor(code));
        }
    }

    private static void ReportConstant(Action<Diagnostic> report, Location location, string code, string? constant)
    {
        if (constant is not null)
        {
            var properties = ImmutableDictionary<string, string?>.Empty.Add(ConstantProperty, constant);
            report(Diagnostic.Create(Rules.UseGeneratedConstant, location, properties, code, constant));
        }
    }

    private static void ReportReplyLine(Action<Diagnostic> report, Location location, ReplyCode reply, StatusCode status)
    {
        var replyClass = reply.Value / 100;
        var statusClass = (int)status.Class;
        if (replyClass != statusClass)
        {
            report(Diagnostic.Create(
                Rules.InconsistentReplyLine,
                location,
                reply.ToString(),
                replyClass.ToString(CultureInfo.InvariantCulture),
                status.ToString(),
                statusClass.ToString(CultureInfo.InvariantCulture)));
        }

        if (!status.IsKnown)
        {
            report(Diagnostic.Create(Rules.UnregisteredCode, location, status.ToString(), status.Title));
        }
    }

    private static void ReportInvalid(Action<Diagnostic> report, Location location, string message, string? replacement)
    {
        var properties = replacement is null
            ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty.Add(ReplacementProperty, replacement);
        report(Diagnostic.Create(Rules.InvalidCode, location, properties, message));
    }

    /// <summary>The text of a constant string or a UTF-8 literal, through the implicit conversion to a span.</summary>
    private static bool TryGetConstantText(IOperation value, out string text, out bool utf8, out bool isLiteral)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        isLiteral = value.Syntax is LiteralExpressionSyntax;
        if (value is IUtf8StringOperation utf8String)
        {
            text = utf8String.Value;
            utf8 = true;
            return true;
        }

        utf8 = false;
        text = value.ConstantValue is { HasValue: true, Value: string constant } ? constant : string.Empty;
        return value.ConstantValue is { HasValue: true, Value: string };
    }

    private static bool TryGetInt(IArgumentOperation argument, out int value)
    {
        var constant = argument.Value.ConstantValue;
        value = constant is { HasValue: true, Value: int number } ? number : 0;
        return constant is { HasValue: true, Value: int };
    }

    private static bool Is(ITypeSymbol? type, ITypeSymbol? expected) =>
        expected is not null && SymbolEqualityComparer.Default.Equals(type, expected);
}
