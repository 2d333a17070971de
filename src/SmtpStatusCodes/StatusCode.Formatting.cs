using System;
using SmtpStatusCodes.Internal;

namespace SmtpStatusCodes;

public readonly partial struct StatusCode
{
    /// <summary>The code as RFC 3463 writes it, <c>5.1.1</c>; <c>0.0.0</c> for <c>default(StatusCode)</c>.</summary>
    /// <returns>A cached string for every registered code (no allocation); a new string otherwise.</returns>
    public override string ToString() => CodeTables.EnhancedText(_packed) ?? Format();

    /// <summary>Formats the code. The only format is "G" (or null or empty): <c>5.1.1</c>. The provider is ignored: codes are ASCII digits.</summary>
    /// <param name="format">null, "" or "G".</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The code as text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is another format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        FormatString.Validate(format.AsSpan(), nameof(StatusCode));
        return ToString();
    }

    /// <summary>Writes the code (<c>5.1.1</c>) into a character span.</summary>
    /// <param name="destination">Where to write; 9 characters always suffice.</param>
    /// <param name="charsWritten">How many characters were written; 0 when the code did not fit.</param>
    /// <returns>False when <paramref name="destination"/> is too short (nothing useful is written then).</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten) => FormatCore(destination, out charsWritten);

    /// <summary>Writes the code (<c>5.1.1</c>) as UTF-8 into a byte span.</summary>
    /// <param name="utf8Destination">Where to write; 9 bytes always suffice.</param>
    /// <param name="bytesWritten">How many bytes were written; 0 when the code did not fit.</param>
    /// <returns>False when <paramref name="utf8Destination"/> is too short.</returns>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten) => FormatCore(utf8Destination, out bytesWritten);

    private bool FormatCore<T>(Span<T> destination, out int written)
        where T : unmanaged
    {
        written = 0;
        if (destination.Length < 5)
        {
            return false;
        }

        TextUnit.Set(destination, 0, '0' + (int)Class);
        TextUnit.Set(destination, 1, '.');
        var n = TextUnit.WriteNumber(destination, 2, Subject);
        if (n < 0 || 2 + n >= destination.Length)
        {
            return false;
        }

        var index = 2 + n;
        TextUnit.Set(destination, index++, '.');
        n = TextUnit.WriteNumber(destination, index, Detail);
        if (n < 0)
        {
            return false;
        }

        written = index + n;
        return true;
    }

    private string Format()
    {
#if NETSTANDARD2_0
        Span<char> buffer = stackalloc char[CodeParser.MaxStatusCodeLength];
        FormatCore(buffer, out var length);
        return buffer.Slice(0, length).ToString();
#else
        return string.Create(Length(), this, static (span, code) => code.FormatCore(span, out _));
#endif
    }

    private int Length() => 3 + (Subject >= 100 ? 3 : Subject >= 10 ? 2 : 1) + (Detail >= 100 ? 3 : Detail >= 10 ? 2 : 1);
}
