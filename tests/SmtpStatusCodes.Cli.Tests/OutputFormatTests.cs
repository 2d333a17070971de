using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace SmtpStatusCodes.Cli.Tests;

public sealed class OutputFormatTests
{
    private const string Transcript = """
        <<< 250 2.1.0 Ok
        <<< 550-5.1.1 No such user here
        <<< 550 5.1.1 Please check the address
        Status: 4.4.7
        Diagnostic-Code: smtp; 550 4.2.2 Mailbox full
        """;

    [Fact]
    public void Json_has_the_documented_fields_for_every_explanation()
    {
        var result = CliRun.WithInput(Transcript, "explain", "--json", "--culture", "zh-TW");

        result.ExitCode.Should().Be(0, result.ToString());
        using var document = JsonDocument.Parse(result.Output);
        var root = document.RootElement;
        root.GetProperty("language").GetString().Should().Be("zh-Hant");
        root.GetProperty("count").GetInt32().Should().Be(4);
        root.GetProperty("lines").GetInt64().Should().Be(5);
        root.GetProperty("invalidUtf8Lines").GetInt64().Should().Be(0);
        root.GetProperty("error").ValueKind.Should().Be(JsonValueKind.Null);
        var items = root.GetProperty("explanations").EnumerateArray().ToList();
        items.Select(i => i.GetProperty("kind").GetString()).Should().Equal("reply", "reply", "code", "reply");
        items.Select(i => i.GetProperty("line").GetInt64()).Should().Equal(1, 2, 4, 5);

        var grouped = items[1];
        grouped.GetProperty("lineCount").GetInt32().Should().Be(2);
        grouped.GetProperty("text").GetString().Should().Be("No such user here Please check the address");
        grouped.GetProperty("replyCode").GetString().Should().Be("550");
        grouped.GetProperty("statusCode").GetString().Should().Be("5.1.1");
        grouped.GetProperty("outcome").GetString().Should().Be("permanent");
        var codes = grouped.GetProperty("codes").EnumerateArray().ToList();
        codes.Select(c => c.GetProperty("type").GetString()).Should().Equal("reply", "status");
        codes[1].GetProperty("code").GetString().Should().Be("5.1.1");
        codes[1].GetProperty("known").GetBoolean().Should().BeTrue();
        codes[1].GetProperty("title").GetString().Should().Be("Bad destination mailbox address");
        codes[1].GetProperty("description").GetString().Should()
            .Be(StatusCodes.PermanentFailure.BadDestinationMailboxAddress.GetDescription(System.Globalization.CultureInfo.GetCultureInfo("zh-TW")));

        var alone = items[2];
        alone.GetProperty("replyCode").ValueKind.Should().Be(JsonValueKind.Null);
        alone.GetProperty("statusCode").GetString().Should().Be("4.4.7");
        alone.GetProperty("outcome").GetString().Should().Be("transient");
        alone.GetProperty("text").GetString().Should().Be("Status: 4.4.7");

        items[3].GetProperty("consistent").GetBoolean().Should().BeFalse();
        items[0].GetProperty("consistent").GetBoolean().Should().BeTrue();
        items[0].GetProperty("outcome").GetString().Should().Be("success");
    }

    [Fact]
    public void Json_without_codes_is_still_a_document_and_exits_with_1()
    {
        var result = CliRun.Run("explain", "--json", "nothing to see");

        result.ExitCode.Should().Be(1);
        using var document = JsonDocument.Parse(result.Output);
        document.RootElement.GetProperty("count").GetInt32().Should().Be(0);
        document.RootElement.GetProperty("explanations").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void Json_after_binary_data_is_complete_and_names_the_error()
    {
        var result = CliRun.Run(["explain", "--json"], new System.IO.MemoryStream([.. "550 5.1.1 x\n"u8, 0, 1, 2]));

        result.ExitCode.Should().Be(3);
        using var document = JsonDocument.Parse(result.Output);
        document.RootElement.GetProperty("count").GetInt32().Should().Be(1);
        document.RootElement.GetProperty("error").GetString().Should().Contain("binary data");
    }

    [Fact]
    public void Colors_only_on_a_terminal()
    {
        CliRun.Run(["explain", "550 5.1.1 x"], System.IO.Stream.Null, terminal: true).Output.Should().Contain("\e[");
        CliRun.Run(["explain", "550 5.1.1 x"], System.IO.Stream.Null, terminal: false).Output.Should().NotContain("\e");
    }

    [Fact]
    public void No_color_option_and_NO_COLOR_turn_colors_off_on_a_terminal()
    {
        CliRun.Run(["explain", "--no-color", "550 5.1.1 x"], System.IO.Stream.Null, terminal: true).Output.Should().NotContain("\e");
        CliRun.Run(["list", "--no-color"], System.IO.Stream.Null, terminal: true).Output.Should().NotContain("\e");
        var noColor = new Dictionary<string, string> { ["NO_COLOR"] = "1" };
        CliRun.Run(["explain", "550 5.1.1 x"], System.IO.Stream.Null, terminal: true, environment: noColor).Output.Should().NotContain("\e");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh-Hant")]
    [InlineData("zh-Hans")]
    public void Every_line_fits_80_columns(string culture)
    {
        var explain = CliRun.WithInput(Transcript + "\nStatus: 5.7.26\n550 5.7.1 " + new string('x', 200) + " https://example.org/" + new string('y', 120), "explain", "--culture", culture);
        var list = CliRun.Run("list", "--culture", culture);
        var replies = CliRun.Run("list", "--reply", "--culture", culture);

        foreach (var line in explain.OutputLines.Concat(list.OutputLines).Concat(replies.OutputLines))
        {
            DisplayWidth.Of(line).Should().BeLessThanOrEqualTo(80, $"'{line}' is too wide");
        }

        explain.OutputLines.Length.Should().BeGreaterThan(20);
    }
}
