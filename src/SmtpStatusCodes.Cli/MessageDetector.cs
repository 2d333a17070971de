using System;
using System.Text;

namespace SmtpStatusCodes.Cli;

/// <summary>
/// Tells an email (an .eml, a bounce saved from a mail client) from other text by its start: a header block of
/// well-formed fields, ended by an empty line, with at least one field every message has. A pasted DSN part
/// (<c>Reporting-MTA: ...</c>) or a log line is not a message.
/// </summary>
internal static class MessageDetector
{
    private static readonly string[] s_messageFields =
        ["from", "date", "received", "return-path", "message-id", "mime-version", "content-type", "delivered-to", "subject"];

    public static bool LooksLikeMessage(ReadOnlySpan<byte> start)
    {
        if (StartsWithFromLine(start))
        {
            // A message saved with its mbox "From " line, as some mail clients and servers store one.
            var lineEnd = start.IndexOf((byte)'\n');
            start = lineEnd < 0 ? default : start[(lineEnd + 1)..];
        }

        var sawMessageField = false;
        var fields = 0;
        while (!start.IsEmpty)
        {
            var end = start.IndexOf((byte)'\n');
            if (end < 0)
            {
                return false;   // the header block does not end within what was looked at
            }

            var line = start[..end];
            start = start[(end + 1)..];
            if (!line.IsEmpty && line[^1] == '\r')
            {
                line = line[..^1];
            }

            if (line.IsEmpty)
            {
                return sawMessageField && fields > 1;
            }

            if (line[0] is (byte)' ' or (byte)'\t')
            {
                if (fields == 0)
                {
                    return false;
                }

                continue;   // a folded continuation of the previous field
            }

            var colon = line.IndexOf((byte)':');
            if (colon <= 0 || !IsFieldName(line[..colon]))
            {
                return false;
            }

            fields++;
            var name = Encoding.ASCII.GetString(line[..colon]);
            sawMessageField |= Array.IndexOf(s_messageFields, name.ToLowerInvariant()) >= 0;
        }

        return false;
    }

    /// <summary>
    /// True once <paramref name="start"/> is enough to tell: the header block has ended, or a complete line is no
    /// header field. A reader at a terminal then sees the answer for a pasted line without ending the input first.
    /// </summary>
    public static bool CanDecide(ReadOnlySpan<byte> start)
    {
        if (start.IndexOf("\n\n"u8) >= 0 || start.IndexOf("\n\r\n"u8) >= 0)
        {
            return true;
        }

        var lineEnd = start.IndexOf((byte)'\n');
        if (lineEnd >= 0 && StartsWithFromLine(start))
        {
            start = start[(lineEnd + 1)..];
            lineEnd = start.IndexOf((byte)'\n');
        }

        if (lineEnd < 0)
        {
            return false;
        }

        var colon = start[..lineEnd].IndexOf((byte)':');
        return colon <= 0 || !IsFieldName(start[..colon]);
    }

    public static bool StartsWithFromLine(ReadOnlySpan<byte> start) => start.StartsWith("From "u8);

    private static bool IsFieldName(ReadOnlySpan<byte> name)
    {
        foreach (var b in name)
        {
            if (b is < 33 or > 126)
            {
                return false;
            }
        }

        return true;
    }
}
