namespace SmtpStatusCodes.Generators.Model;

/// <summary>The kinds of data file the generator reads, told apart by file name.</summary>
internal enum DataFileKind
{
    /// <summary>enhanced-codes.tsv</summary>
    EnhancedCodes,

    /// <summary>reply-codes.tsv</summary>
    ReplyCodes,

    /// <summary>descriptions.&lt;culture&gt;.tsv</summary>
    Descriptions,
}
