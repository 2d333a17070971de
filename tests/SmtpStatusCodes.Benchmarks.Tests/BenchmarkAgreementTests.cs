using System.Linq;

namespace SmtpStatusCodes.Benchmarks.Tests;

/// <summary>A benchmark that compares implementations is only meaningful when they compute the same thing.</summary>
public class BenchmarkAgreementTests
{
    public static TheoryData<string> Scenarios()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in BenchmarkAgreement.Checks)
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Implementations_agree_on_every_input(string scenario)
    {
        var check = BenchmarkAgreement.Checks.Single(c => c.Name == scenario).Check;
        check.Should().NotThrow();
    }

    [Fact]
    public void Every_scenario_is_checked() =>
        BenchmarkAgreement.Checks.Select(c => c.Name).Should().Contain(new[] { "EnhancedCodeParse", "ReplyCodeParse", "ReplyLineParse", "Format", "DescriptionLookup", "Scan", "ScanFilter" });
}
