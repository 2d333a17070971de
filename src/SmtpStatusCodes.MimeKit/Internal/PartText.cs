using System;
using System.Buffers;
using System.IO;
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

    static PartText()
    {
        // Reports are written in the charsets of their mail systems (ISO-2022-JP, Shift_JIS, GB2312, KOI8-R...), which
        // .NET only knows once the code-page provider is registered; registering it again is harmless.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        EucJp = GetEncoding("euc-jp", new DecoderReplacementFallback("\uFFFD"));
        ShiftJis = GetEncoding("shift_jis", new DecoderReplacementFallback("\uFFFD"));
    }

    /// <summary>The text of a text part in its declared charset (MimeKit falls back for unknown ones), HTML reduced to
    /// its text.</summary>
    public static string Read(TextPart part)
    {
        if (part.Content is null)
        {
            return string.Empty;
        }

        // Decoded here rather than with TextPart.Text, which costs far more for the same result on report-sized parts.
        var bytes = ReadBytes(part, MaxTextBytes);
        string text;
        try
        {
            text = Decode(bytes.Buffer, bytes.Length, part.ContentType);
        }
        finally
        {
            ReturnBuffer(bytes.Buffer);
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
        try
        {
            // Japanese systems write Diagnostic-Code text in 7-bit ISO-2022-JP: ESC $ B shifts into JIS X 0208.
            if (bytes.Buffer.AsSpan(0, bytes.Length).IndexOf(Iso2022Shift) >= 0 && GetEncoding("iso-2022-jp") is { } jis)
            {
                return jis.GetString(bytes.Buffer, 0, bytes.Length);
            }

            return Utf8.GetString(bytes.Buffer, 0, bytes.Length);
        }
        finally
        {
            ReturnBuffer(bytes.Buffer);
        }
    }

    /// <summary>Bytes in the declared charset; with none declared, or one .NET does not know, UTF-8 when the bytes are
    /// valid UTF-8 and Latin-1 otherwise (every byte is a Latin-1 character, so nothing is lost or invented).</summary>
    private static string Decode(byte[] buffer, int length, ContentType type)
    {
        if (type.Charset is { Length: > 0 } charset && !IsAsciiOrUtf8(charset) && Resolve(type, charset) is { } declared)
        {
            return declared.CodePage == Iso2022JpCodePage ? DecodeJapanese(buffer, length, declared) : declared.GetString(buffer, 0, length);
        }

#if NET8_0_OR_GREATER
        // Checked first: a DecoderFallbackException costs tens of microseconds, more than reading the whole report.
        return System.Text.Unicode.Utf8.IsValid(buffer.AsSpan(0, length)) ? Utf8.GetString(buffer, 0, length) : Latin1.GetString(buffer, 0, length);
#else
        try
        {
            return StrictUtf8.GetString(buffer, 0, length);
        }
        catch (DecoderFallbackException)
        {
            return Latin1.GetString(buffer, 0, length);
        }
#endif
    }

    // Charset names resolved before, with null for the ones .NET cannot decode (UTF-7, unknown names). Finding out
    // throws inside MimeKit and .NET, and exceptions cost more than reading a report, so each name is resolved once.
    // Names come from the messages: at most MaxCachedCharsets are kept, so hostile input cannot grow the cache.
    private const int MaxCachedCharsets = 256;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Encoding?> Charsets = new(StringComparer.OrdinalIgnoreCase);

    private static Encoding? Resolve(ContentType type, string charset)
    {
        if (Charsets.TryGetValue(charset, out var known))
        {
            return known;
        }

        var encoding = SafeEncoding(type) ?? GetEncoding(charset);
        if (Charsets.Count < MaxCachedCharsets)
        {
            Charsets.TryAdd(charset, encoding);
        }

        return encoding;
    }

    private const int Iso2022JpCodePage = 50220;

    /// <summary>
    /// Text declared ISO-2022-JP as Japanese mail systems send it, which is not always what the label says: 8-bit bytes
    /// mean the text is really EUC-JP or Shift_JIS (some carriers' notices), and <c>$B</c> ... <c>(B</c> without the
    /// escape character before them means a gateway stripped the control characters (Lotus Notes notices). Each is
    /// decoded as what it is, strictly, so a wrong guess falls back to the declared charset.
    /// </summary>
    private static string DecodeJapanese(byte[] buffer, int length, Encoding declared)
    {
        var bytes = buffer.AsSpan(0, length);
        if (HasEightBit(bytes))
        {
            return TryDecodeStrict(EucJp, buffer, length) ?? TryDecodeStrict(ShiftJis, buffer, length) ?? declared.GetString(buffer, 0, length);
        }

        if (bytes.IndexOf((byte)0x1B) < 0 && bytes.IndexOf(StrippedShiftIn) >= 0)
        {
            return declared.GetString(RestoreEscapes(bytes));
        }

        return declared.GetString(buffer, 0, length);
    }

    // "$B" (ESC $ B shifts into JIS X 0208) with its ESC gone.
    private static ReadOnlySpan<byte> StrippedShiftIn => [(byte)'$', (byte)'B'];

    private static bool HasEightBit(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b >= 0x80)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Puts the escape character back before every <c>$B</c>/<c>$@</c> and, inside a shifted run, before the
    /// <c>(B</c>/<c>(J</c> that ends it.</summary>
    private static byte[] RestoreEscapes(ReadOnlySpan<byte> bytes)
    {
        // Each ESC put back follows a two-byte sequence, so half the length again is always room enough.
        var result = new byte[bytes.Length + (bytes.Length / 2) + 1];
        var length = 0;
        var shifted = false;
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            var next = i + 1 < bytes.Length ? bytes[i + 1] : (byte)0;
            if (!shifted && b == '$' && next is (byte)'B' or (byte)'@')
            {
                result[length++] = 0x1B;
                shifted = true;
            }
            else if (shifted && b == '(' && next is (byte)'B' or (byte)'J')
            {
                result[length++] = 0x1B;
                shifted = false;
            }
            else if (b is (byte)'\n' or (byte)'\r')
            {
                shifted = false;
            }

            result[length++] = b;
        }

        Array.Resize(ref result, length);
        return result;
    }

    // Decoded with U+FFFD for bytes that are not the charset's: a legacy Japanese text cannot hold U+FFFD itself, so one
    // in the result means the guess was wrong (found without the cost of a DecoderFallbackException).
    // Set in the static constructor, after the code-page provider is registered.
    private static readonly Encoding? EucJp;
    private static readonly Encoding? ShiftJis;

    private static string? TryDecodeStrict(Encoding? encoding, byte[] buffer, int length)
    {
        if (encoding is null)
        {
            return null;
        }

        var text = encoding.GetString(buffer, 0, length);
        return text.IndexOf('\uFFFD') >= 0 ? null : text;
    }

    private static bool IsAsciiOrUtf8(string charset) =>
        charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("us-ascii", StringComparison.OrdinalIgnoreCase)
        || charset.Equals("ascii", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);

