using System;
using BenchmarkDotNet.Attributes;

namespace SmtpStatusCodes.Benchmarks;

/// <summary>
/// Writing registered codes (<see cref="Inputs.KnownStatusCodes"/>) as text: ours to chars, to UTF-8 and ToString
/// (cached strings) against string interpolation, which allocates, and interpolation into a span, which does not.
/// Each returns the number of units written.
/// </summary>
[MemoryDiagnoser]
public class FormatBenchmarks
{
    private readonly char[] _chars = new char[16];
    private readonly byte[] _bytes = new byte[16];

    public static string OursToString(StatusCode code) => code.ToString();

    public static string Interpolated(StatusCode code) => $"{(int)code.Class}.{code.Subject}.{code.Detail}";

    public static int OursChars(StatusCode code, Span<char> destination) => code.TryFormat(destination, out var written) ? written : -1;

    public static int OursUtf8(StatusCode code, Span<byte> destination) => code.TryFormat(destination, out var written) ? written : -1;

    public static int InterpolatedTryWrite(StatusCode code, Span<char> destination) =>
        destination.TryWrite(System.Globalization.CultureInfo.InvariantCulture, $"{(int)code.Class}.{code.Subject}.{code.Detail}", out var written) ? written : -1;

    [Benchmark(Baseline = true, OperationsPerInvoke = Inputs.KnownCodeCount)]
    public long StringInterpolation()
    {
        long sum = 0;
        foreach (var code in Inputs.KnownStatusCodes)
        {
            sum += Interpolated(code).Length;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Inputs.KnownCodeCount)]
    public long SpanTryWrite()
    {
        long sum = 0;
        var destination = _chars.AsSpan();
        foreach (var code in Inputs.KnownStatusCodes)
        {
            sum += InterpolatedTryWrite(code, destination);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Inputs.KnownCodeCount)]
    public long Ours_ToString()
    {
        long sum = 0;
        foreach (var code in Inputs.KnownStatusCodes)
        {
            sum += OursToString(code).Length;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Inputs.KnownCodeCount)]
    public long Ours_TryFormatChars()
    {
        long sum = 0;
        var destination = _chars.AsSpan();
        foreach (var code in Inputs.KnownStatusCodes)
        {
            sum += OursChars(code, destination);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Inputs.KnownCodeCount)]
    public long Ours_TryFormatUtf8()
    {
        long sum = 0;
        var destination = _bytes.AsSpan();
        foreach (var code in Inputs.KnownStatusCodes)
        {
            sum += OursUtf8(code, destination);
        }

        return sum;
    }
}
