#if NET8_0_OR_GREATER
using System;

namespace SmtpStatusCodes;

// The generic parsing and formatting interfaces, as explicit members that forward to the public span methods, which
// exist on every target: so the netstandard2.0 surface stays a subset of the net8.0 one (package validation).
public readonly partial struct ReplyCode : ISpanFormattable, IUtf8SpanFormattable, ISpanParsable<ReplyCode>, IUtf8SpanParsable<ReplyCode>
{
    /// <inheritdoc />
    bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        Internal.FormatString.Validate(format, nameof(ReplyCode));
        return FormatCore(destination, out charsWritten);
    }

    /// <inheritdoc />
    bool IUtf8SpanFormattable.TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        Internal.FormatString.Validate(format, nameof(ReplyCode));
        return FormatCore(utf8Destination, out bytesWritten);
    }

    /// <inheritdoc />
    static ReplyCode IParsable<ReplyCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<ReplyCode>.TryParse(string? s, IFormatProvider? provider, out ReplyCode result) => TryParse(s, out result);

    /// <inheritdoc />
    static ReplyCode ISpanParsable<ReplyCode>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool ISpanParsable<ReplyCode>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out ReplyCode result) => TryParse(s, out result);

    /// <inheritdoc />
    static ReplyCode IUtf8SpanParsable<ReplyCode>.Parse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider) => Parse(utf8Text);

    /// <inheritdoc />
    static bool IUtf8SpanParsable<ReplyCode>.TryParse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider, out ReplyCode result) => TryParse(utf8Text, out result);
}
#endif
