namespace SmtpStatusCodes;

/// <summary>The category of a reply code: its second digit (RFC 5321 section 4.2.1).</summary>
public enum ReplyCodeCategory
{
    /// <summary>x0z: syntax errors and commands that fit no other category.</summary>
    Syntax = 0,

    /// <summary>x1z: replies to requests for information, such as status or help.</summary>
    Information = 1,

    /// <summary>x2z: replies about the transmission channel.</summary>
    Connections = 2,

    /// <summary>x3z: not specified by RFC 5321.</summary>
    Unspecified3 = 3,

    /// <summary>x4z: not specified by RFC 5321.</summary>
    Unspecified4 = 4,

    /// <summary>x5z: the state of the receiver mail system for the requested action.</summary>
    MailSystem = 5,
}
