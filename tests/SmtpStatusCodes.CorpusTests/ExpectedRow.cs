namespace SmtpStatusCodes.CorpusTests;

/// <summary>One row of expected.tsv: the reference analyzer's verdict for one recipient of one sample.</summary>
internal sealed record ExpectedRow(string File, int Index, string Status, string Reply, string Reason, bool Hard)
{
    /// <summary>The reference invents 5.0.9xx / 4.0.9xx when a message has no code (see the corpus README).</summary>
    public bool StatusIsPlaceholder => Status.StartsWith("5.0.9", System.StringComparison.Ordinal) || Status.StartsWith("4.0.9", System.StringComparison.Ordinal);
}
