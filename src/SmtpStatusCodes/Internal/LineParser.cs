using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SmtpStatusCodes.Internal;

/// <summary>Where the parts of a parsed reply line are; offsets into the line as given.</summary>
internal readonly struct LineParts
{
    public LineParts(int code, bool isLast, int statusPacked, int textStart, int textLength)
    {
        Code = code;
        IsLast = isLast;
        StatusPacked = statusPacked;
        TextStart = textStart;
        TextLength = textLength;
    }

    public int Code { get; }

    public bool IsLast { get; }

    /// <summary>The packed enhanced code, or 0 when the line has none.</summary>
    public int StatusPacked { get; }

    public int TextStart { get; }

    public int TextLength { get; }
}

/// <summary>The reply-line grammar of RFC 5321 section 4.2 with the enhanced code of RFC 2034, over chars or bytes.</summary>
internal static class LineParser
{
    /// <summary>
    /// Parses one line: code, separator, optional enhanced code, text. The line end (a trailing CRLF, LF or lone CR) is
    /// ignored; a CR or LF anywhere else is an error, so no text ever holds a line break.
    /// </summary>
    public static ParseError Parse<T>(ReadOnlySpan<T> line, out LineParts parts, out int position)
        where T : unmanaged
    {
        parts = default;
        var length = ContentLength(line);
        var lineBreak = IndexOfLineBreak(line.Slice(0, length));
        if (lineBreak >= 0)
        {
            position = lineBreak;
            return ParseError.LineBreak;
        }

        if (length < 3)
        {
            position = length;
            return length == 0 ? ParseError.Empty : ParseError.TooShort;
        }

        var error = CodeParser.ReadReplyDigits(line, out var code, out position);
        if (error != ParseError.None)
        {
            return error;
        }

        if (length == 3)
        {
            // RFC 5321 s4.2: clients must accept the bare code, with or without a space.
            parts = new LineParts(code, true, 0, 3, 0);
            return ParseError.None;
        }

        var separator = TextUnit.At(line, 3);
        if (separator != ' ' && separator != '-')
        {
            position = 3;
            return ParseError.TrailingCharacter;
        }

        var textStart = 4;
        var status = 0;
        // RFC 2034 s4: the enhanced code starts the text of 2xx, 4xx and 5xx lines and is followed by a space or the end.
        if (code / 100 != 3 && textStart < length)
        {
            var tokenEnd = textStart;
            var limit = Math.Min(length, textStart + CodeParser.MaxStatusCodeLength + 1);
            while (tokenEnd < limit && TextUnit.At(line, tokenEnd) != ' ')
            {
                tokenEnd++;
            }

            if ((tokenEnd == length || TextUnit.At(line, tokenEnd) == ' ')
                && CodeParser.TryParseStatusCode(line.Slice(textStart, tokenEnd - textStart), out var packed))
            {
                status = packed;
                textStart = tokenEnd;
                while (textStart < length && TextUnit.At(line, textStart) == ' ')
                {
                    textStart++;
                }
            }
        }

        parts = new LineParts(code, separator == ' ', status, textStart, length - textStart);
        position = 0;
        return ParseError.None;
    }

    /// <summary>
    /// The length of the line without its line end: a trailing LF, CRLF, or a lone CR (what is left of a CRLF line
    /// split at its LF, or the last line of final data).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ContentLength<T>(ReadOnlySpan<T> line)
        where T : unmanaged
    {
        var length = line.Length;
        if (length > 0 && TextUnit.At(line, length - 1) == '\n')
        {
            length--;
        }

        if (length > 0 && TextUnit.At(line, length - 1) == '\r')
        {
            length--;
        }

        return length;
    }

    /// <summary>The index of the first CR or LF, or -1.</summary>
    private static int IndexOfLineBreak<T>(ReadOnlySpan<T> content)
        where T : unmanaged
    {
        if (typeof(T) == typeof(byte))
        {
            return MemoryMarshal.Cast<T, byte>(content).IndexOfAny((byte)'\r', (byte)'\n');
        }

        return MemoryMarshal.Cast<T, char>(content).IndexOfAny('\r', '\n');
    }

    public static string Reason<T>(ReadOnlySpan<T> line, ParseError error, int position)
        where T : unmanaged => error switch
        {
            ParseError.Empty => "the line is empty",
            ParseError.TooShort => "the line is shorter than a three-digit reply code",
            ParseError.LineBreak => $"a line break ({TextUnit.Describe(line, position)}) at position {position.ToString(CultureInfo.InvariantCulture)} inside the line; CR and LF may only end a line (RFC 5321 section 2.3.8), so read multi-line replies with SmtpReply.Parse or Utf8ReplyReader",
            ParseError.TrailingCharacter => $"expected ' ', '-' or the end of the line after the reply code at position 3, found {TextUnit.Describe(line, position)}",
            _ => ParseErrors.ReplyCodeReason(line.Slice(0, 3), error, position),
        };
}
