using BenchmarkDotNet.Attributes;

namespace SmtpStatusCodes.Benchmarks;

/// <summary>Classifying a code alone, per code: the 16 <see cref="Inputs.KnownCodes"/>-style codes below, and reply codes.</summary>
[MemoryDiagnoser]
public class ClassifyCodeBenchmarks
{
    /// <summary>Registered, vendor and unregistered codes of every class.</summary>
    public static readonly StatusCode[] StatusCodes =
    [
        StatusCode.Parse("5.1.1"), StatusCode.Parse("4.2.2"), StatusCode.Parse("5.7.1"), StatusCode.Parse("2.0.0"),
        StatusCode.Parse("4.7.28"), StatusCode.Parse("5.7.133"), StatusCode.Parse("5.4.1"), StatusCode.Parse("5.1.10"),
        StatusCode.Parse("4.4.7"), StatusCode.Parse("5.3.4"), StatusCode.Parse("5.0.0"), StatusCode.Parse("5.9.999"),
        StatusCode.Parse("4.7.606"), StatusCode.Parse("5.6.0"), StatusCode.Parse("5.5.3"), StatusCode.Parse("4.4.1"),
    ];

    /// <summary>Reply codes of every class, listed and unlisted.</summary>
    public static readonly ReplyCode[] ReplyCodes =
    [
        new(550), new(552), new(421), new(250), new(554), new(451), new(535), new(559),
        new(450), new(553), new(556), new(354), new(452), new(521), new(501), new(459),
    ];

    [Benchmark(OperationsPerInvoke = 16)]
    public int Ours_StatusCode()
    {
        var sum = 0;
        foreach (var code in StatusCodes)
        {
            sum += (int)BounceClassifier.Classify(code).Reason;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = 16)]
    public int Ours_ReplyCode()
    {
        var sum = 0;
        foreach (var code in ReplyCodes)
        {
            sum += (int)BounceClassifier.Classify(code).Reason;
        }

        return sum;
    }
}
