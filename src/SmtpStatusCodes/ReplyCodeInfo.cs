namespace SmtpStatusCodes;

/// <summary>
/// A reply code listed in Data/reply-codes.tsv: every code an RFC defines, and codes that circulate without
/// one (listed so they can be recognised as such, never reported as known).
/// </summary>
public sealed class ReplyCodeInfo
{
    internal ReplyCodeInfo(int value, string name, ReplyCodeStatus status, string title, string reference, bool isDeprecated)
    {
        Code = ReplyCode.FromValue(value);
        Name = name;
        Status = status;
        Title = title;
        Reference = reference;
        IsDeprecated = isDeprecated;
    }

    /// <summary>The code.</summary>
    public ReplyCode Code { get; }

    /// <summary>The name of the generated constant in <see cref="ReplyCodes"/>; empty for codes that are not known.</summary>
    public string Name { get; }

    /// <summary>Where the code comes from.</summary>
    public ReplyCodeStatus Status { get; }

    /// <summary>True when an RFC defines the code (<see cref="ReplyCodeStatus.Standard"/> or <see cref="ReplyCodeStatus.Extension"/>).</summary>
    public bool IsKnown => Status is ReplyCodeStatus.Standard or ReplyCodeStatus.Extension;

    /// <summary>The RFC's wording of the code's meaning; for codes without an RFC, what the code is claimed to mean.</summary>
    public string Title { get; }

    /// <summary>The defining RFC and section, the draft, or <c>none</c>.</summary>
    public string Reference { get; }

    /// <summary>True when the defining RFC deprecates the code (538, RFC 4954).</summary>
    public bool IsDeprecated { get; }

    /// <summary>The code and its title, e.g. <c>550 Requested action not taken: mailbox unavailable</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Code} {Title}";
}
