using System;
using System.Threading.Tasks;

namespace SmtpStatusCodes.Analyzers.Tests;

/// <summary>SMTP001: constants the library refuses, reported with the library's own explanation.</summary>
public sealed class InvalidCodeTests
{
    [Fact]
    public async Task Parse_of_a_code_with_a_leading_zero_is_reported_with_the_parsers_message()
    {
        string message = ThrownMessage(() => StatusCode.Parse("5.01.1"));
        message.Should().Contain("'5.01.1'").And.Contain("leading zero at position 2");

        await Verify.AnalyzerAsync(
            Program("var code = StatusCode.Parse({|#0:\"5.01.1\"|});"),
            Verify.Diagnostic(Rules.InvalidCode).WithLocation(0).WithArguments(message));
    }

    [Fact]
    public async Task Utf8_literal_is_judged_as_UTF8_bytes()
    {
        string message = ThrownMessage(() => StatusCode.Parse("6.1.1"u8));
        message.Should().Contain("class must be 2, 4 or 5");

        await Verify.AnalyzerAsync(
            Program("var code = StatusCode.Parse({|#0:\"6.1.1\"u8|});"),
            Verify.Diagnostic(Rules.InvalidCode).WithLocation(0).WithArguments(message));
    }

    [Fact]
    public async Task Reply_code_reply_line_and_whole_reply_are_checked()
    {
        await Verify.AnalyzerAsync(
            Program("""
                var a = ReplyCode.Parse({|#0:"260"|});
                var b = ReplyLine.Parse({|#1:"55O mailbox unavailable"|});
                var c = Utf8ReplyLine.Parse({|#2:"5.1.1 no reply code"u8|});
                var d = SmtpReply.Parse({|#3:"550-first line\r\n"|});
                """),
            Verify.Diagnostic(Rules.InvalidCode).WithLocation(0).WithArguments(ThrownMessage(() => ReplyCode.Parse("260"))),
            Verify.Diagnostic(Rules.InvalidCode).WithLocation(1).WithArguments(ThrownMessage(() => ReplyLine.Parse("55O mailbox unavailable"))),
            Verify.Diagnostic(Rules.InvalidCode).WithLocation(2).WithArguments(ThrownMessage(() => Utf8ReplyLine.Parse("5.1.1 no reply code"u8))),
            Verify.Diagnostic(Rules.InvalidCode).WithLocation(3).WithArguments(ThrownMessage(() => SmtpReply.Parse("550-first line\r\n"))));
    }

    [Fact]
    public async Task Constructors_with_constant_parts_out_of_range_are_reported_with_the_constructors_message()
    {
        await Verify.AnalyzerAsync(
            Program("""
                var a = {|#0:new StatusCode(StatusClass.PermanentFailure, 1000, 1)|};
                var b = {|#1:new StatusCode((StatusClass)3, 1, 1)|};
                var c = {|#2:new ReplyCode(600)|};
                """),
            Verify.Diagnostic(Rules.InvalidCode).WithLocation(0).WithArguments(FirstLine(ThrownMessage(() => new StatusCode(StatusClass.PermanentFailure, 1000, 1)))),
            Verify.Diagnostic(Rules.InvalidCode).WithLocation(1).WithArguments(FirstLine(ThrownMessage(() => new StatusCode((StatusClass)3, 1, 1)))),
            Verify.Diagnostic(Rules.InvalidCode).WithLocation(2).WithArguments(FirstLine(ThrownMessage(() => new ReplyCode(600)))));
    }

    [Fact]
    public async Task A_named_constant_is_reported_where_it_is_used()
    {
        await Verify.AnalyzerAsync(
            """
            using SmtpStatusCodes;

            static class Codes
            {
                private const string Unknown = "5.1.1000";

                public static StatusCode Get() => StatusCode.Parse({|#0:Unknown|});
            }
            """,
            Verify.Diagnostic(Rules.InvalidCode).WithLocation(0).WithArguments(ThrownMessage(() => StatusCode.Parse("5.1.1000"))));
    }

    [Fact]
    public async Task DefaultValue_attribute_is_converted_by_the_type_converter()
    {
        await Verify.AnalyzerAsync(
            """
            using System.ComponentModel;
            using SmtpStatusCodes;

            public sealed class Settings
            {
                [DefaultValue(typeof(StatusCode), {|#0:"5.1.01"|})]
                public StatusCode Code { get; set; }

                [DefaultValue({|#1:"4.1"|})]
                public StatusCode? Retry { get; set; }

                [DefaultValue(typeof(ReplyCode), {|#2:"55"|})]
                public ReplyCode Reply { get; set; }

                [DefaultValue(typeof(StatusCode), "4.2.2")]
                public StatusCode Valid { get; set; }

                // The type converter reads an empty string as the unset code, so this is no error.
                [DefaultValue(typeof(StatusCode), "")]
                public StatusCode Unset { get; set; }

                [DefaultValue("not a code")]
                public string Unrelated { get; set; } = "";
            }
            """,
            Verify.Diagnostic(Rules.InvalidCode).WithLocation(0).WithArguments(ThrownMessage(() => StatusCode.Parse("5.1.01"))),
            Verify.Diagnostic(Rules.InvalidCode).WithLocation(1).WithArguments(ThrownMessage(() => StatusCode.Parse("4.1"))),
            Verify.Diagnostic(Rules.InvalidCode).WithLocation(2).WithArguments(ThrownMessage(() => ReplyCode.Parse("55"))));
    }

    [Fact]
    public async Task Valid_constants_variables_TryParse_and_other_Parse_methods_are_not_reported()
    {
        await Verify.AnalyzerAsync(
            Program("""
                string text = args.Length > 0 ? args[0] : "5.01.1";
                var a = StatusCode.Parse(text);
                var b = StatusCode.TryParse("6.1.1", out _);
                var c = int.Parse("5");
                var d = ReplyLine.Parse("550 5.1.1 no such user");
                var e = new StatusCode(StatusClass.PermanentFailure, args.Length, 1);
                var f = ReplyCode.Parse("259");
                """));
    }

    [Fact]
    public async Task Generated_code_is_skipped()
    {
        await Verify.AnalyzerAsync(
            """
            // <auto-generated/>
            using SmtpStatusCodes;

            static class Generated
            {
                public static StatusCode Get() => StatusCode.Parse("5.01.1");
            }
            """);
    }

    internal static string Program(string body) => $$"""
        using SmtpStatusCodes;

        static class Program
        {
            static void Main(string[] args)
            {
        {{Indent(body)}}
            }
        }
        """;

    internal static string ThrownMessage(Action action)
    {
        try
        {
            action();
        }
        catch (Exception e) when (e is FormatException or ArgumentOutOfRangeException)
        {
            return e.Message;
        }

        throw new InvalidOperationException("The library accepted the input the test expects it to refuse.");
    }

    private static string FirstLine(string message) => message.Split('\n')[0].TrimEnd('\r');

    private static string Indent(string body) => "        " + body.Replace("\n", "\n        ", StringComparison.Ordinal);
}
