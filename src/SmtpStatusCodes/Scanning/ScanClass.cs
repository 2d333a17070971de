using System;
using System.Runtime.CompilerServices;

namespace SmtpStatusCodes;

/// <summary>
/// What the scanner's boundary rules (docs/scanning.md) need to know about one code unit, as bit flags from a table:
/// one load instead of a chain of comparisons per rule. Units from 0x80 have no flag: non-ASCII text is neither part
/// of a code nor a reason to reject one.
/// </summary>
internal static class ScanClass
{
    /// <summary>An ASCII letter or digit.</summary>
    public const byte LetterOrDigit = 1;

    /// <summary>May not stand directly before a code: a letter or digit, or one of <c>. _ / \ @ + $ % &amp; = ~</c>.</summary>
    public const byte ExcludedBefore = 2;

    /// <summary>May not stand directly after an enhanced code: a letter or digit, or one of <c>_ / @ + %</c>.</summary>
    public const byte ExcludedAfter = 4;

    /// <summary><c>.</c> or <c>-</c>: allowed after an enhanced code unless a letter or digit follows.</summary>
    public const byte DotOrHyphen = 8;

    /// <summary>May follow a reply code: space, tab, <c>-</c>, CR or LF.</summary>
    public const byte ReplySeparator = 16;

    /// <summary>Space or tab, skipped when looking back for a reply position.</summary>
    public const byte Blank = 32;

    /// <summary>The flags of a code unit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Of(int unit) => (uint)unit < 128 ? Table[unit] : 0;

    // Indexed by ASCII code; built from the constants above (L = letter or digit and excluded both sides).
    private static ReadOnlySpan<byte> Table =>
    [
        // 0x00-0x1F: tab (0x09), LF (0x0A), CR (0x0D)
        0, 0, 0, 0, 0, 0, 0, 0, 0, ReplySeparator | Blank, ReplySeparator, 0, 0, ReplySeparator, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,

        // 0x20-0x2F: space ! " # $ % & ' ( ) * + , - . /
        ReplySeparator | Blank, 0, 0, 0, ExcludedBefore, ExcludedBefore | ExcludedAfter, ExcludedBefore, 0,
        0, 0, 0, ExcludedBefore | ExcludedAfter, 0, DotOrHyphen | ReplySeparator, ExcludedBefore | DotOrHyphen, ExcludedBefore | ExcludedAfter,

        // 0x30-0x3F: 0-9 : ; < = > ?
        L, L, L, L, L, L, L, L, L, L, 0, 0, 0, ExcludedBefore, 0, 0,

        // 0x40-0x5F: @ A-Z [ \ ] ^ _
        ExcludedBefore | ExcludedAfter, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,
        L, L, L, L, L, L, L, L, L, L, L, 0, ExcludedBefore, 0, 0, ExcludedBefore | ExcludedAfter,

        // 0x60-0x7F: ` a-z { | } ~ DEL
        0, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,
        L, L, L, L, L, L, L, L, L, L, L, 0, 0, 0, ExcludedBefore, 0,
    ];

    private const byte L = LetterOrDigit | ExcludedBefore | ExcludedAfter;
}
