namespace SmtpStatusCodes.MimeKit.Tests;

/// <summary>One row of tests/Corpus/bounces/expected.tsv: what the reference analyzer reports for one recipient.</summary>
public sealed record CorpusRow(string File, int Index, string Status, string Reply, string Reason, bool Hard)
{
    /// <summary>Statuses of the form X.0.9xx are made up by the reference when a message has no code (see the corpus
    /// README); those rows have no status to compare.</summary>
    public bool HasRealStatus => Status.Length > 0 && !(Status.Length == 7 && Status.Substring(1, 3) == ".0." && Status[4] == '9');
}