#if !NET8_0_OR_GREATER
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, true);
#endif

    private static readonly Encoding Latin1 = Encoding.GetEncoding(28591);

    private static Encoding? SafeEncoding(ContentType type)
    {
        try
        {
            return type.CharsetEncoding;
        }
        catch (NotSupportedException)
        {
            return null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static ReadOnlySpan<byte> Iso2022Shift => [0x1B, (byte)'$'];

    private static Encoding? GetEncoding(string name, DecoderFallback? fallback = null)
    {
        try
        {
            return fallback is null ? Encoding.GetEncoding(name) : Encoding.GetEncoding(name, EncoderFallback.ReplacementFallback, fallback);
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            // UTF-7 is disabled in .NET 5 and later (SYSLIB0001).
            return null;
        }
    }

    /// <summary>At most <paramref name="limit"/> bytes of the part's decoded content, in a buffer from
    /// <see cref="RentBuffer"/> that the caller gives back with <see cref="ReturnBuffer"/>: the bytes are only needed until they are decoded to text.</summary>
    private static (byte[] Buffer, int Length) ReadBytes(MimePart part, int limit)
    {
        var content = part.Content!;

        // Decoding never makes content longer than its encoded form, so a seekable stream's length bounds the buffer.
        var initial = content.Stream is { CanSeek: true } encoded ? (int)Math.Min(limit, encoded.Length + 1) : Math.Min(limit, 16 * 1024);

        // Base64, quoted-printable and uuencode go through MimeKit's decoder. Other content is read as it is stored, from
        // the start as MimeContent.Open reads it, which would only add a pass-through filter and a 4 KB buffer; that stream
        // belongs to the message and stays open.
        if (content.Stream is { CanSeek: true } stored && content.Encoding is not (ContentEncoding.Base64 or ContentEncoding.QuotedPrintable or ContentEncoding.UUEncode))
        {
            stored.Seek(0, SeekOrigin.Begin);
            return Read(stored, initial, limit);
        }

        using var decoded = content.Open();
        return Read(decoded, initial, limit);
    }

    // A delivery-status part may be read up to 16 MB; the shared pool would keep an array that size alive for the rest
    // of the process, so buffers above a report's usual size are plain arrays left to the collector.
    private const int MaxPooledBytes = 1024 * 1024;

    private static byte[] RentBuffer(int size) => size > MaxPooledBytes ? new byte[size] : ArrayPool<byte>.Shared.Rent(size);

    private static void ReturnBuffer(byte[] buffer)
    {
        if (buffer.Length <= MaxPooledBytes)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static (byte[] Buffer, int Length) Read(Stream stream, int initial, int limit)
    {
        var buffer = RentBuffer(Math.Max(initial, 1));
        var length = 0;
        try
        {
            // The rented buffer can be longer than asked for: reads stop at the limit all the same.
            while (length < limit)
            {
                if (length == buffer.Length)
                {
                    var larger = RentBuffer((int)Math.Min(limit, (long)buffer.Length * 2));
                    Buffer.BlockCopy(buffer, 0, larger, 0, length);
                    ReturnBuffer(buffer);
                    buffer = larger;
                }

                var read = stream.Read(buffer, length, Math.Min(buffer.Length, limit) - length);
                if (read <= 0)
                {
                    break;
                }

                length += read;
            }
        }
        catch
        {
            ReturnBuffer(buffer);
            throw;
        }

        return (buffer, length);
    }
}
