using System;
using System.Buffers;
using System.Globalization;
using SmtpStatusCodes.Internal;

namespace SmtpStatusCodes;

/// <summary>
/// Reads complete SMTP replies from UTF-8 bytes (lines ending in CRLF or a bare LF) without allocating: every line must
/// carry the same reply code (RFC 5321 section 4.2), and a mismatch is an error that names the line.
/// </summary>
/// <example>
/// <code>
/// var reader = new Utf8ReplyReader(buffer);
/// while (reader.TryRead(out var reply)) { Handle(reply.Code, reply.StatusCode); }
/// if (reader.Status == ReplyReadStatus.Invalid) { Log(reader.ErrorMessage); }
/// </code>
/// </example>
public ref struct Utf8ReplyReader
{
    /// <summary>The longest line RFC 5321 section 4.5.3.1.5 allows, with its CRLF.</summary>
    public const int RfcMaxLineLength = 512;

    private readonly ReadOnlySpan<byte> _buffer;
    private readonly bool _isFinalBlock;
    private readonly int _maxLineLength;
    private int _lineNumber;
    private ReplyError _error;
    private int _errorLine;
    private int _errorValue;
    private int _expectedCode;

    /// <summary>Creates a reader over <paramref name="buffer"/>.</summary>
    /// <param name="buffer">UTF-8 text of zero or more replies.</param>
    /// <param name="isFinalBlock">True when no more data will follow, so a last line without a line end still counts;
    /// false when reading from a stream, where such a line may be incomplete.</param>
    /// <param name="maxLineLength">Lines longer than this (in bytes, with the line end) are rejected; 0 means no limit.
    /// Lines over the RFC's 512 octets are always accepted below this limit and flagged by <see cref="Utf8Reply.HasOverlongLine"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxLineLength"/> is negative.</exception>
    public Utf8ReplyReader(ReadOnlySpan<byte> buffer, bool isFinalBlock = true, int maxLineLength = 0)
    {
        if (maxLineLength < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxLineLength), maxLineLength, "The maximum line length must be 0 (no limit) or positive.");
        }

        _buffer = buffer;
        _isFinalBlock = isFinalBlock;
        _maxLineLength = maxLineLength == 0 ? int.MaxValue : maxLineLength;
        Consumed = 0;
        Status = ReplyReadStatus.End;
        _lineNumber = 0;
        _error = ReplyError.None;
        _errorLine = 0;
        _errorValue = 0;
        _expectedCode = 0;
    }

    private enum ReplyError
    {
        None,
        BadLine,
        CodeMismatch,
        LineTooLong,
    }

    /// <summary>How many bytes of the buffer the replies read so far take up.</summary>
    public int Consumed { get; private set; }

    /// <summary>Why the last <see cref="TryRead(out Utf8Reply)"/> returned what it did.</summary>
    public ReplyReadStatus Status { get; private set; }

    /// <summary>The 1-based line (counted from the start of the buffer) where the data became invalid; 0 when it is not invalid.</summary>
    public int ErrorLine => _errorLine;

    /// <summary>What is wrong when <see cref="Status"/> is <see cref="ReplyReadStatus.Invalid"/>; null otherwise. Built on request.</summary>
    public string? ErrorMessage
    {
        get
        {
            var line = _errorLine.ToString(CultureInfo.InvariantCulture);
            switch (_error)
            {
                case ReplyError.BadLine:
                    var bad = LineAt(_errorLine);
                    var error = LineParser.Parse(bad, out _, out var position);
                    return $"line {line} is not a reply line: {LineParser.Reason(bad, error, position)}";
                case ReplyError.CodeMismatch:
                    return $"line {line} has reply code {_errorValue.ToString(CultureInfo.InvariantCulture)}, but the reply began with {_expectedCode.ToString(CultureInfo.InvariantCulture)}; every line of a reply must carry the same code (RFC 5321 section 4.2)";
                case ReplyError.LineTooLong:
                    return $"line {line} is {_errorValue.ToString(CultureInfo.InvariantCulture)} bytes long, more than the maximum of {_maxLineLength.ToString(CultureInfo.InvariantCulture)}";
                default:
                    return null;
            }
        }
    }

    /// <summary>Reads the next complete reply.</summary>
    /// <param name="reply">The reply, valid while the buffer is.</param>
    /// <returns>True when a reply was read; otherwise <see cref="Status"/> says whether the data ended, is incomplete or is invalid.</returns>
    public bool TryRead(out Utf8Reply reply)
    {
        reply = default;
        if (Status == ReplyReadStatus.Invalid)
        {
            return false;
        }

        var start = Consumed;
        var position = start;
        var lineNumber = _lineNumber;
        var code = 0;
        var status = 0;
        var lines = 0;
        var disagree = false;
        var overlong = false;
        while (true)
        {
            if (position >= _buffer.Length)
            {
                Status = position == start ? ReplyReadStatus.End : ReplyReadStatus.NeedMoreData;
                return false;
            }

            var rest = _buffer.Slice(position);
            var newline = rest.IndexOf((byte)'\n');
            if (newline < 0 && !_isFinalBlock)
            {
                if (rest.Length > _maxLineLength)
                {
                    return Fail(ReplyError.LineTooLong, lineNumber + 1, rest.Length);
                }

                Status = ReplyReadStatus.NeedMoreData;
                return false;
            }

            var line = newline < 0 ? rest : rest.Slice(0, newline + 1);
            lineNumber++;
            lines++;
            if (line.Length > _maxLineLength)
            {
                return Fail(ReplyError.LineTooLong, lineNumber, line.Length);
            }

            // 512 octets with CRLF: a bare LF line counts as if it ended in CRLF.
            if (LineParser.ContentLength(line) + 2 > RfcMaxLineLength)
            {
                overlong = true;
            }

            if (LineParser.Parse(line, out var parts, out _) != ParseError.None)
            {
                return Fail(ReplyError.BadLine, lineNumber, 0);
            }

            if (lines == 1)
            {
                code = parts.Code;
                status = parts.StatusPacked;
            }
            else
            {
                if (parts.Code != code)
                {
                    _expectedCode = code;
                    return Fail(ReplyError.CodeMismatch, lineNumber, parts.Code);
                }

                disagree |= parts.StatusPacked != status;
                status = parts.StatusPacked;
            }

            position += line.Length;
            if (parts.IsLast)
            {
                break;
            }
        }

        reply = new Utf8Reply(_buffer.Slice(start, position - start), code, status, lines, disagree, overlong);
        Consumed = position;
        _lineNumber = lineNumber;
        Status = ReplyReadStatus.Complete;
        return true;
    }

    /// <summary>
    /// Reads one reply from the start of a <see cref="ReadOnlySequence{T}"/>, as System.IO.Pipelines hands data over, and
    /// advances <paramref name="buffer"/> past it. A reply that spans segments is copied into <paramref name="scratch"/>
    /// (no allocation); one inside a single segment is read in place.
    /// </summary>
    /// <param name="buffer">The unread data; on <see cref="ReplyReadStatus.Complete"/> it is sliced past the reply.</param>
    /// <param name="scratch">Room for a reply that spans segments, e.g. <c>stackalloc byte[4096]</c>.</param>
    /// <param name="reply">The reply when the result is <see cref="ReplyReadStatus.Complete"/>.</param>
    /// <param name="errorMessage">What is wrong when the result is <see cref="ReplyReadStatus.Invalid"/>.</param>
    /// <param name="maxLineLength">As for the constructor: 0 means no limit.</param>
    /// <returns><see cref="ReplyReadStatus.Complete"/>, <see cref="ReplyReadStatus.NeedMoreData"/> (read more and call
    /// again), <see cref="ReplyReadStatus.End"/> (the buffer is empty) or <see cref="ReplyReadStatus.Invalid"/>.</returns>
    public static ReplyReadStatus TryRead(ref ReadOnlySequence<byte> buffer, Span<byte> scratch, out Utf8Reply reply, out string? errorMessage, int maxLineLength = 0)
    {
        errorMessage = null;
        reply = default;
        if (buffer.IsEmpty)
        {
            return ReplyReadStatus.End;
        }

        ReadOnlySpan<byte> data;
        if (buffer.IsSingleSegment)
        {
            data = buffer.First.Span;
        }
        else
        {
            var length = (int)Math.Min(buffer.Length, scratch.Length);
            buffer.Slice(0, length).CopyTo(scratch);
            data = scratch.Slice(0, length);
        }

        var reader = new Utf8ReplyReader(data, isFinalBlock: false, maxLineLength);
        if (reader.TryRead(out reply))
        {
            buffer = buffer.Slice(reader.Consumed);
            return ReplyReadStatus.Complete;
        }

        if (reader.Status == ReplyReadStatus.NeedMoreData && !buffer.IsSingleSegment && buffer.Length >= scratch.Length)
        {
            errorMessage = $"the reply is longer than the scratch buffer of {scratch.Length.ToString(CultureInfo.InvariantCulture)} bytes";
            return ReplyReadStatus.Invalid;
        }

        errorMessage = reader.ErrorMessage;
        return reader.Status;
    }

    private bool Fail(ReplyError error, int line, int value)
    {
        _error = error;
        _errorLine = line;
        _errorValue = value;
        Status = ReplyReadStatus.Invalid;
        return false;
    }

    private readonly ReadOnlySpan<byte> LineAt(int number)
    {
        var rest = _buffer;
        for (var i = 1; i < number; i++)
        {
            var nl = rest.IndexOf((byte)'\n');
            rest = nl < 0 ? default : rest.Slice(nl + 1);
        }

        var end = rest.IndexOf((byte)'\n');
        return end < 0 ? rest : rest.Slice(0, end + 1);
    }
}
