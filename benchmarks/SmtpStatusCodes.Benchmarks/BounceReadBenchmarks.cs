using System.IO;
using BenchmarkDotNet.Attributes;
using MimeKit;
using SmtpStatusCodes.MimeKit;

namespace SmtpStatusCodes.Benchmarks;

/// <summary>
/// Reading every corpus bounce (<see cref="BounceCorpus"/>) into a <see cref="BounceReport"/>, from bytes in memory:
/// MimeKit's parse alone (the baseline), the parse and <see cref="BounceReport.Read"/>, and
/// <see cref="BounceReport.Read"/> alone over messages parsed in setup. Times are per message (the mean over all
/// <see cref="MessageCount"/>). The <c>Persistent</c> pair parses with <c>persistent: true</c>, MimeKit's mode for a
/// stream that outlives the message (bytes in memory, a file kept open): part contents are read from the stream when
/// needed instead of being copied at parse time. A bounce report reads only the small parts, so the copies of the
/// returned original that the default parse makes are wasted work.
/// </summary>
[MemoryDiagnoser]
public class BounceReadBenchmarks
{
    /// <summary>How many messages one operation reads; <see cref="BenchmarkAgreement.BounceRead"/> checks it.</summary>
    public const int MessageCount = 406;

    private byte[][] _bytes = [];
    private MimeMessage[] _parsed = [];

    [GlobalSetup]
    public void Setup()
    {
        _bytes = BounceCorpus.Messages;
        _parsed = new MimeMessage[_bytes.Length];
        for (var i = 0; i < _bytes.Length; i++)
        {
            _parsed[i] = Parse(_bytes[i]);
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = MessageCount)]
    public int MimeKitParse()
    {
        var count = 0;
        foreach (var bytes in _bytes)
        {
            count += Parse(bytes).Headers.Count;
        }

        return count;
    }

    [Benchmark(OperationsPerInvoke = MessageCount)]
    public int ParseAndRead()
    {
        var count = 0;
        foreach (var bytes in _bytes)
        {
            count += BounceReport.Read(Parse(bytes)).Recipients.Count;
        }

        return count;
    }

    [Benchmark(OperationsPerInvoke = MessageCount)]
    public int MimeKitParsePersistent()
    {
        var count = 0;
        foreach (var bytes in _bytes)
        {
            count += ParsePersistent(bytes).Headers.Count;
        }

        return count;
    }

    [Benchmark(OperationsPerInvoke = MessageCount)]
    public int ParsePersistentAndRead()
    {
        var count = 0;
        foreach (var bytes in _bytes)
        {
            count += BounceReport.Read(ParsePersistent(bytes)).Recipients.Count;
        }

        return count;
    }

    [Benchmark(OperationsPerInvoke = MessageCount)]
    public int ReadParsed()
    {
        var count = 0;
        foreach (var message in _parsed)
        {
            count += BounceReport.Read(message).Recipients.Count;
        }

        return count;
    }

    /// <summary>
    /// MimeKit's parse of one message held in memory with <c>persistent: true</c>. The stream is not disposed: the
    /// message's parts read their content from it (a <see cref="MemoryStream"/> over an array holds nothing else).
    /// </summary>
    public static MimeMessage ParsePersistent(byte[] bytes) => MimeMessage.Load(new MemoryStream(bytes, writable: false), persistent: true);

    /// <summary>MimeKit's parse of one message held in memory.</summary>
    public static MimeMessage Parse(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return MimeMessage.Load(stream);
    }
}
