namespace SmtpStatusCodes.Generators.Model;

/// <summary>The kinds of data file <see cref="SmtpCodesGenerator"/> reads, told apart by file name (<see cref="Parsing.DataFileNames"/>).</summary>
internal enum DataFileKind
{
    /// <summary>enhanced-codes.tsv</summary>
    EnhancedCodes,

    /// <summary>reply-codes.tsv</summary>
    ReplyCodes,

    /// <summary>descriptions.&lt;culture&gt;.tsv</summary>
    Descriptions,
}
