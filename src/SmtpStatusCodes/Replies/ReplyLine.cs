using System;
using SmtpStatusCodes.Internal;

namespace SmtpStatusCodes;

/// <summary>
/// One line of an SMTP reply (RFC 5321 section 4.2), such as <c>550-5.1.1 The email account does not exist</c>, read
/// without copying: <see cref="Text"/> is a slice of the line. For UTF-8 input see <see cref="Utf8ReplyLine"/>; to keep
/// a reply beyond the buffer's life (async code, collections), use <see cref="ToReply"/>.
/// </summary>
public readonly ref struct ReplyLine
{
    private readonly LineParts _parts;

    private ReplyLine(ReadOnlySpan<char> line, LineParts parts)
    {
        _parts = parts;
        Line = line.Slice(0, LineParser.ContentLength(line));
    }

    /// <summary>The reply code.</summary>
    public ReplyCode Code => ReplyCode.FromValue(_parts.Code);

    /// <summary>True when this is the last line of its reply (a space or nothing after the code); false for <c>550-</c>.</summary>
    public bool IsLast => _parts.IsLast;

    /// <summary>The enhanced status code at the start of the text (RFC 2034), or null when the line carries none.
    /// Never read from 3xx lines, which RFC 2034 excludes.</summary>
    public StatusCode? StatusCode => _parts.StatusPacked == 0 ? null : SmtpStatusCodes.StatusCode.FromPacked(_parts.StatusPacked);

    /// <summary>The text after the separator and, when present, after the enhanced code and the spaces that follow it; no CR/LF.</summary>
    public ReadOnlySpan<char> Text => Line.Slice(_parts.TextStart, _parts.TextLength);

    /// <summary>The whole line without its line end.</summary>
    public ReadOnlySpan<char> Line { get; }

    /// <summary>
    /// False when the enhanced code's class differs from the reply code's first digit (<c>550 4.1.1</c>), which RFC 2034
    /// section 4 forbids. Both codes stay available, so the caller decides which to trust.
    /// </summary>
    public bool IsConsistent => _parts.StatusPacked == 0 || CodePacking.Class(_parts.StatusPacked) == _parts.Code / 100;

    /// <summary>Parses one reply line, with or without its line end (CRLF, LF, or a lone CR at the very end, as left by
    /// splitting CRLF text at LF). A CR or LF anywhere else makes the line invalid.</summary>
    /// <param name="line">The line.</param>
    /// <param name="reply">The parsed line, or <c>default</c>.</param>
    /// <returns>True when the line starts with a valid reply code followed by a space, a hyphen or the end.</returns>
    public static bool TryParse(ReadOnlySpan<char> line, out ReplyLine reply)
    {
        var ok = LineParser.Parse(line, out var parts, out _) == ParseError.None;
        reply = ok ? new ReplyLine(line, parts) : default;
        return ok;
    }

    /// <summary>Parses one reply line.</summary>
    /// <param name="line">The line.</param>
    /// <returns>The parsed line.</returns>
    /// <exception cref="FormatException">The line is not a reply line; the message says why and where.</exception>
    public static ReplyLine Parse(ReadOnlySpan<char> line)
    {
        var error = LineParser.Parse(line, out var parts, out var position);
        return error == ParseError.None
            ? new ReplyLine(line, parts)
            : throw new FormatException($"Invalid SMTP reply line {TextUnit.Quote(line)}: {LineParser.Reason(line, error, position)}.");
    }

    /// <summary>Copies the line into an owned <see cref="SmtpReply"/> of one line.</summary>
    /// <returns>The reply.</returns>
    public SmtpReply ToReply() => new(Code, [Text.ToString()], [StatusCode], IsConsistent, false);
}
