using System;

namespace SmtpStatusCodes;

/// <summary>
/// Finds every SMTP code that stands as a code in free text (a bounce, a log line, a DSN) in one pass, without
/// allocating: enhanced status codes anywhere they are delimited, reply codes only in reply position. The rules,
/// and what is deliberately not reported (IP addresses, versions, dates, numbers in prose), are in docs/scanning.md.
/// </summary>
/// <example>
/// <code>
/// foreach (var match in CodeScanner.EnumerateMatches(bounceText))
/// {
///     Console.WriteLine($"{match.Index}: {match} {match.StatusCode?.Title ?? match.ReplyCode?.Title}");
/// }
/// </code>
/// </example>
public static class CodeScanner
{
    /// <summary>Enumerates the codes in <paramref name="text"/>, in order of position, never overlapping.</summary>
    /// <param name="text">The text to scan.</param>
    /// <returns>An enumerator for <c>foreach</c>, shaped like <c>Regex.EnumerateMatches</c>.</returns>
    public static CodeMatchEnumerator EnumerateMatches(ReadOnlySpan<char> text) => new(text);

    /// <summary>Enumerates the codes in UTF-8 <paramref name="utf8Text"/>; positions and lengths are in bytes.</summary>
    /// <param name="utf8Text">The text to scan, as UTF-8 (invalid sequences are simply not codes).</param>
    /// <returns>An enumerator for <c>foreach</c>.</returns>
    public static Utf8CodeMatchEnumerator EnumerateMatches(ReadOnlySpan<byte> utf8Text) => new(utf8Text);

    /// <summary>The first code in <paramref name="text"/>, if any.</summary>
    /// <param name="text">The text to scan.</param>
    /// <param name="match">The first match; <c>default</c> (neither code set) when there is none.</param>
    /// <returns>True when a code was found.</returns>
    public static bool TryFindFirst(ReadOnlySpan<char> text, out CodeMatch match)
    {
        var e = new CodeMatchCursor<char>(text);
        var found = e.MoveNext();
        match = found ? e.Current : default;
        return found;
    }

    /// <summary>
    /// The first enhanced status code in <paramref name="text"/>, skipping reply codes: the server's own code in an
    /// exception message or a log line ("550 5.1.1 User unknown" gives 5.1.1), or null when there is none.
    /// </summary>
    /// <param name="text">The text to scan.</param>
    /// <returns>The code, or null.</returns>
    public static StatusCode? FindFirstStatusCode(ReadOnlySpan<char> text) => FirstStatusCode(new CodeMatchCursor<char>(text));

    /// <summary>The first enhanced status code in UTF-8 <paramref name="utf8Text"/>, skipping reply codes, or null.</summary>
    /// <param name="utf8Text">The text to scan, as UTF-8.</param>
    /// <returns>The code, or null.</returns>
    public static StatusCode? FindFirstStatusCode(ReadOnlySpan<byte> utf8Text) => FirstStatusCode(new CodeMatchCursor<byte>(utf8Text));

    private static StatusCode? FirstStatusCode<T>(CodeMatchCursor<T> cursor)
        where T : unmanaged
    {
        while (cursor.MoveNext())
        {
            if (cursor.Current.IsStatusCode)
            {
                return cursor.Current.StatusCode;
            }
        }

        return null;
    }

    /// <summary>The first code in UTF-8 <paramref name="utf8Text"/>, if any.</summary>
    /// <param name="utf8Text">The text to scan.</param>
    /// <param name="match">The first match; <c>default</c> (neither code set) when there is none.</param>
    /// <returns>True when a code was found.</returns>
    public static bool TryFindFirst(ReadOnlySpan<byte> utf8Text, out CodeMatch match)
    {
        var e = new CodeMatchCursor<byte>(utf8Text);
        var found = e.MoveNext();
        match = found ? e.Current : default;
        return found;
    }
}
