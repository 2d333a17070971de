using System.Threading.Tasks;
using SmtpStatusCodes.Analyzers.CodeFixes;
using static SmtpStatusCodes.Analyzers.Tests.InvalidCodeTests;

namespace SmtpStatusCodes.Analyzers.Tests;

/// <summary>The SMTP001 fix: offered only where the repair is unambiguous, and never for anything else.</summary>
public sealed class RepairCodeLiteralTests
{
    [Fact]
    public async Task Leading_zeros_and_surrounding_white_space_are_repaired()
    {
        await Verify.CodeFixAsync<RepairCodeLiteralCodeFixProvider>(
            Program("""
                var a = StatusCode.Parse({|#0:"5.01.1"|});
                var b = StatusCode.Parse({|#1:" 5.1.99"|});
                var c = StatusCode.Parse({|#2:" 4.7.001\t"u8|});
                var d = ReplyCode.Parse({|#3:"550 "|});
                """),
            [
                Verify.Diagnostic(Rules.InvalidCode).WithLocation(0).WithArguments(ThrownMessage(() => StatusCode.Parse("5.01.1"))),
                Verify.Diagnostic(Rules.InvalidCode).WithLocation(1).WithArguments(ThrownMessage(() => StatusCode.Parse(" 5.1.99"))),
                Verify.Diagnostic(Rules.InvalidCode).WithLocation(2).WithArguments(ThrownMessage(() => StatusCode.Parse(" 4.7.001\t"u8))),
                Verify.Diagnostic(Rules.InvalidCode).WithLocation(3).WithArguments(ThrownMessage(() => ReplyCode.Parse("550 "))),
            ],
            Program("""
                var a = StatusCode.Parse({|#0:"5.1.1"|});
                var b = StatusCode.Parse({|#1:"5.1.99"|});
                var c = StatusCode.Parse({|#2:"4.7.1"u8|});
                var d = ReplyCode.Parse({|#3:"550"|});
                """),
            // What the repaired constants still have to say: they now parse.
            Verify.Diagnostic(Rules.UseGeneratedConstant).WithSpan(7, 17, 7, 42).WithArguments("5.1.1", "StatusCodes.PermanentFailure.BadDestinationMailboxAddress"),
            Verify.Diagnostic(Rules.UnregisteredCode).WithLocation(1).WithArguments("5.1.99", StatusCode.Parse("5.1.99").Title),
            Verify.Diagnostic(Rules.UseGeneratedConstant).WithSpan(9, 17, 9, 44).WithArguments("4.7.1", "StatusCodes.PersistentTransientFailure.DeliveryNotAuthorizedMessageRefused"),
            Verify.Diagnostic(Rules.UseGeneratedConstant).WithSpan(10, 17, 10, 39).WithArguments("550", "ReplyCodes.MailboxUnavailable"));
    }

    [Fact]
    public async Task DefaultValue_literal_is_repaired()
    {
        await Verify.CodeFixAsync<RepairCodeLiteralCodeFixProvider>(
            """
            using System.ComponentModel;
            using SmtpStatusCodes;

            public sealed class Settings
            {
                [DefaultValue(typeof(StatusCode), {|#0:"5.2.02"|})]
                public StatusCode Code { get; set; }
            }
            """,
            [Verify.Diagnostic(Rules.InvalidCode).WithLocation(0).WithArguments(ThrownMessage(() => StatusCode.Parse("5.2.02")))],
            """
            using System.ComponentModel;
            using SmtpStatusCodes;

            public sealed class Settings
            {
                [DefaultValue(typeof(StatusCode), "5.2.2")]
                public StatusCode Code { get; set; }
            }
            """);
    }

    [Fact]
    public async Task No_fix_where_the_intended_code_is_a_guess_or_the_text_is_not_a_literal()
    {
        string source = """
            using SmtpStatusCodes;

            static class Codes
            {
                private const string Padded = " 5.1.1";

                public static StatusCode A => StatusCode.Parse({|#0:"6.1.1"|});
                public static StatusCode B => StatusCode.Parse({|#1:"5.1.1000"|});
                public static StatusCode C => StatusCode.Parse({|#2:Padded|});
                public static ReplyLine D => ReplyLine.Parse({|#3:" 550 5.1.1 x"|});
                public static StatusCode E => {|#4:new StatusCode(StatusClass.PermanentFailure, 1, 1000)|};
            }
            """;

        await Verify.CodeFixAsync<RepairCodeLiteralCodeFixProvider>(
            source,
            [
                Verify.Diagnostic(Rules.InvalidCode).WithLocation(0).WithArguments(ThrownMessage(() => StatusCode.Parse("6.1.1"))),
                Verify.Diagnostic(Rules.InvalidCode).WithLocation(1).WithArguments(ThrownMessage(() => StatusCode.Parse("5.1.1000"))),
                Verify.Diagnostic(Rules.InvalidCode).WithLocation(2).WithArguments(ThrownMessage(() => StatusCode.Parse(" 5.1.1"))),
                Verify.Diagnostic(Rules.InvalidCode).WithLocation(3).WithArguments(ThrownMessage(() => ReplyLine.Parse(" 550 5.1.1 x"))),
                Verify.Diagnostic(Rules.InvalidCode).WithLocation(4).WithArguments(ThrownMessage(() => new StatusCode(StatusClass.PermanentFailure, 1, 1000)).Split('\n')[0]),
            ],
            source);
    }
}
