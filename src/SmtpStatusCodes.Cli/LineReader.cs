using System;
using System.IO;
using System.Text;

namespace SmtpStatusCodes.Cli;

/// <summary>
/// Reads text one line at a time from a stream of any size in a fixed buffer: memory stays bounded by
/// <see cref="MaxLineBytes"/> however large the input. A longer line is handed out in pieces, cut at white space that
/// does not follow a digit (so <c>550 5.1.1</c> stays whole) or, failing that, between UTF-8 sequences; a piece keeps
/// the line number of its line. Invalid UTF-8 becomes U+FFFD and is counted; a NUL byte means the input is binary.
/// </summary>
internal sealed class LineReader
{
    /// <summary>The longest piece of a line handed out at once.</summary>
    public const int MaxLineBytes = 64 * 1024;

    private readonly Stream _stream;
    private readonly string _inputName;
    private readonly byte[] _buffer = new byte[MaxLineBytes * 2];
    private readonly char[] _chars = new char[MaxLineBytes];
    private int _start;
    private int _end;
    private long _bufferOffset;
    private bool _endOfStream;
    private bool _continuesLine;
    private bool _atStart = true;

    public LineReader(Stream stream, string inputName)
    {
        _stream = stream;
        _inputName = inputName;
    }

    /// <summary>The 1-based number of the line last read.</summary>
    public long LineNumber { get; private set; }

    /// <summary>How many lines (or pieces) held bytes that are not valid UTF-8.</summary>
    public long InvalidUtf8Lines { get; private set; }

    /// <summary>Reads the next line without its line break.</summary>
    /// <param name="line">The line's text, valid until the next call.</param>
    /// <returns>False at the end of the input.</returns>
    /// <exception cref="UnreadableInputException">The input holds a NUL byte, or reading failed.</exception>
    public bool TryReadLine(out ReadOnlySpan<char> line)
    {
        while (true)
        {
            var pending = _buffer.AsSpan(_start, _end - _start);
            var newline = pending.IndexOf((byte)'\n');
            if (newline >= 0)
            {
                line = Emit(newline, newline + 1, endsLine: true);
                return true;
            }

            if (pending.Length >= MaxLineBytes)
            {
                var cut = CutPoint(pending.Slice(0, MaxLineBytes));
                line = Emit(cut, cut, endsLine: false);
                return true;
            }

            if (_endOfStream)
            {
                if (pending.Length == 0)
                {
                    line = default;
                    return false;
                }

                line = Emit(pending.Length, pending.Length, endsLine: true);
                return true;
            }

            Fill();
        }
    }

    private ReadOnlySpan<char> Emit(int length, int consumed, bool endsLine)
    {
        var bytes = _buffer.AsSpan(_start, length);
        if (_atStart && bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes.Slice(3);
        }

        _atStart = false;
        if (!bytes.IsEmpty && bytes[^1] == '\r')
        {
            bytes = bytes.Slice(0, bytes.Length - 1);
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            var offset = _bufferOffset + _start + nul;
            throw new UnreadableInputException(
                $"{_inputName} holds binary data (a NUL byte at byte {offset}, line {LineNumber + (_continuesLine ? 0 : 1)}), not text or mail.");
        }

        if (!_continuesLine)
        {
            LineNumber++;
        }

        _continuesLine = !endsLine;
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            InvalidUtf8Lines++;
        }

        var count = Encoding.UTF8.GetChars(bytes, _chars);
        _start += consumed;
        return _chars.AsSpan(0, count);
    }

    /// <summary>Where to cut an over-long line: after white space not preceded by a digit, else between UTF-8 sequences.</summary>
    private static int CutPoint(ReadOnlySpan<byte> piece)
    {
        for (var i = piece.Length - 1; i > piece.Length - 1024; i--)
        {
            if (piece[i] is (byte)' ' or (byte)'\t' && !char.IsAsciiDigit((char)piece[i - 1]))
            {
                return i + 1;
            }
        }

        var cut = piece.Length;
        while (cut > piece.Length - 4 && (piece[cut - 1] & 0xC0) == 0x80)
        {
            cut--;
        }

        // A lead byte just before the cut starts a sequence that continues after it; keep the sequence together.
        return (piece[cut - 1] & 0xC0) == 0xC0 ? cut - 1 : piece.Length;
    }

    private void Fill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _bufferOffset += _start;
            _end -= _start;
            _start = 0;
        }

        try
        {
            var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                _endOfStream = true;
            }

            _end += read;
        }
        catch (IOException e)
        {
            throw new UnreadableInputException($"{_inputName} could not be read: {e.Message}", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new UnreadableInputException($"{_inputName} could not be read: {e.Message}", e);
        }
    }
}
