using System.Threading.Tasks;
using static SmtpStatusCodes.Analyzers.Tests.InvalidCodeTests;

namespace SmtpStatusCodes.Analyzers.Tests;

/// <summary>SMTP003: a reply line whose enhanced code is of another class than its reply code.</summary>
public sealed class InconsistentReplyLineTests
{
    [Fact]
    public async Task Permanent_reply_with_a_transient_enhanced_code_is_a_warning()
    {
        await Verify.AnalyzerAsync(
            Program("""
                var a = ReplyLine.Parse({|#0:"550 4.1.1 no such user"|});
                var b = Utf8ReplyLine.Parse({|#1:"250 5.0.0 ok"u8|});
                var c = SmtpReply.Parse({|#2:"550-4.1.1 no such user\r\n550 4.1.1 try later"|});
                """),
            Verify.Diagnostic(Rules.InconsistentReplyLine).WithLocation(0).WithArguments("550", "5", "4.1.1", "4"),
            Verify.Diagnostic(Rules.InconsistentReplyLine).WithLocation(1).WithArguments("250", "2", "5.0.0", "5"),
            Verify.Diagnostic(Rules.InconsistentReplyLine).WithLocation(2).WithArguments("550", "5", "4.1.1", "4"));
    }

    [Fact]
    public async Task Lines_whose_classes_agree_or_that_carry_no_enhanced_code_are_not_reported()
    {
        await Verify.AnalyzerAsync(
            Program("""
                var a = ReplyLine.Parse("550 5.1.1 no such user");
                var b = Utf8ReplyLine.Parse("421 4.3.2 shutting down"u8);
                var c = ReplyLine.Parse("354 Start mail input");
                var d = SmtpReply.Parse("250-mx.example.org\r\n250 8BITMIME");
                """));
    }
}
