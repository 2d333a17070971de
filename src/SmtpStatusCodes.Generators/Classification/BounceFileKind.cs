namespace SmtpStatusCodes.Generators.Classification;

/// <summary>The data files of the bounce classifier, told apart by file name.</summary>
internal enum BounceFileKind
{
    /// <summary>bounce-reasons.tsv</summary>
    Reasons,

    /// <summary>bounce-codes.tsv</summary>
    Codes,

    /// <summary>bounce-phrases.tsv</summary>
    Phrases,

    /// <summary>bounce-texts.&lt;culture&gt;.tsv</summary>
    Texts,
}
