using System;
using System.Globalization;
using SmtpStatusCodes.Internal;

namespace SmtpStatusCodes;

public readonly partial struct StatusCode
{
    // The culture overload keeps the optional parameter its callers rely on (GetDescription() for the current UI
    // culture), although the provider overload has more parameters: RS0027 is deliberate here.
#pragma warning disable RS0027
    /// <summary>
    /// A description of the code in the language of <paramref name="culture"/>: English, Traditional Chinese (zh-Hant:
    /// zh-TW, zh-HK, zh-MO) or Simplified Chinese (zh-Hans: zh-CN, zh-SG, zh); other cultures get English.
    /// </summary>
    /// <param name="culture">The culture; null means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>
    /// A string literal compiled into the library (no allocation). For a code that is not registered, the class and
    /// subject descriptions together (RFC 3463 section 2), or the class description alone for a subject above 7; for
    /// <c>default(StatusCode)</c>, an empty string. The culture is resolved as <see cref="DescriptionLanguage.Resolve"/>
    /// does; the cultures resolved most recently are remembered, so a repeated culture is not resolved again.
    /// </returns>
    public string GetDescription(CultureInfo? culture = null) => GetDescription(DescriptionLanguage.Resolve(culture));

    /// <summary>A description of the code in a language resolved beforehand with <see cref="DescriptionLanguage.Resolve"/>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>A string literal compiled into the library (no allocation); composed from the class and subject for
    /// unregistered codes; empty for <c>default(StatusCode)</c>.</returns>
    public string GetDescription(DescriptionLanguage language)
    {
        if (_packed == 0)
        {
            return string.Empty;
        }

        var index = CodeTables.EnhancedIndex(CodePacking.Key(_packed));
        if (index >= 0)
        {
            return DescriptionTables.DetailTexts[language.Index][index];
        }

        var classIndex = Class switch
        {
            StatusClass.Success => 0,
            StatusClass.PersistentTransientFailure => 1,
            _ => 2,
        };
        var subject = Subject;
        return subject <= 7
            ? DescriptionTables.ComposedTexts[language.Index][(classIndex * 8) + subject]
            : DescriptionTables.ClassTexts[language.Index][classIndex];
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
