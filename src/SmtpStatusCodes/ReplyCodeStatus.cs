namespace SmtpStatusCodes;

/// <summary>Where a listed reply code comes from; only <see cref="Standard"/> and <see cref="Extension"/> codes are known.</summary>
public enum ReplyCodeStatus
{
    /// <summary>Defined by RFC 5321 (or an RFC that updates it, such as RFC 7504).</summary>
    Standard,

    /// <summary>Defined by an SMTP extension RFC (AUTH, ETRN, ATRN, STARTTLS).</summary>
    Extension,

    /// <summary>Appears only as an "associated basic code" in the RFC 5248 registry, with no meaning of its own.</summary>
    AssociationOnly,

    /// <summary>Proposed in an Internet-Draft that never became an RFC.</summary>
    Draft,

    /// <summary>Circulates on the web with a claimed meaning, but no specification defines it.</summary>
    Folklore,
}
