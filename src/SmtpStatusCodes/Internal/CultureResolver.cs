using System;
using System.Globalization;
using System.Threading;

namespace SmtpStatusCodes.Internal;

/// <summary>Maps a culture to one of the description tables, walking its parent chain; English when nothing matches.</summary>
internal static class CultureResolver
{
    private const int English = 0;

    private const int SlotsPerTable = 2;

    // The cultures resolved most recently, each with its table in one immutable pair: two pairs per table in
    // s_recent (slot i holds a culture of table i / SlotsPerTable), and the pair used last in s_last, checked first.
    // A pair is published whole by one reference write, so a thread sees an old pair or a new one, never a culture
    // with another culture's table; no lock is needed. A culture's name and parent chain never change, so a pair
    // stays right while the culture lives. Callers cannot see or change any of it. A repeated culture costs one
    // comparison, a recent one a few, and neither allocates; only a culture not seen recently walks its parent chain
    // (and allocates its pair).
    private static readonly Resolved?[] s_recent = new Resolved?[DescriptionTables.CultureCount * SlotsPerTable];
    private static Resolved? s_last;

    public static int Resolve(CultureInfo? culture)
    {
        culture ??= CultureInfo.CurrentUICulture;
        var last = Volatile.Read(ref s_last);
        if (last is not null && ReferenceEquals(last.Culture, culture))
        {
            return last.Index;
        }

        return ResolveRecent(culture);
    }

    private static int ResolveRecent(CultureInfo culture)
    {
        var recent = s_recent;
        for (var i = 0; i < recent.Length; i++)
        {
            var pair = Volatile.Read(ref recent[i]);
            if (pair is not null && ReferenceEquals(pair.Culture, culture))
            {
                Volatile.Write(ref s_last, pair);
                return pair.Index;
            }
        }

        var resolved = new Resolved(culture, Walk(culture));
        var first = resolved.Index * SlotsPerTable;
        Volatile.Write(ref recent[first + 1], Volatile.Read(ref recent[first]));
        Volatile.Write(ref recent[first], resolved);
        Volatile.Write(ref s_last, resolved);
        return resolved.Index;
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

    private sealed class Resolved
    {
        public Resolved(CultureInfo culture, int index)
        {
            Culture = culture;
            Index = index;
        }

        public CultureInfo Culture { get; }

        public int Index { get; }
    }
}
