using System;
using System.Buffers;
using System.Globalization;
using SmtpStatusCodes.Internal;

namespace SmtpStatusCodes;

/// <summary>
/// Reads complete SMTP replies from UTF-8 bytes (lines ending in CRLF or a bare LF) without allocating: every line must
/// carry the same reply code (RFC 5321 section 4.2), and a mismatch is an error that names the line. Reads a
/// <see cref="ReadOnlySpan{T}"/> or, as System.IO.Pipelines hands data over, a <see cref="ReadOnlySequence{T}"/>.
/// </summary>
/// <example>
/// <code>
/// var reader = new Utf8ReplyReader(buffer);
/// while (reader.TryRead(out var reply)) { Handle(reply.Code, reply.StatusCode); }
/// if (reader.Status == ReplyReadStatus.Invalid) { Log(reader.ErrorMessage); }
///
/// // From a PipeReader: replies inside one segment are read in place, others are copied into the scratch buffer.
/// var result = await pipe.ReadAsync();
/// var reader = new Utf8ReplyReader(result.Buffer, scratch, isFinalBlock: result.IsCompleted);
/// while (reader.TryRead(out var reply)) { Handle(reply.Code, reply.StatusCode); }
/// pipe.AdvanceTo(reader.Position, result.Buffer.End);
/// </code>
/// </example>
public ref struct Utf8ReplyReader
{
    /// <summary>The longest line RFC 5321 section 4.5.3.1.5 allows, with its CRLF.</summary>
    internal const int RfcMaxLineLength = 512;

    private readonly ReadOnlySpan<byte> _buffer;
    private readonly ReadOnlySequence<byte> _sequence;
    private readonly Span<byte> _scratch;
    private readonly bool _isSequence;
    private readonly bool _isFinalBlock;
    private readonly int _maxLineLength;
    private SequencePosition _position;
    private int _lineNumber;

    /// <summary>Creates a reader over <paramref name="buffer"/>, a final block of data with no line length limit.</summary>
    /// <param name="buffer">UTF-8 text of zero or more replies.</param>
    public Utf8ReplyReader(ReadOnlySpan<byte> buffer)
        : this(buffer, true, 0)
    {
    }

    /// <summary>Creates a reader over <paramref name="buffer"/> with no line length limit.</summary>
    /// <param name="buffer">UTF-8 text of zero or more replies.</param>
    /// <param name="isFinalBlock">True when no more data will follow, so a last line without a line end still counts
    /// and data that ends inside a reply is an error; false when reading from a stream, where such data may be
    /// incomplete (<see cref="ReplyReadStatus.NeedMoreData"/>).</param>
    public Utf8ReplyReader(ReadOnlySpan<byte> buffer, bool isFinalBlock)
        : this(buffer, isFinalBlock, 0)
    {
    }

    /// <summary>Creates a reader over <paramref name="buffer"/>.</summary>
    /// <param name="buffer">UTF-8 text of zero or more replies.</param>
    /// <param name="isFinalBlock">As for <see cref="Utf8ReplyReader(ReadOnlySpan{byte}, bool)"/>.</param>
    /// <param name="maxLineLength">Lines longer than this (in bytes, with the line end) are rejected; 0 means no limit.
    /// Lines over the RFC's 512 octets are always accepted below this limit and flagged by <see cref="Utf8Reply.HasOverlongLine"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxLineLength"/> is negative.</exception>
    public Utf8ReplyReader(ReadOnlySpan<byte> buffer, bool isFinalBlock, int maxLineLength)
    {
        this = default;
        _buffer = buffer;
        _isFinalBlock = isFinalBlock;
        _maxLineLength = CheckMaxLineLength(maxLineLength);
    }

    /// <summary>
    /// Creates a reader over a <see cref="ReadOnlySequence{T}"/>. A reply inside one segment is read in place; a reply
    /// that spans segments is copied into <paramref name="scratch"/>, and one longer than it is an error.
    /// </summary>
    /// <param name="buffer">UTF-8 text of zero or more replies, e.g. <c>ReadResult.Buffer</c>.</param>
    /// <param name="scratch">Room for a reply that spans segments, e.g. <c>stackalloc byte[4096]</c>; it may be empty
    /// when every reply lies inside one segment. Replies read from it are valid until it is reused.</param>
    /// <param name="isFinalBlock">As for <see cref="Utf8ReplyReader(ReadOnlySpan{byte}, bool)"/>; from a pipe, pass
    /// <c>ReadResult.IsCompleted</c>.</param>
    public Utf8ReplyReader(ReadOnlySequence<byte> buffer, Span<byte> scratch, bool isFinalBlock)
        : this(buffer, scratch, isFinalBlock, 0)
    {
    }

    /// <summary>
    /// Creates a reader over a <see cref="ReadOnlySequence{T}"/> with a line length limit; see
    /// <see cref="Utf8ReplyReader(ReadOnlySequence{byte}, Span{byte}, bool)"/>.
    /// </summary>
    /// <param name="buffer">UTF-8 text of zero or more replies, e.g. <c>ReadResult.Buffer</c>.</param>
    /// <param name="scratch">Room for a reply that spans segments.</param>
    /// <param name="isFinalBlock">As for <see cref="Utf8ReplyReader(ReadOnlySpan{byte}, bool)"/>; from a pipe, pass
    /// <c>ReadResult.IsCompleted</c>.</param>
    /// <param name="maxLineLength">As for <see cref="Utf8ReplyReader(ReadOnlySpan{byte}, bool, int)"/>: 0 means no limit.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxLineLength"/> is negative.</exception>
    public Utf8ReplyReader(ReadOnlySequence<byte> buffer, Span<byte> scratch, bool isFinalBlock, int maxLineLength)
    {
        this = default;
        _sequence = buffer;
        _scratch = scratch;
        _isSequence = true;
        _position = buffer.Start;
        _isFinalBlock = isFinalBlock;
        _maxLineLength = CheckMaxLineLength(maxLineLength);
    }

    /// <summary>How many bytes the replies read so far take up, from the start of the input.</summary>
    public long Consumed { get; private set; }

    /// <summary>
    /// Where the unread data starts: for a sequence, the position after the last complete reply (pass it to
    /// <c>PipeReader.AdvanceTo</c> as consumed); for a span, a position with no object and <see cref="Consumed"/> as its integer.
    /// </summary>
    public readonly SequencePosition Position => _isSequence ? _position : new SequencePosition(null, (int)Consumed);

    /// <summary>
    /// Why the last <see cref="TryRead(out Utf8Reply)"/> returned what it did; <see cref="ReplyReadStatus.None"/> before
    /// the first call.
    /// </summary>
    public ReplyReadStatus Status { get; private set; }

    /// <summary>The 1-based line (counted from the start of the input) where the data became invalid; 0 when it is not invalid.</summary>
    public int ErrorLine { get; private set; }

    /// <summary>What is wrong when <see cref="Status"/> is <see cref="ReplyReadStatus.Invalid"/>; null otherwise.</summary>
    public string? ErrorMessage { get; private set; }

    /// <summary>Reads the next complete reply.</summary>
    /// <param name="reply">The reply, valid while the input (or, for a reply that spans segments, the scratch buffer) is.</param>
    /// <returns>True when a reply was read; otherwise <see cref="Status"/> says whether the data ended, is incomplete or
    /// is invalid. An invalid reader stays invalid.</returns>
    public bool TryRead(out Utf8Reply reply)
    {
        reply = default;
        if (Status == ReplyReadStatus.Invalid)
        {
            return false;
        }

        return _isSequence ? TryReadSequence(out reply) : TryReadSpan(out reply);
    }

    private static int CheckMaxLineLength(int maxLineLength) => maxLineLength >= 0
        ? maxLineLength
        : throw new ArgumentOutOfRangeException(nameof(maxLineLength), maxLineLength, "The maximum line length must be 0 (no limit) or positive.");

    /// <summary>Copies whole lines of the reply at the start of <paramref name="data"/> into <paramref name="scratch"/>,
    /// up to the line that ends it (or makes it invalid), the end of the data or the end of the scratch buffer.</summary>
    private static int CopyReply(ReadOnlySequence<byte> data, Span<byte> scratch, out bool full)
    {
        full = false;
        var copied = 0;
        var lineStart = 0;
        foreach (var memory in data)
        {
            var span = memory.Span;
            while (!span.IsEmpty)
            {
                var newline = span.IndexOf((byte)'\n');
                var take = newline < 0 ? span.Length : newline + 1;
                if (take > scratch.Length - copied)
                {
                    span.Slice(0, scratch.Length - copied).CopyTo(scratch.Slice(copied));
                    full = true;
                    return scratch.Length;
                }

                span.Slice(0, take).CopyTo(scratch.Slice(copied));
                copied += take;
                span = span.Slice(take);
                if (newline >= 0)
                {
                    if (LineParser.Parse(scratch.Slice(lineStart, copied - lineStart), out var parts, out _) != ParseError.None || parts.IsLast)
                    {
                        return copied;
                    }

                    lineStart = copied;
                }
            }
        }

        return copied;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string TooLong(int line, int limit) =>
        $"line {Number(line)} is longer than the maximum of {Number(limit)} bytes (with its line end)";

    private bool TryReadSpan(out Utf8Reply reply)
    {
        var status = ReadReply(_buffer.Slice((int)Consumed), _isFinalBlock, out reply, out var length, out var lines);
        if (status == ReplyReadStatus.Complete)
        {
            Accept(length, lines);
            return true;
        }

        Status = status;
        return false;
    }

    private bool TryReadSequence(out Utf8Reply reply)
    {
        var rest = _sequence.Slice(_position);
        if (rest.IsEmpty)
        {
            reply = default;
            Status = ReplyReadStatus.End;
            return false;
        }

        // Most replies lie inside one segment: read them in place, from the first segment that is not empty.
        var start = rest.Start;
        var next = start;
        while (rest.TryGet(ref next, out var memory) && memory.IsEmpty)
        {
            start = next;
        }

        rest = rest.Slice(start);
        var first = rest.First.Span;
        var single = first.Length == rest.Length;
        var status = ReadReply(first, _isFinalBlock && single, out reply, out var length, out var lines);
        if (!single && status is ReplyReadStatus.NeedMoreData or ReplyReadStatus.End)
        {
            var copied = CopyReply(rest, _scratch, out var full);
            status = ReadReply(_scratch.Slice(0, copied), _isFinalBlock && copied == rest.Length, out reply, out length, out lines);
            if (full && status is ReplyReadStatus.NeedMoreData or ReplyReadStatus.End)
            {
                return Fail(
                    _lineNumber + 1,
                    $"the reply that starts at line {Number(_lineNumber + 1)} spans segments and is longer than the scratch buffer of {Number(_scratch.Length)} bytes");
            }
        }

        if (status == ReplyReadStatus.Complete)
        {
            _position = rest.GetPosition(length);
            Accept(length, lines);
            return true;
        }

        Status = status;
        return false;
    }

    private void Accept(int length, int lines)
    {
        Consumed += length;
        _lineNumber += lines;
        Status = ReplyReadStatus.Complete;
    }

    /// <summary>Reads the reply at the start of <paramref name="data"/>; on Invalid, records the error.</summary>
    private ReplyReadStatus ReadReply(ReadOnlySpan<byte> data, bool isFinalBlock, out Utf8Reply reply, out int length, out int lines)
    {
        reply = default;
        length = 0;
        lines = 0;
        var limit = _maxLineLength == 0 ? int.MaxValue : _maxLineLength;
        var position = 0;
        var code = 0;
        var status = 0;
        var disagree = false;
        var overlong = false;
        while (true)
        {
            if (position >= data.Length)
            {
                if (position == 0)
                {
                    return ReplyReadStatus.End;
                }

                if (!isFinalBlock)
                {
                    return ReplyReadStatus.NeedMoreData;
                }

                var last = _lineNumber + lines;
                Fail(last, $"the data ends after line {Number(last)}, inside a reply: that line has '-' after its code, so another line of the reply must follow (RFC 5321 section 4.2)");
                return ReplyReadStatus.Invalid;
            }

            var rest = data.Slice(position);
            var newline = rest.IndexOf((byte)'\n');
            if (newline < 0 && !isFinalBlock)
            {
                if (rest.Length > limit)
                {
                    Fail(_lineNumber + lines + 1, TooLong(_lineNumber + lines + 1, limit));
                    return ReplyReadStatus.Invalid;
                }

                return ReplyReadStatus.NeedMoreData;
            }

            var line = newline < 0 ? rest : rest.Slice(0, newline + 1);
            lines++;
            var number = _lineNumber + lines;
            if (line.Length > limit)
            {
                Fail(number, TooLong(number, limit));
                return ReplyReadStatus.Invalid;
            }

            // 512 octets with CRLF: a bare LF line counts as if it ended in CRLF.
            if (LineParser.ContentLength(line) + 2 > RfcMaxLineLength)
            {
                overlong = true;
            }

            var error = LineParser.Parse(line, out var parts, out var errorPosition);
            if (error != ParseError.None)
            {
                Fail(number, $"line {Number(number)} is not a reply line: {LineParser.Reason(line, error, errorPosition)}");
                return ReplyReadStatus.Invalid;
            }

            if (lines == 1)
            {
                code = parts.Code;
            }
            else if (parts.Code != code)
            {
                Fail(number, $"line {Number(number)} has reply code {Number(parts.Code)}, but the reply began with {Number(code)}; every line of a reply must carry the same code (RFC 5321 section 4.2)");
                return ReplyReadStatus.Invalid;
            }
            else
            {
                disagree |= parts.StatusPacked != status;
            }

            status = parts.StatusPacked;
            position += line.Length;
            if (parts.IsLast)
            {
                break;
            }
        }

        reply = new Utf8Reply(data.Slice(0, position), code, status, lines, disagree, overlong);
        length = position;
        return ReplyReadStatus.Complete;
    }

    private bool Fail(int line, string message)
    {
        ErrorLine = line;
        ErrorMessage = message;
        Status = ReplyReadStatus.Invalid;
        return false;
    }
}
