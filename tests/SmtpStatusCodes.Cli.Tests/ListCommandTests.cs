using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace SmtpStatusCodes.Cli.Tests;

public sealed class ListCommandTests
{
    private static string[] CodesOf(CliResult result) =>
        result.OutputLines.Skip(1).Where(l => l.Length > 0 && l[0] != ' ').Select(l => l.Split(' ')[0]).ToArray();

    [Fact]
    public void Lists_every_registered_enhanced_code_without_a_class()
    {
        var result = CliRun.Run("list", "--culture", "en");

        result.ExitCode.Should().Be(0);
        CodesOf(result).Should().HaveCount(CodeRegistry.StatusCodeEntries.Count).And.Contain("X.1.1").And.OnlyContain(c => c.StartsWith("X.", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Class_and_subject_filter_the_enhanced_codes()
    {
        var result = CliRun.Run("list", "--class", "5", "--subject", "1", "--culture", "en");

        result.ExitCode.Should().Be(0);
        var codes = CodesOf(result);
        codes.Should().Contain(["5.1.1", "5.1.2"]).And.OnlyContain(c => c.StartsWith("5.1.", System.StringComparison.Ordinal));
        codes.Should().NotContain("5.1.5", "X.1.5 is advised for success only");
        result.Output.Should().Contain(StatusCodes.PermanentFailure.BadDestinationMailboxAddress.GetDescription(CultureInfo.InvariantCulture).Split(' ')[0]);
    }

    [Fact]
    public void Reply_lists_reply_codes_and_class_filters_them()
    {
        var all = CliRun.Run("list", "--reply");
        var transient = CliRun.Run("list", "--reply", "--class", "4");

        CodesOf(all).Should().Contain(["250", "354", "421", "550"]);
        CodesOf(transient).Should().Contain("421").And.OnlyContain(c => c[0] == '4');
    }

    [Fact]
    public void Descriptions_follow_the_culture()
    {
        var result = CliRun.Run("list", "--class", "5", "--subject", "1", "--culture", "zh-CN");

        var description = StatusCodes.PermanentFailure.BadDestinationMailboxAddress.GetDescription(CultureInfo.GetCultureInfo("zh-CN"));
        ExplainCommandTests.Unwrapped(result.Output).Replace(" ", string.Empty, System.StringComparison.Ordinal)
            .Should().Contain(description.Replace(" ", string.Empty, System.StringComparison.Ordinal));
    }

    [Fact]
    public void Json_lists_codes_with_documented_fields()
    {
        var result = CliRun.Run("list", "--json", "--class", "4", "--culture", "zh-TW");

        using var document = JsonDocument.Parse(result.Output);
        var codes = document.RootElement.GetProperty("codes").EnumerateArray().ToList();
        document.RootElement.GetProperty("count").GetInt32().Should().Be(codes.Count);
        var mailboxFull = codes.Single(c => c.GetProperty("code").GetString() == "4.2.2");
        mailboxFull.GetProperty("title").GetString().Should().Be("Mailbox full");
        mailboxFull.GetProperty("reference").GetString().Should().StartWith("RFC 3463");
        mailboxFull.GetProperty("classes").EnumerateArray().Select(c => c.GetInt32()).Should().Contain(4);
        mailboxFull.GetProperty("description").GetString().Should()
            .Be(StatusCodes.PersistentTransientFailure.MailboxFull.GetDescription(CultureInfo.GetCultureInfo("zh-TW")));
        mailboxFull.GetProperty("status").GetString().Should().Be("standard");
        mailboxFull.GetProperty("deprecated").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public void Reply_codes_that_no_rfc_defines_say_so_in_text_and_json()
    {
        var folklore = CodeRegistry.ReplyCodeEntries.First(e => e.Status == ReplyCodeStatus.Folklore).Code.ToString();
        var text = CliRun.Run("list", "--reply", "--culture", "en");
        var json = CliRun.Run("list", "--reply", "--json");

        text.OutputLines.Single(l => l.StartsWith(folklore + " ", System.StringComparison.Ordinal)).Should().EndWith(" (not in any RFC)");
        text.OutputLines.Single(l => l.StartsWith("550 ", System.StringComparison.Ordinal)).Should().NotContain("not in any RFC");
        using var document = JsonDocument.Parse(json.Output);
        var entry = document.RootElement.GetProperty("codes").EnumerateArray().Single(c => c.GetProperty("code").GetString() == folklore);
        entry.GetProperty("status").GetString().Should().Be("folklore");
    }

    [Theory]
    [InlineData(new[] { "list", "--class", "3" }, "--class must be 2, 4 or 5")]
    [InlineData(new[] { "list", "--class", "7", "--reply" }, "--class must be 2, 3, 4 or 5")]
    [InlineData(new[] { "list", "--subject", "8" }, "--subject must be 0 to 7")]
    [InlineData(new[] { "list", "--reply", "--subject", "1" }, "reply codes have no subject")]
    [InlineData(new[] { "list", "--class", "five" }, "five")]
    public void Bad_filters_are_usage_errors(string[] args, string message)
    {
        var result = CliRun.Run(args);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain(message);
    }
}
