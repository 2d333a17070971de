using System;
using System.Globalization;
using SmtpStatusCodes.Internal;

namespace SmtpStatusCodes;

/// <summary>
/// One of the languages the library's descriptions are written in (en, zh-Hant, zh-Hans), resolved from a culture
/// once. Code that describes many codes for the same reader resolves the culture once and passes this value:
/// <c>var language = DescriptionLanguage.Resolve(culture); ... code.GetDescription(language)</c>.
/// </summary>
public readonly struct DescriptionLanguage : IEquatable<DescriptionLanguage>
{
    private readonly int _index;

    private DescriptionLanguage(int index) => _index = index;

    /// <summary>English, the fallback of every culture. Also <c>default(DescriptionLanguage)</c>.</summary>
    public static DescriptionLanguage English => default;

    /// <summary>The culture name of the description table: <c>en</c>, <c>zh-Hant</c> or <c>zh-Hans</c>.</summary>
    public string Name => DescriptionTables.CultureNames[_index];

    internal int Index => _index;

    /// <summary>
    /// The language for a culture: zh-TW, zh-HK, zh-MO, zh-Hant-* and the legacy zh-CHT give zh-Hant; zh-CN, zh-SG,
    /// zh-Hans-*, zh-CHS and bare zh give zh-Hans; any other culture, walking its parents, or English.
    /// </summary>
    /// <param name="culture">The culture; null means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The language.</returns>
    public static DescriptionLanguage Resolve(CultureInfo? culture) => new(CultureResolver.Resolve(culture));

    /// <summary>Value equality.</summary>
    /// <param name="other">The language to compare with.</param>
    /// <returns>True when both name the same table.</returns>
    public bool Equals(DescriptionLanguage other) => _index == other._index;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DescriptionLanguage other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _index;

    /// <summary>The culture name, as <see cref="Name"/>.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    /// <summary>Equality.</summary>
    /// <param name="left">The first language.</param>
    /// <param name="right">The second language.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(DescriptionLanguage left, DescriptionLanguage right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first language.</param>
    /// <param name="right">The second language.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(DescriptionLanguage left, DescriptionLanguage right) => !left.Equals(right);
}
