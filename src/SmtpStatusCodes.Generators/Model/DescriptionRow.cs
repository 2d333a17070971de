namespace SmtpStatusCodes.Generators.Model;

/// <summary>A row of descriptions.&lt;culture&gt;.tsv.</summary>
internal sealed record DescriptionRow(int Line, string Code, string Text);
