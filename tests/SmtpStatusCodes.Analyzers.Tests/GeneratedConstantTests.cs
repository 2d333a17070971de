using System.Threading.Tasks;
using SmtpStatusCodes.Analyzers.CodeFixes;
using static SmtpStatusCodes.Analyzers.Tests.InvalidCodeTests;

namespace SmtpStatusCodes.Analyzers.Tests;

/// <summary>SMTP004 and its fix: a registered code built from constants, rewritten to its generated constant.</summary>
public sealed class GeneratedConstantTests
{
    private const string BadMailbox = "StatusCodes.PermanentFailure.BadDestinationMailboxAddress";

    [Fact]
    public async Task Parse_and_constructor_are_rewritten_to_the_generated_constant()
    {
        await Verify.CodeFixAsync<UseGeneratedConstantCodeFixProvider>(
            Program("""
                var a = {|#0:StatusCode.Parse("5.1.1")|};
                var b = {|#1:new StatusCode(StatusClass.PermanentFailure, 1, 1)|};
                var c = {|#2:ReplyCode.Parse("550")|};
                var d = {|#3:new ReplyCode(421)|};
                """),
            [
                Verify.Diagnostic(Rules.UseGeneratedConstant).WithLocation(0).WithArguments("5.1.1", BadMailbox),
                Verify.Diagnostic(Rules.UseGeneratedConstant).WithLocation(1).WithArguments("5.1.1", BadMailbox),
                Verify.Diagnostic(Rules.UseGeneratedConstant).WithLocation(2).WithArguments("550", "ReplyCodes.MailboxUnavailable"),
                Verify.Diagnostic(Rules.UseGeneratedConstant).WithLocation(3).WithArguments("421", "ReplyCodes.ServiceNotAvailable"),
            ],
            Program("""
                var a = StatusCodes.PermanentFailure.BadDestinationMailboxAddress;
                var b = StatusCodes.PermanentFailure.BadDestinationMailboxAddress;
                var c = ReplyCodes.MailboxUnavailable;
                var d = ReplyCodes.ServiceNotAvailable;
                """));
    }

    [Fact]
    public async Task Without_a_using_the_constant_keeps_the_namespace()
    {
        await Verify.CodeFixAsync<UseGeneratedConstantCodeFixProvider>(
            """
            static class Codes
            {
                public static SmtpStatusCodes.StatusCode Full => {|#0:SmtpStatusCodes.StatusCode.Parse("4.2.2")|};
            }
            """,
            [Verify.Diagnostic(Rules.UseGeneratedConstant).WithLocation(0).WithArguments("4.2.2", "StatusCodes.PersistentTransientFailure.MailboxFull")],
            """
            static class Codes
            {
                public static SmtpStatusCodes.StatusCode Full => SmtpStatusCodes.StatusCodes.PersistentTransientFailure.MailboxFull;
            }
            """);
    }

    [Fact]
    public async Task Codes_without_a_generated_constant_are_not_reported()
    {
        await Verify.AnalyzerAsync(Program("""
            var a = StatusCode.Parse("5.1.5");
            var b = new StatusCode(StatusClass.Success, 1, 1);
            var c = ReplyCode.Parse("259");
            var d = StatusCodes.PermanentFailure.BadDestinationMailboxAddress;
            """));
    }
}
