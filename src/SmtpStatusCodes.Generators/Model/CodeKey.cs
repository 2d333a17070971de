namespace SmtpStatusCodes.Generators.Model;

/// <summary>Which code a table row holds, without its wording: all that descriptions need to know of a row.</summary>
/// <param name="Value">For a class row its class (2, 4, 5 or reply 2-5), for a subject row its subject or reply
/// category; 0 for a single code.</param>
internal sealed record CodeKey(string Code, RowKind Kind, int Value);
