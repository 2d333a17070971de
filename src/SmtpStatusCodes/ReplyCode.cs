using System;
using System.ComponentModel;
using SmtpStatusCodes.Internal;
using SmtpStatusCodes.Serialization;

namespace SmtpStatusCodes;

/// <summary>An SMTP reply code (RFC 5321 section 4.2): three digits, the first 2-5, the second 0-5, the third 0-9.</summary>
/// <remarks>
/// <para>Any code the grammar allows can be held; <see cref="IsKnown"/> tells whether an RFC defines it. Clients must
/// treat codes they do not know by their first digit (RFC 5321 section 4.2), which <see cref="Class"/> gives.</para>
/// <para><c>default(ReplyCode)</c> is the unset value of a field (the API itself says "no code" with <c>null</c>): its <see cref="Value"/> is 0, it formats as <c>000</c>,
/// is not known, and no successful parse returns it.</para>
/// </remarks>
[TypeConverter(typeof(ReplyCodeTypeConverter))]
#if NET8_0_OR_GREATER
[System.Text.Json.Serialization.JsonConverter(typeof(ReplyCodeJsonConverter))]
#endif
public readonly partial struct ReplyCode : IEquatable<ReplyCode>, IComparable<ReplyCode>, IComparable, IFormattable
{
    private readonly int _value;

    /// <summary>Creates a reply code.</summary>
    /// <param name="value">The code, such as 550: first digit 2-5, second 0-5, third 0-9.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside the RFC 5321 grammar.</exception>
    public ReplyCode(int value)
    {
        if (!IsValid(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A reply code has three digits: the first 2-5, the second 0-5, the third 0-9 (RFC 5321 section 4.2).");
        }

        _value = value;
    }

    private ReplyCode(int value, bool _) => _value = value;

    /// <summary>The code as a number, such as 550; 0 for <c>default(ReplyCode)</c>.</summary>
    public int Value => _value;

    /// <summary>The class: the first digit. For <c>default(ReplyCode)</c> it is 0, which is not a defined value.</summary>
    public ReplyCodeClass Class => (ReplyCodeClass)(_value / 100);

    /// <summary>The category: the second digit (RFC 5321 section 4.2.1).</summary>
    public ReplyCodeCategory Category => (ReplyCodeCategory)(_value / 10 % 10);

    /// <summary>True for 2yz and 3yz replies.</summary>
    public bool IsPositive => _value is >= 200 and < 400;

    /// <summary>True for 2yz: the action completed.</summary>
    public bool IsPositiveCompletion => _value is >= 200 and < 300;

    /// <summary>True for 3yz: the server waits for more input.</summary>
    public bool IsPositiveIntermediate => _value is >= 300 and < 400;

    /// <summary>True for 4yz: a transient failure; the client may retry.</summary>
    public bool IsTransient => _value is >= 400 and < 500;

    /// <summary>True for 5yz: a permanent failure.</summary>
    public bool IsPermanent => _value >= 500;

    /// <summary>True when this is <c>default(ReplyCode)</c>, the unset value.</summary>
    public bool IsDefault => _value == 0;

    /// <summary>True when RFC 5321 or one of its extension RFCs defines the code. Codes listed only as RFC 5248
    /// associations, in drafts or in web folklore (420, 510, 511, 512) are not known.</summary>
    public bool IsKnown => Info?.IsKnown == true;

    /// <summary>The table entry of the code (also for listed codes that are not known), or null.</summary>
    public ReplyCodeInfo? Info
    {
        get
        {
            var index = CodeTables.ReplyIndex(_value);
            return index < 0 ? null : CodeTables.Reply[index];
        }
    }

    /// <summary>
    /// The RFC's wording for a known code. For a listed code without an RFC, what it is claimed to mean; for any other
    /// code, its class and category (RFC 5321 section 4.2.1), e.g. "Permanent Negative Completion reply: Mail system".
    /// Empty for <c>default(ReplyCode)</c>.
    /// </summary>
    public string Title => Info?.Title ?? (_value == 0 ? string.Empty : CodeTables.ComposedReplyTitle(_value / 100, _value / 10 % 10));

    /// <summary>Value equality.</summary>
    /// <param name="other">The code to compare with.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(ReplyCode other) => _value == other._value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ReplyCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value;

    /// <summary>Orders by value.</summary>
    /// <param name="other">The code to compare with.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(ReplyCode other) => _value.CompareTo(other._value);

    /// <summary>Compares with another boxed <see cref="ReplyCode"/>; null sorts first.</summary>
    /// <param name="obj">A <see cref="ReplyCode"/> or null.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="ReplyCode"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        ReplyCode other => CompareTo(other),
        _ => throw new ArgumentException($"Expected a {nameof(ReplyCode)}, got {obj.GetType()}.", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(ReplyCode left, ReplyCode right) => left._value == right._value;

    /// <summary>Inequality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(ReplyCode left, ReplyCode right) => left._value != right._value;

    /// <summary>Ordering by value.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when <paramref name="left"/> is smaller.</returns>
    public static bool operator <(ReplyCode left, ReplyCode right) => left._value < right._value;

    /// <summary>Ordering by value.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when <paramref name="left"/> is larger.</returns>
    public static bool operator >(ReplyCode left, ReplyCode right) => left._value > right._value;

    /// <summary>Ordering by value.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when <paramref name="left"/> is smaller or equal.</returns>
    public static bool operator <=(ReplyCode left, ReplyCode right) => left._value <= right._value;

    /// <summary>Ordering by value.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when <paramref name="left"/> is larger or equal.</returns>
    public static bool operator >=(ReplyCode left, ReplyCode right) => left._value >= right._value;

    /// <summary>Converts a <see cref="System.Net.Mail.SmtpStatusCode"/> (System.Net.Mail) to a reply code.</summary>
    /// <param name="code">The System.Net.Mail value.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is not a code of the reply grammar
    /// (<see cref="System.Net.Mail.SmtpStatusCode.GeneralFailure"/> is -1, for example).</exception>
    public static explicit operator ReplyCode(System.Net.Mail.SmtpStatusCode code) =>
        IsValid((int)code) ? new ReplyCode((int)code, true)
            : throw new ArgumentOutOfRangeException(nameof(code), code, "The System.Net.Mail status is not an SMTP reply code (RFC 5321 section 4.2).");

    /// <summary>Converts a reply code to <see cref="System.Net.Mail.SmtpStatusCode"/>; codes the enum does not name keep their value.</summary>
    /// <param name="code">The reply code.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is <c>default(ReplyCode)</c>.</exception>
    public static explicit operator System.Net.Mail.SmtpStatusCode(ReplyCode code) =>
        code._value != 0 ? (System.Net.Mail.SmtpStatusCode)code._value
            : throw new ArgumentOutOfRangeException(nameof(code), "default(ReplyCode) has no System.Net.Mail equivalent.");

    /// <summary>True when <paramref name="value"/> is a code of the RFC 5321 grammar.</summary>
    /// <param name="value">The number.</param>
    /// <returns>True for 200-559 with a second digit 0-5.</returns>
    public static bool IsValid(int value) => value is >= 200 and <= 559 && value / 10 % 10 <= 5;

    internal static ReplyCode FromValue(int value) => new(value, true);

    /// <summary>Parses a reply code: exactly three ASCII digits (RFC 5321 section 4.2).</summary>
    /// <param name="s">The code.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a reply code; the message says what is wrong and where.</exception>
    public static ReplyCode Parse(string s)
    {
        if (s is null)
        {
            throw new ArgumentNullException(nameof(s));
        }

        return Parse(s.AsSpan());
    }

    /// <summary>Parses a reply code: exactly three ASCII digits (RFC 5321 section 4.2).</summary>
    /// <param name="s">The code.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not a reply code.</exception>
    public static ReplyCode Parse(ReadOnlySpan<char> s)
    {
        var error = CodeParser.ParseReplyCode(s, out var value, out var position);
        return error == ParseError.None ? new ReplyCode(value, true) : throw ParseErrors.ReplyCode(s, error, position);
    }

    /// <summary>Parses a reply code from UTF-8: exactly three ASCII digits (RFC 5321 section 4.2).</summary>
    /// <param name="utf8Text">The code as UTF-8.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException"><paramref name="utf8Text"/> is not a reply code.</exception>
    public static ReplyCode Parse(ReadOnlySpan<byte> utf8Text)
    {
        var error = CodeParser.ParseReplyCode(utf8Text, out var value, out var position);
        return error == ParseError.None ? new ReplyCode(value, true) : throw ParseErrors.ReplyCode(utf8Text, error, position);
    }

    /// <summary>Tries to parse a reply code. Never throws.</summary>
    /// <param name="s">The text, or null.</param>
    /// <param name="result">The code, or <c>default</c>.</param>
    /// <returns>True when the whole text is a reply code.</returns>
    public static bool TryParse(string? s, out ReplyCode result) => TryParse(s.AsSpan(), out result);

    /// <summary>Tries to parse a reply code. Never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The code, or <c>default</c>.</param>
    /// <returns>True when the whole span is a reply code.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out ReplyCode result)
    {
        var ok = CodeParser.TryParseReplyCode(s, out var value);
        result = new ReplyCode(value, true);
        return ok;
    }

    /// <summary>Tries to parse a reply code from UTF-8. Never throws.</summary>
    /// <param name="utf8Text">The text as UTF-8.</param>
    /// <param name="result">The code, or <c>default</c>.</param>
    /// <returns>True when the whole span is a reply code.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, out ReplyCode result)
    {
        var ok = CodeParser.TryParseReplyCode(utf8Text, out var value);
        result = new ReplyCode(value, true);
        return ok;
    }

    /// <summary>The three digits, e.g. <c>550</c>; <c>000</c> for <c>default(ReplyCode)</c>.</summary>
    /// <returns>A cached string for every code of the grammar (no allocation).</returns>
    public override string ToString() => CodeTables.ReplyText(_value) ?? "000";

    /// <summary>Formats the code. The only format is "G" (or null or empty). The provider is ignored.</summary>
    /// <param name="format">null, "" or "G".</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The three digits.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is another format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        FormatString.Validate(format.AsSpan(), nameof(ReplyCode));
        return ToString();
    }

    /// <summary>Writes the three digits into a character span.</summary>
    /// <param name="destination">Where to write; 3 characters suffice.</param>
    /// <param name="charsWritten">3, or 0 when it did not fit.</param>
    /// <returns>False when <paramref name="destination"/> is too short.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten) => FormatCore(destination, out charsWritten);

    /// <summary>Writes the three digits as UTF-8.</summary>
    /// <param name="utf8Destination">Where to write; 3 bytes suffice.</param>
    /// <param name="bytesWritten">3, or 0 when it did not fit.</param>
    /// <returns>False when <paramref name="utf8Destination"/> is too short.</returns>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten) => FormatCore(utf8Destination, out bytesWritten);

    private bool FormatCore<T>(Span<T> destination, out int written)
        where T : unmanaged
    {
        if (destination.Length < 3)
        {
            written = 0;
            return false;
        }

        TextUnit.Set(destination, 0, '0' + (_value / 100));
        TextUnit.Set(destination, 1, '0' + (_value / 10 % 10));
        TextUnit.Set(destination, 2, '0' + (_value % 10));
        written = 3;
        return true;
    }
}
