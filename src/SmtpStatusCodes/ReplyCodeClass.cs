namespace SmtpStatusCodes;

/// <summary>The class of a reply code: its first digit (RFC 5321 section 4.2.1).</summary>
public enum ReplyCodeClass
{
    /// <summary>2yz: the action completed.</summary>
    PositiveCompletion = 2,

    /// <summary>3yz: accepted so far; the server waits for more (354 after DATA, 334 during AUTH).</summary>
    PositiveIntermediate = 3,

    /// <summary>4yz: not done, but the condition is temporary; the client may try again.</summary>
    TransientNegativeCompletion = 4,

    /// <summary>5yz: not done, and trying the same again will fail.</summary>
    PermanentNegativeCompletion = 5,
}
