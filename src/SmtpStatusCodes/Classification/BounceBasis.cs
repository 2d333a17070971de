namespace SmtpStatusCodes;

/// <summary>Which piece of evidence decided a <see cref="BounceClassification"/>'s reason.</summary>
public enum BounceBasis
{
    /// <summary>No evidence: no code and no cue phrase. Also <c>default(BounceBasis)</c>.</summary>
    None = 0,

    /// <summary>The rule of the enhanced status code (RFC 3463), or a vendor's documented meaning of it.</summary>
    StatusCode = 1,

    /// <summary>The rule of the reply code (RFC 5321), because there was no enhanced code or it said nothing specific.</summary>
    ReplyCode = 2,

    /// <summary>A cue phrase in the text (<see cref="BounceClassification.CuePhrase"/>), where the code left the reason open or there was no code.</summary>
    CuePhrase = 3,
}
