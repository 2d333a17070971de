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

    /// <summary>The enhanced status code, or <c>default</c> when the match is a reply code.</summary>
    public StatusCode StatusCode => StatusCode.FromPacked(_packedStatus);

    /// <summary>The reply code, or <c>default</c> when the match is an enhanced status code.</summary>
    public ReplyCode ReplyCode => ReplyCode.FromValue(_replyCode);

    /// <summary>The code as text, e.g. <c>5.1.1</c> or <c>550</c>.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => IsStatusCode ? StatusCode.ToString() : ReplyCode.ToString();
}
