using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace SmtpStatusCodes.Benchmarks;

/// <summary>Adds <see cref="ThroughputColumn"/> to the classes that scan <see cref="Inputs.Bounce"/> or its digit-free copy (the same length).</summary>
public class ThroughputConfig : ManualConfig
{
    public ThroughputConfig() => AddColumn(new ThroughputColumn(Inputs.BounceUtf8.Length));
}

/// <summary>Text scanned per second: the input's UTF-8 length (ASCII: one byte per char) divided by the mean time of one operation.</summary>
public class ThroughputColumn(int bytesPerOperation) : IColumn
{
    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "Throughput";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => $"Input length ({bytesPerOperation:N0} bytes of UTF-8; the same number of chars) divided by Mean, in GB/s (10^9 bytes per second)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (!IsScan(benchmarkCase))
        {
            return "-";
        }

        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return mean is > 0 ? (bytesPerOperation / mean.Value).ToString("0.00 'GB/s'", CultureInfo.InvariantCulture) : "NA";
    }

    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(IsScan);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    private static bool IsScan(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Descriptor.Type == typeof(ScanBenchmarks) || benchmarkCase.Descriptor.Type == typeof(ScanFilterBenchmarks);
}
