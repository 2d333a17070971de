using System;
using SmtpStatusCodes.Internal;

namespace SmtpStatusCodes;

/// <summary>
/// The delivery-status grammar (RFC 3464 section 2.1, RFC 822 header fields) over UTF-16 or UTF-8 text, written once
/// for the char and UTF-8 reader and group types. A line ends at CRLF, at LF or at a lone CR (docs/parsing.md).
/// </summary>
internal static class DsnText
{
    /// <summary>Finds the next group at or after <paramref name="position"/>, skipping blank lines; moves past it.</summary>
    public static bool TryReadGroup<T>(ReadOnlySpan<T> body, scoped ref int position, out ReadOnlySpan<T> group)
        where T : unmanaged
    {
        group = default;
        while (position < body.Length)
        {
            var lineEnd = LineEnd(body, position);
            if (!IsBlankLine(body.Slice(position, lineEnd - position)))
            {
                break;
            }

            position = lineEnd;
        }

        if (position >= body.Length)
        {
            return false;
        }

        var start = position;
        while (position < body.Length)
        {
            var lineEnd = LineEnd(body, position);
            if (IsBlankLine(body.Slice(position, lineEnd - position)))
            {
                break;
            }

            position = lineEnd;
        }

        group = body.Slice(start, position - start);
        return true;
    }

    /// <summary>Finds a field of a group by name, case-insensitively; the value runs on over folded lines and is trimmed.</summary>
    public static bool TryGetField<T>(ReadOnlySpan<T> group, string name, out ReadOnlySpan<T> value)
        where T : unmanaged
    {
        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        var position = 0;
        var first = name.Length == 0 ? -1 : FoldAsciiLetter(name[0]);
        while (position < group.Length)
        {
            var lineEnd = LineEnd(group, position);

            // A field's name starts its line, so a line that starts with another letter is passed over without looking for
            // its colon (NameEquals would compare that letter first, folded the same way).
            if (first >= 0 && FoldAsciiLetter(TextUnit.At(group, position)) != first)
            {
                position = lineEnd;
                continue;
            }

            var colon = Ascii.IndexOf(group.Slice(0, lineEnd), ':', position);
            if (colon > position && !Ascii.IsBlank(TextUnit.At(group, position)) && NameEquals(group.Slice(position, colon - position), name))
            {
                // The value runs on over continuation lines, which start with white space (RFC 822 folding).
                var end = lineEnd;
                while (end < group.Length && TextUnit.At(group, end) is ' ' or '\t')
                {
                    end = LineEnd(group, end);
                }

                value = Ascii.Trim(group.Slice(colon + 1, end - colon - 1));
                return true;
            }

            position = lineEnd;
        }

        value = default;
        return false;
    }

    /// <summary>A field's value, or empty when the group does not have it.</summary>
    public static ReadOnlySpan<T> Field<T>(ReadOnlySpan<T> group, string lowerName)
        where T : unmanaged => TryGetField(group, lowerName, out var value) ? value : default;

    /// <summary>True for a per-recipient group: it has a <c>Final-Recipient</c> or a <c>Status</c> field.</summary>
    public static bool IsPerRecipient<T>(ReadOnlySpan<T> group)
        where T : unmanaged => TryGetField(group, "final-recipient", out _) || TryGetField(group, "status", out _);

    /// <summary>The code of the group's <c>Status</c> field, or null.</summary>
    public static StatusCode? StatusCode<T>(ReadOnlySpan<T> group)
        where T : unmanaged => DsnField.TryParseStatusCore(Field(group, "status"), out var code, out _) ? code : null;

    /// <summary>
    /// The index just past the line end at or after <paramref name="from"/> (CRLF, LF, or a CR not followed by LF), or
    /// the end of the text.
    /// </summary>
    public static int LineEnd<T>(ReadOnlySpan<T> text, int from)
        where T : unmanaged
    {
        // Every field lookup walks the group's lines: the vectorised search finds their ends several times faster.
        var i = from < text.Length ? Ascii.IndexOfLineBreak(text, from) : -1;
        if (i < 0)
        {
            return text.Length;
        }

        return TextUnit.At(text, i) == '\r' && i + 1 < text.Length && TextUnit.At(text, i + 1) == '\n' ? i + 2 : i + 1;
    }

    private static bool IsBlankLine<T>(ReadOnlySpan<T> line)
        where T : unmanaged
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (!Ascii.IsBlank(TextUnit.At(line, i)))
            {
                return false;
            }
        }

        return true;
    }

    private static int FoldAsciiLetter(int c) => c is >= 'A' and <= 'Z' ? c | 0x20 : c;

    private static bool NameEquals<T>(ReadOnlySpan<T> candidate, string name)
        where T : unmanaged
    {
        candidate = Ascii.Trim(candidate);
        if (candidate.Length != name.Length)
        {
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            var a = TextUnit.At(candidate, i);
            var b = (int)name[i];
            if (a is >= 'A' and <= 'Z')
            {
                a |= 0x20;
            }

            if (b is >= 'A' and <= 'Z')
            {
                b |= 0x20;
            }

            if (a != b)
            {
                return false;
            }
        }

        return true;
    }
}
