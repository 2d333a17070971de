using System;

namespace SmtpStatusCodes.Internal;

/// <summary>
/// Where cue phrases are searched when the deciding code was found in the text: the reply or report paragraph that
/// carries it, from the start of its line to the next blank line, at most <see cref="MaxAfter"/> units past the code.
/// Phrases elsewhere in a bounce (boilerplate, other recipients, the returned original) are not about this code.
/// </summary>
internal static class CueRegion
{
    /// <summary>How far past the code a paragraph may run; a multi-line reply or a folded Diagnostic-Code fits easily.</summary>
    public const int MaxAfter = 2048;

    /// <summary>The start and length of the region around <paramref name="anchor"/>, or the whole text when it is negative.</summary>
    public static (int Start, int Length) Around<T>(ReadOnlySpan<T> text, int anchor)
        where T : unmanaged
    {
        if (anchor < 0)
        {
            return (0, text.Length);
        }

        var start = anchor;
        while (start > 0 && TextUnit.At(text, start - 1) != '\n')
        {
            start--;
        }

        // A code in a DSN "Status:" field is the reporting MTA's summary, a line with no words of its own: the words
        // about it are elsewhere in the report (the Diagnostic-Code, the human-readable part), so the whole text counts.
        if (IsStatusField(text, start, anchor))
        {
            return (0, text.Length);
        }

        var limit = Math.Min(text.Length, anchor + MaxAfter);
        var end = anchor;
        while (end < limit)
        {
            if (TextUnit.At(text, end) == '\n' && IsBlankLineAfter(text, end + 1, limit))
            {
                break;
            }

            end++;
        }

        return (start, end - start);
    }

    private static bool IsStatusField<T>(ReadOnlySpan<T> text, int start, int anchor)
        where T : unmanaged
    {
        const string Field = "status:";
        while (start < anchor && TextUnit.At(text, start) is ' ' or '\t')
        {
            start++;
        }

        if (anchor - start < Field.Length)
        {
            return false;
        }

        for (var i = 0; i < Field.Length; i++)
        {
            if ((TextUnit.At(text, start + i) | 0x20) != Field[i])
            {
                return false;
            }
        }

        for (var i = start + Field.Length; i < anchor; i++)
        {
            if (TextUnit.At(text, i) is not (' ' or '\t'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsBlankLineAfter<T>(ReadOnlySpan<T> text, int index, int limit)
        where T : unmanaged
    {
        while (index < limit && TextUnit.At(text, index) is ' ' or '\t' or '\r')
        {
            index++;
        }

        return index >= limit || TextUnit.At(text, index) == '\n';
    }
}
