using System;

namespace SmtpStatusCodes;

/// <summary>
/// Enumerates the codes <see cref="CodeScanner"/> finds in UTF-8 text, in order of position, never overlapping.
/// Obtain it from <see cref="CodeScanner.EnumerateMatches(ReadOnlySpan{byte})"/>; use it in <c>foreach</c>.
/// <see cref="CodeMatchEnumerator"/> is the same over UTF-16 chars.
/// </summary>
/// <remarks>
/// Invalid UTF-8 is simply not a code. The work is linear in the length of the text whatever it holds
/// (docs/scanning.md, "Cost").
/// </remarks>
public ref struct Utf8CodeMatchEnumerator
{
    private CodeMatchCursor<byte> _cursor;

    internal Utf8CodeMatchEnumerator(ReadOnlySpan<byte> utf8Text) => _cursor = new CodeMatchCursor<byte>(utf8Text);

    /// <summary>The current match; its position and length are in bytes.</summary>
    public readonly CodeMatch Current => _cursor.Current;

    /// <summary>Returns this enumerator, for <c>foreach</c>.</summary>
    /// <returns>This enumerator.</returns>
    public readonly Utf8CodeMatchEnumerator GetEnumerator() => this;

    /// <summary>Moves to the next code.</summary>
    /// <returns>False when no code is left.</returns>
    public bool MoveNext() => _cursor.MoveNext();
}
