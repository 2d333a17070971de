using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace SmtpStatusCodes.Analyzers.CodeFixes;

/// <summary>SMTP004: replaces <c>StatusCode.Parse("5.1.1")</c> or a constructor call with the generated constant.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseGeneratedConstantCodeFixProvider))]
[Shared]
public sealed class UseGeneratedConstantCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Rules.UseGeneratedConstantId);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(CodeLiteralAnalyzer.ConstantProperty, out var constant) || constant is null
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax expression)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create($"Use {constant}", ct => ReplaceAsync(context.Document, expression, constant, ct), equivalenceKey: nameof(UseGeneratedConstantCodeFixProvider)),
                diagnostic);
        }
    }

    private static async Task<Document> ReplaceAsync(Document document, ExpressionSyntax expression, string constant, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        // Fully qualified, then simplified to what the file's usings allow: StatusCodes.PermanentFailure.X under `using SmtpStatusCodes;`.
        var replacement = SyntaxFactory.ParseExpression("global::SmtpStatusCodes." + constant)
            .WithTriviaFrom(expression)
            .WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);
        return document.WithSyntaxRoot(root.ReplaceNode(expression, replacement));
    }
}
