using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using static SmtpStatusCodes.Analyzers.Tests.InvalidCodeTests;

namespace SmtpStatusCodes.Analyzers.Tests;

/// <summary>SMTP002: valid enhanced codes that no RFC registered; a hint whose severity .editorconfig can raise.</summary>
public sealed class UnregisteredCodeTests
{
    private static readonly string _title = StatusCode.Parse("5.1.99").Title;

    [Fact]
    public async Task Unregistered_code_in_Parse_constructor_and_reply_line_is_an_info()
    {
        _title.Should().Be("Permanent Failure: Addressing Status", "an unregistered code reads as its class and subject");

        await Verify.AnalyzerAsync(
            Program("""
                var a = StatusCode.Parse({|#0:"5.1.99"|});
                var b = {|#1:new StatusCode(StatusClass.PermanentFailure, 7, 133)|};
                var c = ReplyLine.Parse({|#2:"550 5.7.133 blocked by policy"|});
                """),
            Verify.Diagnostic(Rules.UnregisteredCode).WithLocation(0).WithArguments("5.1.99", _title).WithSeverity(DiagnosticSeverity.Info),
            Verify.Diagnostic(Rules.UnregisteredCode).WithLocation(1).WithArguments("5.7.133", StatusCode.Parse("5.7.133").Title),
            Verify.Diagnostic(Rules.UnregisteredCode).WithLocation(2).WithArguments("5.7.133", StatusCode.Parse("5.7.133").Title));
    }

    [Theory]
    [InlineData("warning", DiagnosticSeverity.Warning)]
    [InlineData("error", DiagnosticSeverity.Error)]
    [InlineData("none", null)]
    public async Task Editorconfig_sets_its_severity(string setting, DiagnosticSeverity? severity)
    {
        var expected = severity is { } raised
            ? new[] { Verify.Diagnostic(Rules.UnregisteredCode).WithLocation(0).WithArguments("5.1.99", _title).WithSeverity(raised) }
            : [];

        await Verify.AnalyzerAsync(
            Program(severity is null ? "var a = StatusCode.Parse(\"5.1.99\");" : "var a = StatusCode.Parse({|#0:\"5.1.99\"|});"),
            $"""
            root = true

            [*.cs]
            dotnet_diagnostic.SMTP002.severity = {setting}
            """,
            expected);
    }

    [Fact]
    public async Task Registered_code_in_a_class_without_a_constant_is_not_reported()
    {
        // X.1.5 is advised for success only, so there is no StatusCodes.PermanentFailure constant; it is registered all the same.
        StatusCode.Parse("5.1.5").IsKnown.Should().BeTrue();

        await Verify.AnalyzerAsync(Program("""
            var a = StatusCode.Parse("5.1.5");
            var b = ReplyLine.Parse("550 5.1.5 ok");
            """));
    }
}
