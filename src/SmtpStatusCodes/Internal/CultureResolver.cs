using System;
using System.Globalization;

namespace SmtpStatusCodes.Internal;

/// <summary>Maps a culture to one of the description tables, walking its parent chain; English when nothing matches.</summary>
internal static class CultureResolver
{
    private const int English = 0;

    public static int Resolve(CultureInfo? culture)
    {
        culture ??= CultureInfo.CurrentUICulture;
        for (var current = culture; current is not null && current.Name.Length > 0; current = current.Parent)
        {
            var name = current.Name;
            var index = DescriptionTables.FindCulture(name);
            if (index >= 0)
            {
                return index;
            }

            // Checked by name before walking on: the legacy zh-CHT's parent chain reaches bare "zh", which means Simplified.
            var script = ChineseScript(name);
            if (script is not null)
            {
                index = DescriptionTables.FindCulture(script);
                if (index >= 0)
                {
                    return index;
                }
            }
        }

        return English;
    }

    private static string? ChineseScript(string name)
    {
        // CultureInfo.Name is canonical ("zh-TW", "zh-CHT"), so the exact switch catches the usual names at once.
        switch (name)
        {
            case "zh-TW" or "zh-HK" or "zh-MO" or "zh-CHT" or "zh-Hant":
                return "zh-Hant";
            case "zh" or "zh-CN" or "zh-SG" or "zh-CHS" or "zh-Hans":
                return "zh-Hans";
        }

        if (name.Length < 2 || (name[0] | 0x20) != 'z' || (name[1] | 0x20) != 'h')
        {
            return null;
        }

        if (Is(name, "zh-TW") || Is(name, "zh-HK") || Is(name, "zh-MO") || Is(name, "zh-CHT") || StartsWith(name, "zh-Hant"))
        {
            return "zh-Hant";
        }

        if (Is(name, "zh") || Is(name, "zh-CN") || Is(name, "zh-SG") || Is(name, "zh-CHS") || StartsWith(name, "zh-Hans"))
        {
            return "zh-Hans";
        }

        return null;
    }

    private static bool Is(string name, string value) => string.Equals(name, value, StringComparison.OrdinalIgnoreCase);

    private static bool StartsWith(string name, string prefix) =>
        name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && (name.Length == prefix.Length || name[prefix.Length] == '-');
}
