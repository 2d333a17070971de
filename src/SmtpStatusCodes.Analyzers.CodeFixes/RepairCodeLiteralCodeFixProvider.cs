using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SmtpStatusCodes.Analyzers.CodeFixes;

/// <summary>
/// SMTP001: rewrites a refused literal to the one code it can only have meant (<c>"5.01.1"</c> to <c>"5.1.1"</c>,
/// <c>" 5.1.1"</c> to <c>"5.1.1"</c>). The analyzer decides, with the library's lenient parser, whether such a repair
/// exists; where it does not, the diagnostic has no fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RepairCodeLiteralCodeFixProvider))]
[Shared]
public sealed class RepairCodeLiteralCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Rules.InvalidCodeId);

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
            if (!diagnostic.Properties.TryGetValue(CodeLiteralAnalyzer.ReplacementProperty, out var replacement) || replacement is null
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal)
            {
                continue;
            }

            var title = $"Change to \"{replacement}\"";
            context.RegisterCodeFix(
                CodeAction.Create(title, ct => ReplaceAsync(context.Document, literal, replacement, ct), equivalenceKey: nameof(RepairCodeLiteralCodeFixProvider)),
                diagnostic);
        }
    }

    private static async Task<Document> ReplaceAsync(Document document, LiteralExpressionSyntax literal, string replacement, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        // A UTF-8 literal stays one ("5.01.1"u8 becomes "5.1.1"u8); the repaired text is plain ASCII.
        var isUtf8 = literal.IsKind(SyntaxKind.Utf8StringLiteralExpression);
        var token = isUtf8
            ? SyntaxFactory.Token(literal.Token.LeadingTrivia, SyntaxKind.Utf8StringLiteralToken, $"\"{replacement}\"u8", replacement, literal.Token.TrailingTrivia)
            : SyntaxFactory.Literal(literal.Token.LeadingTrivia, $"\"{replacement}\"", replacement, literal.Token.TrailingTrivia);
        return document.WithSyntaxRoot(root.ReplaceToken(literal.Token, token));
    }
}
