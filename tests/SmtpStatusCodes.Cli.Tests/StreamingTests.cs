using System;
using System.IO;

namespace SmtpStatusCodes.Cli.Tests;

public sealed class StreamingTests
{
    private const long HundredMegabytes = 100L * 1024 * 1024;

    [Fact]
    public void A_100_MB_stream_is_explained_in_bounded_memory_and_output_starts_before_the_input_ends()
    {
        var output = new StringWriter();
        var explainedBeforeTheEnd = false;
        var input = new GeneratedStream(
            "550 5.1.1 first\n"u8.ToArray(),
            "Dec  1 10:00:00 mx postfix/qmgr[42]: 1A2B3C: removed, nothing to report here\n"u8.ToArray(),
            "\n452 4.2.2 last\n"u8.ToArray(),
            HundredMegabytes)
        {
            OnRead = position => explainedBeforeTheEnd |= position > HundredMegabytes / 2 && output.ToString().Contains("Line 1: reply 550 5.1.1", StringComparison.Ordinal),
        };

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = CliRun.Run(["explain", "--culture", "en"], input, output: output);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain("Line 1: reply 550 5.1.1").And.Contain("reply 452 4.2.2");
        explainedBeforeTheEnd.Should().BeTrue("the first reply is written while the stream is still being read");
        allocated.Should().BeLessThan(8 * 1024 * 1024, "a 100 MB input is read through a fixed buffer, never whole");
    }

    [Fact]
    public void A_100_MB_line_without_line_breaks_is_read_in_pieces()
    {
        var input = new GeneratedStream("Status: 5.2.2 "u8.ToArray(), "lorem ipsum dolor 1.2.3 sit amet "u8.ToArray(), " said: 550 5.1.1 end"u8.ToArray(), HundredMegabytes);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = CliRun.Run(["explain", "--json"], input);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain("\"statusCode\": \"5.2.2\"").And.Contain("\"replyCode\": \"550\"").And.Contain("\"lines\": 1,");
        allocated.Should().BeLessThan(8 * 1024 * 1024);
    }

    [Fact]
    public void Binary_garbage_stops_at_the_first_nul_byte()
    {
        var random = new Random(15);
        var garbage = new byte[1 << 20];
        random.NextBytes(garbage);
        garbage[1000] = 0;

        var result = CliRun.Run(["explain"], new MemoryStream(garbage));

        result.ExitCode.Should().Be(3);
        result.Error.Should().Contain("binary data").And.NotContain("   at ");
    }
}
