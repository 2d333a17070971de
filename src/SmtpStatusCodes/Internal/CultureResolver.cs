using System;
using System.Globalization;
using System.Threading;

namespace SmtpStatusCodes.Internal;

/// <summary>Maps a culture to one of the description tables, walking its parent chain; English when nothing matches.</summary>
internal static class CultureResolver
{
    private const int English = 0;

    private const int SlotsPerTable = 2;

    // The cultures resolved most recently, two per description table: slot i only ever holds a culture that resolves
    // to table i / SlotsPerTable. Each slot is one reference, written and read whole, so a thread that sees an old
    // or a new culture in a slot still gets the right table; nothing is torn and nothing needs a lock. A culture's
    // name and parent chain never change, so a slot stays right while the culture lives. Callers cannot see or change
    // the slots; they only save walking the parent chain (and allocate nothing) when a recent culture asks again.
    private static readonly CultureInfo?[] s_recent = new CultureInfo?[DescriptionTables.CultureCount * SlotsPerTable];

    public static int Resolve(CultureInfo? culture)
    {
        culture ??= CultureInfo.CurrentUICulture;
        var recent = s_recent;
        for (var i = 0; i < recent.Length; i++)
        {
            // Only compared, never dereferenced, so a plain read is enough.
            if (ReferenceEquals(recent[i], culture))
            {
                return i / SlotsPerTable;
            }
        }

        var index = Walk(culture);
        var first = index * SlotsPerTable;
        Volatile.Write(ref recent[first + 1], recent[first]);
        Volatile.Write(ref recent[first], culture);
        return index;
    }

    private static int Walk(CultureInfo culture)
    {
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
