namespace SmtpStatusCodes;

/// <summary>What <see cref="Utf8ReplyReader"/> found when it stopped.</summary>
public enum ReplyReadStatus
{
    /// <summary>Nothing has been read yet: the state of a new (or default) reader before its first <c>TryRead</c>.</summary>
    None,

    /// <summary>A complete reply was read.</summary>
    Complete,

    /// <summary>The input is used up: nothing is left to read.</summary>
    End,

    /// <summary>The input ends inside a reply that is not final: read more data and start again from
    /// <see cref="Utf8ReplyReader.Position"/>. Never the answer for a final block, where such data is invalid.</summary>
    NeedMoreData,

    /// <summary>The data is not a valid reply; <see cref="Utf8ReplyReader.ErrorMessage"/> says which line and why.</summary>
    Invalid,
}
