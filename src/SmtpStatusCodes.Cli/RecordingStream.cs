using System;
using System.IO;

namespace SmtpStatusCodes.Cli;

/// <summary>
/// Reads a stream once while keeping what was read, up to a limit, so the same bytes can be read again: an input is
/// first tried as an email and, when it is none (or too large to be one), explained as text from its first byte.
/// Past the limit, reading throws <see cref="LimitExceededException"/> and the bytes kept so far stay replayable.
/// </summary>
internal sealed class RecordingStream : Stream
{
    private readonly Stream _inner;
    private readonly MemoryStream _recorded = new();
    private readonly long _limit;
    private long _position;
    private bool _recording = true;

    public RecordingStream(Stream inner, long limit)
    {
        _inner = inner;
        _limit = limit;
    }

    /// <summary>Thrown when more than the limit was read while recording.</summary>
    public sealed class LimitExceededException : Exception
    {
        public LimitExceededException(long limit)
            : base($"more than {limit / (1024 * 1024)} MB")
        {
        }
    }

    public ReadOnlySpan<byte> Recorded => _recorded.GetBuffer().AsSpan(0, (int)_recorded.Length);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>Starts reading from the first byte again: the recorded bytes, then the rest of the inner stream.</summary>
    public void Rewind() => _position = 0;

    /// <summary>Reads past the recorded bytes without keeping them (the input is being read as text, streamed).</summary>
    public void StopRecording() => _recording = false;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var recorded = Recorded;
        if (_position < recorded.Length)
        {
            var n = (int)Math.Min(buffer.Length, recorded.Length - _position);
            recorded.Slice((int)_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        if (!_recording)
        {
            var read = _inner.Read(buffer);
            _position += read;
            return read;
        }

        if (_recorded.Length >= _limit)
        {
            throw new LimitExceededException(_limit);
        }

        var count = _inner.Read(buffer[..(int)Math.Min(buffer.Length, _limit - _recorded.Length)]);
        _recorded.Write(buffer[..count]);
        _position += count;
        return count;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
            _recorded.Dispose();
        }

        base.Dispose(disposing);
    }
}
