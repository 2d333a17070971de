#if NET8_0_OR_GREATER
using System;

namespace SmtpStatusCodes;

// The generic parsing and formatting interfaces, as explicit members that forward to the public span methods, which
// exist on every target: so the netstandard2.0 surface stays a subset of the net8.0 one (package validation).
public readonly partial struct StatusCode : ISpanFormattable, IUtf8SpanFormattable, ISpanParsable<StatusCode>, IUtf8SpanParsable<StatusCode>
{
    /// <inheritdoc />
    bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        Internal.FormatString.Validate(format, nameof(StatusCode));
        return FormatCore(destination, out charsWritten);
    }

    /// <inheritdoc />
    bool IUtf8SpanFormattable.TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        Internal.FormatString.Validate(format, nameof(StatusCode));
        return FormatCore(utf8Destination, out bytesWritten);
    }

    /// <inheritdoc />
    static StatusCode IParsable<StatusCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<StatusCode>.TryParse(string? s, IFormatProvider? provider, out StatusCode result) => TryParse(s, out result);

    /// <inheritdoc />
    static StatusCode ISpanParsable<StatusCode>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool ISpanParsable<StatusCode>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out StatusCode result) => TryParse(s, out result);

    /// <inheritdoc />
    static StatusCode IUtf8SpanParsable<StatusCode>.Parse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider) => Parse(utf8Text);

    /// <inheritdoc />
    static bool IUtf8SpanParsable<StatusCode>.TryParse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider, out StatusCode result) => TryParse(utf8Text, out result);
}
#endif
