namespace SmtpStatusCodes.Internal;

/// <summary>
/// The one definition of a phrase's encoded scope token (an 'applies' entry of bounce-phrases.tsv): its kind in the top
/// four bits, the kind's payload below. The generator compiles this same file (linked into its project), so the tokens it
/// writes and the rules that read them cannot disagree.
/// </summary>
internal static class PhraseScope
{
    /// <summary>'none': applies only when the text has no code.</summary>
    public const int None = 1;

    /// <summary>'4' or '5': the class digit in the low bits.</summary>
    public const int Class = 2;

    /// <summary>An enhanced pattern: class (0 for X) &lt;&lt; 24 | subject (15 for any) &lt;&lt; 20 | detail (1023 for any).</summary>
    public const int Enhanced = 3;

    /// <summary>A reply pattern: three digits of four bits each (15 for X).</summary>
    public const int Reply = 4;

    /// <summary>'after-data': a stage marker, no payload.</summary>
    public const int AfterData = 5;

    /// <summary>'after-mail': a stage marker, no payload.</summary>
    public const int AfterMail = 6;

    /// <summary>'after-connect': a stage marker, no payload.</summary>
    public const int AfterConnect = 7;

    /// <summary>'after-rcpt': a stage marker, no payload.</summary>
    public const int AfterRcpt = 8;

    /// <summary>'transcript-data', 'transcript-mail', 'transcript-connect', 'transcript-rcpt': a command as an SMTP session
    /// transcript prints it ('&gt;&gt;&gt; DATA'), read only where a reply is paired with it; the payload is the stage
    /// (<see cref="AfterData"/>, <see cref="AfterMail"/>, <see cref="AfterConnect"/> or <see cref="AfterRcpt"/>).</summary>
    public const int Transcript = 9;

    /// <summary>A token of <paramref name="kind"/> with <paramref name="payload"/> (kinds 8 and above take the sign bit).</summary>
    public static int Token(int kind, int payload = 0) => unchecked((int)((uint)kind << 28)) | payload;

    /// <summary>The kind of <paramref name="token"/>, read with an unsigned shift.</summary>
    public static int Kind(int token) => (int)((uint)token >> 28);
}
