namespace SmtpStatusCodes;

/// <summary>What <see cref="Utf8ReplyReader"/> found when it stopped.</summary>
public enum ReplyReadStatus
{
    /// <summary>A complete reply was read.</summary>
    Complete,

    /// <summary>The buffer is used up: nothing is left to read.</summary>
    End,

    /// <summary>The buffer ends inside a reply: read more data and call again with the unread part.</summary>
    NeedMoreData,

    /// <summary>The data is not a valid reply; <see cref="Utf8ReplyReader.ErrorMessage"/> says which line and why.</summary>
    Invalid,
}
