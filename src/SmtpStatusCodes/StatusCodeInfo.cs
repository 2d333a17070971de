namespace SmtpStatusCodes;

/// <summary>
/// A registered enhanced status code detail (subject.detail, in any class) with its registry metadata.
/// The library creates every instance at build time from Data/enhanced-codes.tsv.
/// </summary>
public sealed class StatusCodeInfo
{
    internal StatusCodeInfo(int subject, int detail, string name, string title, StatusClasses advisedClasses, string reference, bool isDeprecated, bool isDraft)
    {
        Subject = subject;
        Detail = detail;
        Name = name;
        Title = title;
        AdvisedClasses = advisedClasses;
        Reference = reference;
        IsDeprecated = isDeprecated;
        IsDraft = isDraft;
    }

    /// <summary>The subject, 0 to 7 for registered codes.</summary>
    public int Subject { get; }

    /// <summary>The detail.</summary>
    public int Detail { get; }

    /// <summary>The name of the generated constants for this code (<c>BadDestinationMailboxAddress</c> for X.1.1).</summary>
    public string Name { get; }

    /// <summary>The registry's English title (RFC 3463 section 3 wording, as IANA has it).</summary>
    public string Title { get; }

    /// <summary>The classes the defining RFC advises for this code. Advisory only: codes in other classes still parse and are still known.</summary>
    public StatusClasses AdvisedClasses { get; }

    /// <summary>The defining RFC (and section), e.g. <c>RFC 3463 s3.2</c>; for X.7.28 an Internet-Draft.</summary>
    public string Reference { get; }

    /// <summary>True for codes the registry marks as deprecated (X.6.10, a duplicate of X.6.8).</summary>
    public bool IsDeprecated { get; }

    /// <summary>True for codes whose reference is an Internet-Draft rather than an RFC (X.7.28).</summary>
    public bool IsDraft { get; }

    /// <summary>This detail in a given class.</summary>
    /// <param name="statusClass">The class.</param>
    /// <returns>The status code <c>class.subject.detail</c>.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="statusClass"/> is not 2, 4 or 5.</exception>
    public StatusCode WithClass(StatusClass statusClass) => new(statusClass, Subject, Detail);

    /// <summary>The code in the registry's own notation with its title, e.g. <c>X.1.1 Bad destination mailbox address</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"X.{Subject}.{Detail} {Title}";
}
