using System;
using System.Buffers;
using System.Collections.Generic;

namespace SmtpStatusCodes.Tests.TestSupport;

/// <summary>Builds multi-segment sequences, as System.IO.Pipelines hands them over.</summary>
internal static class Segments
{
    public static ReadOnlySequence<byte> Split(byte[] data, int segmentLength)
    {
        var lengths = new List<int>();
        for (var offset = 0; offset < data.Length; offset += segmentLength)
        {
            lengths.Add(Math.Min(segmentLength, data.Length - offset));
        }

        return Cut(data, lengths.ToArray());
    }

    /// <summary>Cuts <paramref name="data"/> into segments of the given lengths (0 makes an empty segment); the rest is the last segment.</summary>
    public static ReadOnlySequence<byte> Cut(byte[] data, params int[] lengths)
    {
        Segment? first = null;
        Segment? last = null;
        var offset = 0;
        var all = new List<int>();
        foreach (var length in lengths)
        {
            all.Add(Math.Min(length, data.Length - offset));
            offset += all[^1];
        }

        if (offset < data.Length)
        {
            all.Add(data.Length - offset);
        }

        offset = 0;
        foreach (var length in all)
        {
            var memory = new ReadOnlyMemory<byte>(data, offset, length);
            var segment = new Segment(memory, offset);
            if (first is null)
            {
                first = segment;
            }
            else
            {
                last!.SetNext(segment);
            }

            last = segment;
            offset += length;
        }

        return first is null ? ReadOnlySequence<byte>.Empty : new ReadOnlySequence<byte>(first, 0, last!, last!.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public void SetNext(Segment next) => Next = next;
    }
}
