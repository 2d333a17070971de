using System;
using SmtpStatusCodes.Internal;

namespace SmtpStatusCodes;

/// <summary>
/// One line of an SMTP reply read from UTF-8 bytes without copying: the byte twin of <see cref="ReplyLine"/>.
/// Text after the code may be UTF-8 (RFC 6531 allows it in some replies); it is returned as bytes, unvalidated.
/// </summary>
public readonly ref struct Utf8ReplyLine
{
    private readonly LineParts _parts;

    private Utf8ReplyLine(ReadOnlySpan<byte> line, LineParts parts)
    {
        _parts = parts;
        Line = line.Slice(0, LineParser.ContentLength(line));
    }

    /// <summary>The reply code.</summary>
    public ReplyCode Code => ReplyCode.FromValue(_parts.Code);

    /// <summary>True when this is the last line of its reply; false for <c>550-</c>.</summary>
    public bool IsLast => _parts.IsLast;

    /// <summary>The enhanced status code at the start of the text (RFC 2034), or null.</summary>
    public StatusCode? StatusCode => _parts.StatusPacked == 0 ? null : SmtpStatusCodes.StatusCode.FromPacked(_parts.StatusPacked);

    /// <summary>The text after the separator and the enhanced code, as UTF-8; no CR/LF.</summary>
    public ReadOnlySpan<byte> Text => Line.Slice(_parts.TextStart, _parts.TextLength);

    /// <summary>The whole line without its line end.</summary>
    public ReadOnlySpan<byte> Line { get; }

    /// <summary>False when the enhanced code's class differs from the reply code's first digit (RFC 2034 section 4).</summary>
    public bool IsConsistent => _parts.StatusPacked == 0 || CodePacking.Class(_parts.StatusPacked) == _parts.Code / 100;

    /// <summary>Parses one UTF-8 reply line, with or without its line end (CRLF, LF, or a lone CR at the very end). A CR or
    /// LF anywhere else makes the line invalid.</summary>
    /// <param name="line">The line.</param>
    /// <param name="reply">The parsed line, or <c>default</c>.</param>
    /// <returns>True when the line starts with a valid reply code followed by a space, a hyphen or the end.</returns>
    public static bool TryParse(ReadOnlySpan<byte> line, out Utf8ReplyLine reply)
    {
        var ok = LineParser.Parse(line, out var parts, out _) == ParseError.None;
        reply = ok ? new Utf8ReplyLine(line, parts) : default;
        return ok;
    }

    /// <summary>Parses one UTF-8 reply line.</summary>
    /// <param name="line">The line.</param>
    /// <returns>The parsed line.</returns>
    /// <exception cref="FormatException">The line is not a reply line; the message says why and where.</exception>
    public static Utf8ReplyLine Parse(ReadOnlySpan<byte> line)
    {
        var error = LineParser.Parse(line, out var parts, out var position);
        return error == ParseError.None
            ? new Utf8ReplyLine(line, parts)
            : throw new FormatException($"Invalid SMTP reply line {TextUnit.Quote(line)}: {LineParser.Reason(line, error, position)}.");
    }

    /// <summary>Copies the line into an owned <see cref="SmtpReply"/> of one line (the text decoded as UTF-8).</summary>
    /// <returns>The reply.</returns>
    public SmtpReply ToReply() => new(Code, [Utf8.Decode(Text)], [StatusCode], IsConsistent, false);
}
