using System;
using SmtpStatusCodes.Internal;

namespace SmtpStatusCodes;

public readonly partial struct StatusCode
{
    /// <summary>Parses an enhanced status code such as <c>5.1.1</c>, exactly as RFC 3463 section 2 writes it.</summary>
    /// <param name="s">The code: the whole string, with no white space, signs or leading zeros.</param>
    /// <returns>The parsed code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a status code; the message quotes it and says what is wrong and where.</exception>
    public static StatusCode Parse(string s)
    {
        if (s is null)
        {
            throw new ArgumentNullException(nameof(s));
        }

        return Parse(s.AsSpan());
    }

    /// <summary>Parses an enhanced status code such as <c>5.1.1</c> from characters (RFC 3463 section 2).</summary>
    /// <param name="s">The code: the whole span, with no white space, signs or leading zeros.</param>
    /// <returns>The parsed code.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not a status code; the message quotes it and says what is wrong and where.</exception>
    public static StatusCode Parse(ReadOnlySpan<char> s) =>
        CodeParser.TryParseStatusCode(s, out var packed) ? new StatusCode(packed) : throw Explain(s);

    /// <summary>Parses an enhanced status code such as <c>5.1.1</c> from UTF-8 bytes (RFC 3463 section 2).</summary>
    /// <param name="utf8Text">The code as UTF-8: the whole span, ASCII digits and dots only.</param>
    /// <returns>The parsed code.</returns>
    /// <exception cref="FormatException"><paramref name="utf8Text"/> is not a status code; the message says what is wrong and at which byte.</exception>
    public static StatusCode Parse(ReadOnlySpan<byte> utf8Text) =>
        CodeParser.TryParseStatusCode(utf8Text, out var packed) ? new StatusCode(packed) : throw Explain(utf8Text);

    /// <summary>Tries to parse an enhanced status code such as <c>5.1.1</c>. Never throws.</summary>
    /// <param name="s">The text, or null.</param>
    /// <param name="result">The code, or <c>default</c> when the text is not a code.</param>
    /// <returns>True when the whole text is a valid code.</returns>
    public static bool TryParse(string? s, out StatusCode result) => TryParse(s.AsSpan(), out result);

    /// <summary>Tries to parse an enhanced status code such as <c>5.1.1</c> from characters. Never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The code, or <c>default</c> when the text is not a code.</param>
    /// <returns>True when the whole span is a valid code.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out StatusCode result)
    {
        var ok = CodeParser.TryParseStatusCode(s, out var packed);
        result = new StatusCode(packed);
        return ok;
    }

    /// <summary>Tries to parse an enhanced status code such as <c>5.1.1</c> from UTF-8 bytes. Never throws.</summary>
    /// <param name="utf8Text">The text as UTF-8.</param>
    /// <param name="result">The code, or <c>default</c> when the text is not a code.</param>
    /// <returns>True when the whole span is a valid code.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, out StatusCode result)
    {
        var ok = CodeParser.TryParseStatusCode(utf8Text, out var packed);
        result = new StatusCode(packed);
        return ok;
    }

    /// <summary>
    /// Tries to parse a status code as real-world text writes it: leading zeros, which RFC 3463 forbids but some servers
    /// send (<c>5.1.01</c>), are accepted and dropped. Everything else is as strict as <see cref="TryParse(ReadOnlySpan{char}, out StatusCode)"/>.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The code (<c>5.1.1</c> for <c>5.1.01</c>), or <c>default</c>.</param>
    /// <param name="isStrictlyValid">The strict verdict: false when the text was accepted only because of the leniency.</param>
    /// <returns>True when the text is a code under the lenient rules.</returns>
    public static bool TryParseLenient(ReadOnlySpan<char> s, out StatusCode result, out bool isStrictlyValid)
    {
        var ok = CodeParser.ParseStatusCode(s, lenient: true, out var packed, out _, out var strictError) == ParseError.None;
        result = new StatusCode(packed);
        isStrictlyValid = ok && strictError == ParseError.None;
        return ok;
    }

    /// <summary>The UTF-8 form of <see cref="TryParseLenient(ReadOnlySpan{char}, out StatusCode, out bool)"/>.</summary>
    /// <param name="utf8Text">The text as UTF-8.</param>
    /// <param name="result">The code, or <c>default</c>.</param>
    /// <param name="isStrictlyValid">The strict verdict: false when the text was accepted only because of the leniency.</param>
    /// <returns>True when the text is a code under the lenient rules.</returns>
    public static bool TryParseLenient(ReadOnlySpan<byte> utf8Text, out StatusCode result, out bool isStrictlyValid)
    {
        var ok = CodeParser.ParseStatusCode(utf8Text, lenient: true, out var packed, out _, out var strictError) == ParseError.None;
        result = new StatusCode(packed);
        isStrictlyValid = ok && strictError == ParseError.None;
        return ok;
    }

    /// <summary>Runs the explaining parser on input the fast one refused, for the exception's message.</summary>
    private static FormatException Explain<T>(ReadOnlySpan<T> text)
        where T : unmanaged
    {
        var error = CodeParser.ParseStatusCode(text, lenient: false, out _, out var position, out _);
        return ParseErrors.StatusCode(text, error, position);
    }
}
