using System;
using System.Globalization;
using SmtpStatusCodes.Internal;

namespace SmtpStatusCodes;

/// <summary>Names, advice and the standard-taxonomy mapping of a <see cref="BounceReason"/>.</summary>
public static class BounceReasonExtensions
{
    /// <summary>
    /// The nearest reason of the standard taxonomy: the reason itself for the 36 standard ones; for the library's additions,
    /// the one it refines (<see cref="BounceReason.TooManyRecipients"/> gives <see cref="BounceReason.TooManyConn"/>,
    /// <see cref="BounceReason.Greylisted"/> gives <see cref="BounceReason.Blocked"/>).
    /// </summary>
    /// <param name="reason">The reason.</param>
    /// <returns>A standard reason.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not a defined value.</exception>
    public static BounceReason ToStandard(this BounceReason reason) => (BounceReason)BounceTables.StandardReasons[Check(reason)];

    /// <summary>True for the 36 reasons of the standard taxonomy; false for the library's additions.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>Whether the reason is standard.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not a defined value.</exception>
    public static bool IsStandard(this BounceReason reason) => BounceTables.StandardReasons[Check(reason)] == (int)reason;

    // The culture overloads keep the optional parameter callers rely on (GetDescription() for the current UI culture),
    // as StatusCode.GetDescription does, although the language overloads have as many parameters: RS0027 is deliberate.
#pragma warning disable RS0027
    /// <summary>A short name of the reason for people, in the language of <paramref name="culture"/> (en, zh-Hant, zh-Hans; others get English).</summary>
    /// <param name="reason">The reason.</param>
    /// <param name="culture">The culture; null means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>A string literal compiled into the library (no allocation).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not a defined value.</exception>
    public static string GetDisplayName(this BounceReason reason, CultureInfo? culture = null) => GetDisplayName(reason, DescriptionLanguage.Resolve(culture));

    /// <summary>A short name of the reason in a language resolved beforehand.</summary>
    /// <param name="reason">The reason.</param>
    /// <param name="language">The language.</param>
    /// <returns>A string literal compiled into the library (no allocation).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not a defined value.</exception>
    public static string GetDisplayName(this BounceReason reason, DescriptionLanguage language) => BounceTexts.Get(language, Check(reason) * 2);

    /// <summary>What the reason means and what to do, in one sentence, in the language of <paramref name="culture"/>.</summary>
    /// <param name="reason">The reason.</param>
    /// <param name="culture">The culture; null means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>A string literal compiled into the library (no allocation).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not a defined value.</exception>
    public static string GetDescription(this BounceReason reason, CultureInfo? culture = null) => GetDescription(reason, DescriptionLanguage.Resolve(culture));

    /// <summary>What the reason means and what to do, in one sentence, in a language resolved beforehand.</summary>
    /// <param name="reason">The reason.</param>
    /// <param name="language">The language.</param>
    /// <returns>A string literal compiled into the library (no allocation).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not a defined value.</exception>
    public static string GetDescription(this BounceReason reason, DescriptionLanguage language) => BounceTexts.Get(language, (Check(reason) * 2) + 1);

#pragma warning restore RS0027

    /// <summary>The advice for the reason from <paramref name="provider"/>, or the built-in one when it returns null.</summary>
    /// <param name="reason">The reason.</param>
    /// <param name="provider">Supplies descriptions for other languages or other wording.</param>
    /// <param name="culture">The culture; null means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The description.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="provider"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not a defined value.</exception>
    public static string GetDescription(this BounceReason reason, DescriptionProvider provider, CultureInfo? culture)
    {
        if (provider is null)
        {
            throw new ArgumentNullException(nameof(provider));
        }

        Check(reason);
        culture ??= CultureInfo.CurrentUICulture;
        return provider.GetDescription(reason, culture) ?? GetDescription(reason, culture);
    }

    private static int Check(BounceReason reason)
    {
        if ((uint)reason >= BounceTables.ReasonCount)
        {
            throw new ArgumentOutOfRangeException(nameof(reason), reason, $"{(int)reason} is not a BounceReason value (0 to {BounceTables.ReasonCount - 1}).");
        }

        return (int)reason;
    }
}
