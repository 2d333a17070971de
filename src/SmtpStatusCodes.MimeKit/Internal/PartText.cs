using System;
using System.Text;
using global::MimeKit;

namespace SmtpStatusCodes.MimeKit.Internal;

/// <summary>Decodes the parts a report is read from, within fixed limits so that a huge part costs bounded time.</summary>
internal static class PartText
{
    /// <summary>Human-readable text beyond this many decoded bytes is not read: real explanations are a few KB, and an
    /// attached original sent as text/plain can be megabytes.</summary>
    public const int MaxTextBytes = 256 * 1024;

    /// <summary>A delivery-status body beyond this is not read: 10,000 recipients take about 2 MB.</summary>
    public const int MaxStatusBytes = 16 * 1024 * 1024;

    private static readonly Encoding Utf8 = new UTF8Encoding(false, false);

    /// <summary>The text of a text part in its declared charset (MimeKit falls back for unknown ones), HTML reduced to
    /// its text.</summary>
    public static string Read(TextPart part)
    {
        if (part.Content is null)
        {
            return string.Empty;
        }

        string text;
        if (part.Content.Stream is { CanSeek: true } stream && stream.Length <= MaxTextBytes)
        {
            text = part.Text ?? string.Empty;
        }
        else
        {
            var bytes = ReadBytes(part, MaxTextBytes);
            var encoding = SafeEncoding(part.ContentType);
            text = encoding.GetString(bytes.Buffer, 0, bytes.Length);
        }

        return part.IsHtml ? Html.ToText(text) : text;
    }

    /// <summary>The body of a delivery-status part, decoded from its transfer encoding, as UTF-8 (RFC 6533 allows
    /// UTF-8; RFC 3464 bodies are ASCII).</summary>
    public static string ReadStatus(MimePart part)
    {
        if (part.Content is null)
        {
            return string.Empty;
        }

        var bytes = ReadBytes(part, MaxStatusBytes);
        return Utf8.GetString(bytes.Buffer, 0, bytes.Length);
    }

    private static Encoding SafeEncoding(ContentType type)
    {
        try
        {
            return type.CharsetEncoding ?? Utf8;
        }
        catch (NotSupportedException)
        {
            return Utf8;
        }
        catch (ArgumentException)
        {
            return Utf8;
        }
    }

    private static (byte[] Buffer, int Length) ReadBytes(MimePart part, int limit)
    {
        using var decoded = part.Content!.Open();
        var buffer = new byte[Math.Min(limit, 64 * 1024)];
        var length = 0;
        while (length < limit)
        {
            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, (int)Math.Min(limit, (long)buffer.Length * 2));
            }

            var read = decoded.Read(buffer, length, buffer.Length - length);
            if (read <= 0)
            {
                break;
            }

            length += read;
        }

        return (buffer, length);
    }
}
