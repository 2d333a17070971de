using System;
using BenchmarkDotNet.Attributes;

namespace SmtpStatusCodes.Benchmarks;

/// <summary>
/// Scanning <see cref="Inputs.DigitFreeBounce"/>, the 4 KB bounce with every digit replaced: no position can start a
/// code, so the scanner's time is its vectorized search alone (the regex's is its own search for a leading 2, 4 or 5).
/// Compared with <see cref="ScanBenchmarks"/>, this separates the cost of the search from the cost of checking candidates.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ScanFilterBenchmarks
{
    [Benchmark(Baseline = true)]
    public int Regex_Naive() => ScanBenchmarks.CountNaive(Inputs.DigitFreeBounce);

    [Benchmark]
    public int Ours_Chars() => ScanBenchmarks.CountOurs(Inputs.DigitFreeBounce.AsSpan());

    [Benchmark]
    public int Ours_Utf8() => ScanBenchmarks.CountOurs(Inputs.DigitFreeBounceUtf8.AsSpan());
}
