using System;
using System.Globalization;

namespace SmtpStatusCodes;

public readonly partial struct ReplyCode
{
    // The culture overload keeps the optional parameter its callers rely on (GetDescription() for the current UI
    // culture), although the provider overload has more parameters: RS0027 is deliberate here.
#pragma warning disable RS0027
    /// <summary>
    /// A description of the code in the language of <paramref name="culture"/>: English, Traditional Chinese (zh-Hant)
    /// or Simplified Chinese (zh-Hans); other cultures get English.
    /// </summary>
    /// <param name="culture">The culture; null means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>A string literal compiled into the library (no allocation). For an unlisted code, the class and
    /// category descriptions together (RFC 5321 section 4.2.1); for <c>default(ReplyCode)</c>, an empty string.</returns>
    public string GetDescription(CultureInfo? culture = null) => GetDescription(DescriptionLanguage.Resolve(culture));

    /// <summary>A description of the code in a language resolved beforehand with <see cref="DescriptionLanguage.Resolve"/>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>A string literal compiled into the library (no allocation); composed from the class and category for
    /// unlisted codes; empty for <c>default(ReplyCode)</c>.</returns>
    public string GetDescription(DescriptionLanguage language)
    {
        if (_value == 0)
        {
            return string.Empty;
        }

        var index = CodeTables.ReplyIndex(_value);
        return index >= 0
            ? DescriptionTables.ReplyTexts[language.Index][index]
            : DescriptionTables.ComposedReplyTexts[language.Index][(((_value / 100) - 2) * 6) + (_value / 10 % 10)];
    }

#pragma warning restore RS0027

    /// <summary>A description from <paramref name="provider"/>, or the built-in one when it returns null.</summary>
    /// <param name="provider">Supplies descriptions for other languages or other wording.</param>
    /// <param name="culture">The culture; null means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The description.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="provider"/> is null.</exception>
    public string GetDescription(DescriptionProvider provider, CultureInfo? culture)
    {
        if (provider is null)
        {
            throw new ArgumentNullException(nameof(provider));
        }

        culture ??= CultureInfo.CurrentUICulture;
        return provider.GetDescription(this, culture) ?? GetDescription(culture);
    }
}
