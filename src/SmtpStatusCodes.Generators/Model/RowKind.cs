namespace SmtpStatusCodes.Generators.Model;

/// <summary>What a code in a data file names.</summary>
internal enum RowKind
{
    /// <summary>A class: 5.X.X or 5XX.</summary>
    Class,

    /// <summary>A subject (X.1.X) or a reply category (X5X).</summary>
    Subject,

    /// <summary>A single code: X.1.1 or 550.</summary>
    Code,
}
