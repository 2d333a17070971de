using System;
using System.Globalization;
using System.Text;

namespace SmtpStatusCodes.Cli;

/// <summary>
/// How many terminal columns text takes: East Asian wide and fullwidth characters (the Chinese descriptions, their
/// full-width punctuation) take two, combining marks none, everything else one. Enough for the text this tool prints;
/// it is not a full implementation of UAX #11.
/// </summary>
internal static class DisplayWidth
{
    public static int Of(Rune rune)
    {
        var value = rune.Value;
        if (value < 0x300)
        {
            return value < 0x20 ? 0 : 1;
        }

        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
        {
            return 0;
        }

        return IsWide(value) ? 2 : 1;
    }

    public static int Of(ReadOnlySpan<char> text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += Of(rune);
        }

        return width;
    }

    /// <summary>True for characters that break a line on their own: CJK ideographs, kana, Hangul, full-width forms.</summary>
    public static bool IsWide(int value) =>
        value is (>= 0x1100 and <= 0x115F)
            or (>= 0x2E80 and <= 0x303E)
            or (>= 0x3041 and <= 0x33FF)
            or (>= 0x3400 and <= 0x4DBF)
            or (>= 0x4E00 and <= 0x9FFF)
            or (>= 0xA000 and <= 0xA4CF)
            or (>= 0xAC00 and <= 0xD7A3)
            or (>= 0xF900 and <= 0xFAFF)
            or (>= 0xFE30 and <= 0xFE4F)
            or (>= 0xFF00 and <= 0xFF60)
            or (>= 0xFFE0 and <= 0xFFE6)
            or (>= 0x1F300 and <= 0x1F64F)
            or (>= 0x20000 and <= 0x3FFFD);
}
