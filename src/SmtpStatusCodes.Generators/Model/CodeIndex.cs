using System.Linq;

namespace SmtpStatusCodes.Generators.Model;

/// <summary>The codes of both tables in table order. Descriptions depend on this, not on the tables, so editing a
/// title or a reference leaves every description step cached.</summary>
internal sealed record CodeIndex(EquatableArray<CodeKey> Enhanced, EquatableArray<CodeKey> Reply)
{
    public static CodeIndex Of(CodeModel model) => new(
        new EquatableArray<CodeKey>([.. model.Enhanced.Select(r => new CodeKey(r.Code, r.Kind, r.Kind switch
        {
            RowKind.Class => r.Class,
            RowKind.Subject => r.Subject,
            _ => 0,
        }))]),
        new EquatableArray<CodeKey>([.. model.Reply.Select(r => new CodeKey(r.Code, r.Kind, r.Kind == RowKind.Code ? 0 : r.Value))]));
}
