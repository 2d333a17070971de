using System;

namespace SmtpStatusCodes.MimeKit.Internal;

/// <summary>Finds mail addresses in free text: a local part, <c>@</c>, and a domain with at least one dot.</summary>
internal static class Addresses
{
    /// <summary>The next address at or after <paramref name="from"/> before <paramref name="end"/>.</summary>
    public static bool TryFindNext(string text, int from, int end, out int start, out int length)
    {
        // The '@' is looked for only before the end: callers walk a text line by line, and an unbounded search would run
        // on to the next '@' however far it is, once per line.
        var at = from;
        while (at < end && (at = text.IndexOf('@', at, end - at)) >= 0)
        {
            var left = at;
            while (left > 0 && IsLocalChar(text[left - 1]))
            {
                left--;
            }

            while (left < at && text[left] == '.')
            {
                left++;
            }

            var right = at + 1;
            var lastDot = -1;
            while (right < text.Length && IsDomainChar(text[right]))
            {
                if (text[right] == '.')
                {
                    lastDot = right;
                }

                right++;
            }

            while (right > at + 1 && text[right - 1] is '.' or '-')
            {
                right--;
            }

            if (lastDot >= right - 1)
            {
                lastDot = text.LastIndexOf('.', right - 1, right - at - 1);
            }

            if (left < at && lastDot > at + 1 && right - lastDot > 2 && IsTld(text, lastDot + 1, right))
            {
                start = left;
                length = right - left;
                return true;
            }

            at++;
        }

        start = 0;
        length = 0;
        return false;
    }

    /// <summary>Strips an address type (<c>rfc822;</c>, <c>utf-8;</c>), angle brackets and quotes from a DSN address field.</summary>
    public static string? FromField(ReadOnlySpan<char> value)
    {
        var semicolon = value.IndexOf(';');
        if (semicolon >= 0)
        {
            value = value.Slice(semicolon + 1);
        }

        value = value.Trim();
        var open = value.IndexOf('<');
        if (open >= 0)
        {
            var close = value.Slice(open).IndexOf('>');
            value = close > 0 ? value.Slice(open + 1, close - 1) : value.Slice(open + 1);
        }

        value = value.Trim().Trim('"').Trim();
        return value.IsEmpty ? null : value.ToString();
    }

    /// <summary>True for addresses of mail systems rather than people: they write reports, they do not fail.</summary>
    public static bool IsSystem(string address) => IsSystem(address.AsSpan());

    /// <inheritdoc cref="IsSystem(string)"/>
    public static bool IsSystem(ReadOnlySpan<char> address)
    {
        var at = address.IndexOf('@');
        var local = at < 0 ? address : address.Slice(0, at);
        return Is(local, "mailer-daemon") || Is(local, "postmaster") || Is(local, "post_master") || Is(local, "mail-daemon")
            || Is(local, "maildaemon") || Is(local, "mailerdaemon");
    }

    private static bool Is(ReadOnlySpan<char> local, string name) => local.Equals(name.AsSpan(), StringComparison.OrdinalIgnoreCase);

    private static bool IsLocalChar(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '_' or '-' or '+' or '=' or '!' or '#'
            or '$' or '%' or '&' or '\'' or '*' or '/' or '?' or '^' or '`' or '{' or '|' or '}' or '~'
        || (c > 0x7F && char.IsLetterOrDigit(c));

    private static bool IsDomainChar(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '-'
        || (c > 0x7F && char.IsLetterOrDigit(c));

    private static bool IsTld(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            // Top-level domains are ASCII letters (internationalized ones are written as xn--...).
            if (!(text[i] is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z')) && !(text[i] is '-' or (>= '0' and <= '9') && i > start + 1))
            {
                return false;
            }
        }

        return true;
    }
}
