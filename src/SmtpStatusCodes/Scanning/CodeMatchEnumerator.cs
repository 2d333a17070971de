using System;

namespace SmtpStatusCodes;

/// <summary>
/// Enumerates the codes <see cref="CodeScanner"/> finds in UTF-16 text, in order of position, never overlapping.
/// Obtain it from <see cref="CodeScanner.EnumerateMatches(ReadOnlySpan{char})"/>; use it in <c>foreach</c>.
/// <see cref="Utf8CodeMatchEnumerator"/> is the same over UTF-8 bytes.
/// </summary>
/// <remarks>
/// The work is linear in the length of the text whatever it holds: the text is searched once for positions shaped like
/// a code, and each candidate is checked by looking a bounded distance ahead and back (docs/scanning.md, "Cost").
/// </remarks>
public ref struct CodeMatchEnumerator
{
    private CodeMatchCursor<char> _cursor;

    internal CodeMatchEnumerator(ReadOnlySpan<char> text) => _cursor = new CodeMatchCursor<char>(text);

    /// <summary>The current match; its position and length are in chars.</summary>
    public readonly CodeMatch Current => _cursor.Current;

    /// <summary>Returns this enumerator, for <c>foreach</c>.</summary>
    /// <returns>This enumerator.</returns>
    public readonly CodeMatchEnumerator GetEnumerator() => this;

    /// <summary>Moves to the next code.</summary>
    /// <returns>False when no code is left.</returns>
    public bool MoveNext() => _cursor.MoveNext();
}
