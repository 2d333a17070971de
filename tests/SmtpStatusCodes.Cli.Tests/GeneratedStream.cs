using System;
using System.IO;

namespace SmtpStatusCodes.Cli.Tests;

/// <summary>
/// A read-only stream of <paramref name="length"/> bytes made on the fly from a head, a repeated filler and a tail,
/// so a test can feed 100 MB without holding it. <see cref="OnRead"/> sees the position before each read.
/// </summary>
internal sealed class GeneratedStream(byte[] head, byte[] filler, byte[] tail, long length) : Stream
{
    private long _position;

    public Action<long>? OnRead { get; init; }

    /// <summary>The most bytes one read hands out, to act like a terminal or a pipe that delivers a little at a time.</summary>
    public int MaxRead { get; init; } = int.MaxValue;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        OnRead?.Invoke(_position);
        var n = 0;
        count = Math.Min(count, MaxRead);
        while (n < count && _position < length)
        {
            buffer[offset + n++] = ByteAt(_position++);
        }

        return n;
    }

    private byte ByteAt(long position)
    {
        if (position < head.Length)
        {
            return head[position];
        }

        var fromEnd = length - position;
        if (fromEnd <= tail.Length)
        {
            return tail[tail.Length - fromEnd];
        }

        return filler[(position - head.Length) % filler.Length];
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
