using System;
using System.Text;

namespace SmtpStatusCodes.Internal;

/// <summary>UTF-8 helpers that work on every target, netstandard2.0 included.</summary>
internal static class Utf8
{
    /// <summary>Decodes bytes; invalid sequences become U+FFFD. Used on error paths and by owned types only.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return string.Empty;
        }
#if NETSTANDARD2_0
        return Encoding.UTF8.GetString(bytes.ToArray());
#else
        return Encoding.UTF8.GetString(bytes);
#endif
    }
}
