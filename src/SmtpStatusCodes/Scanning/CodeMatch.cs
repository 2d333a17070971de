namespace SmtpStatusCodes;

/// <summary>A code found in text by <see cref="CodeScanner"/>: where it is and what it is.</summary>
public readonly struct CodeMatch
{
    private readonly int _packedStatus;
    private readonly int _replyCode;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal CodeMatch(int index, int length, int packedStatus, int replyCode)
    {
        Index = index;
        Length = length;
        _packedStatus = packedStatus;
        _replyCode = replyCode;
    }

    /// <summary>Where the code starts, in units of the input (chars, or bytes for UTF-8).</summary>
    public int Index { get; }

    /// <summary>How long the code is, in units of the input.</summary>
    public int Length { get; }

    /// <summary>True for an enhanced status code (<c>5.1.1</c>); false for a reply code (<c>550</c>).</summary>
    public bool IsStatusCode => _packedStatus != 0;

    /// <summary>The enhanced status code, or null when the match is a reply code.</summary>
    public StatusCode? StatusCode => _packedStatus != 0 ? SmtpStatusCodes.StatusCode.FromPacked(_packedStatus) : null;

    /// <summary>The reply code, or null when the match is an enhanced status code.</summary>
    public ReplyCode? ReplyCode => _replyCode != 0 ? SmtpStatusCodes.ReplyCode.FromValue(_replyCode) : null;

    /// <summary>The code as text, e.g. <c>5.1.1</c> or <c>550</c>; empty for <c>default(CodeMatch)</c>.</summary>
    /// <returns>The code.</returns>
    public override string ToString() =>
        _packedStatus != 0 ? SmtpStatusCodes.StatusCode.FromPacked(_packedStatus).ToString()
        : _replyCode != 0 ? SmtpStatusCodes.ReplyCode.FromValue(_replyCode).ToString()
        : string.Empty;
}
