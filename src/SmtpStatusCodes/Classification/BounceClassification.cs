using System.Globalization;

namespace SmtpStatusCodes;

/// <summary>
/// The verdict of <see cref="BounceClassifier"/>: hard or soft, why, whether to retry, and the evidence used (the codes
/// and, when one decided, the cue phrase). A 16-byte value; reading it allocates nothing.
/// <c>default(BounceClassification)</c> is <see cref="BounceType.Undetermined"/> with no evidence.
/// </summary>
public readonly struct BounceClassification
{
    private readonly int _status;
    private readonly short _reply;
    private readonly short _phrase;
    private readonly byte _reason;
    private readonly byte _type;
    private readonly byte _retry;
    private readonly byte _basis;

    internal BounceClassification(int packedStatus, int reply, BounceReason reason, BounceType type, RetryAdvice retry, BounceBasis basis, int phrase)
    {
        _status = packedStatus;
        _reply = (short)reply;
        _reason = (byte)reason;
        _type = (byte)type;
        _retry = (byte)retry;
        _basis = (byte)basis;
        _phrase = (short)(phrase + 1);
    }

    /// <summary>Hard (the address is dead), soft, not a bounce, or undetermined.</summary>
    public BounceType Type => (BounceType)_type;

    /// <summary>Why it bounced. Fold the library's own additions into the standard taxonomy with <see cref="BounceReasonExtensions.ToStandard"/>.</summary>
    public BounceReason Reason => (BounceReason)_reason;

    /// <summary>The enhanced status code used as evidence, or null when there was none.</summary>
    public StatusCode? StatusCode => _status == 0 ? null : SmtpStatusCodes.StatusCode.FromPacked(_status);

    /// <summary>The reply code used as evidence, or null when there was none.</summary>
    public ReplyCode? ReplyCode => _reply == 0 ? null : SmtpStatusCodes.ReplyCode.FromValue(_reply);

    /// <summary>What to do with the failed message: do not retry, retry later, retry after a fix on the sending side, or not applicable.</summary>
    public RetryAdvice Retry => (RetryAdvice)_retry;

    /// <summary>True for <see cref="BounceType.Hard"/>: stop sending to this address.</summary>
    public bool IsHard => Type == BounceType.Hard;

    /// <summary>True for <see cref="BounceType.Hard"/> and <see cref="BounceType.Soft"/>: delivery failed.</summary>
    public bool IsBounce => Type is BounceType.Hard or BounceType.Soft;

    /// <summary>Which evidence decided the reason: the enhanced code, the reply code, a cue phrase, or none.</summary>
    public BounceBasis Basis => (BounceBasis)_basis;

    /// <summary>The cue phrase (as listed in the rules, lower case) that decided the reason, or null; a literal of the library, not a copy of the text.</summary>
    public string? CuePhrase => _phrase == 0 ? null : BounceTables.Phrases[_phrase - 1];

    /// <summary>The row of the cue phrase that decided, or -1.</summary>
    internal int PhraseIndex => _phrase - 1;

    // The culture overload keeps the optional parameter its callers rely on, as StatusCode.GetDescription does, although
    // the provider overload has more parameters: RS0027 is deliberate here.
#pragma warning disable RS0027
    /// <summary>The one-sentence advice for <see cref="Reason"/> in the language of <paramref name="culture"/> (en, zh-Hant, zh-Hans; others get English).</summary>
    /// <param name="culture">The culture; null means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>A string literal compiled into the library (no allocation).</returns>
    public string GetDescription(CultureInfo? culture = null) => Reason.GetDescription(culture);
#pragma warning restore RS0027

    /// <summary>The advice for <see cref="Reason"/> from <paramref name="provider"/>, or the built-in one when it returns null.</summary>
    /// <param name="provider">Supplies descriptions for other languages or other wording.</param>
    /// <param name="culture">The culture; null means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The description.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="provider"/> is null.</exception>
    public string GetDescription(DescriptionProvider provider, CultureInfo? culture) => Reason.GetDescription(provider, culture);

    /// <summary>The verdict as text, e.g. <c>Hard UserUnknown 5.1.1 550 DoNotRetry</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Type} {Reason}{(StatusCode is { } s ? " " + s.ToString() : string.Empty)}{(ReplyCode is { } r ? " " + r.ToString() : string.Empty)} {Retry}";
}
