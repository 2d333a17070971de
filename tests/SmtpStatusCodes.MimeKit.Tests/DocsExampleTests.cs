using System;
using System.Globalization;
using System.IO;
using MimeKit;
using Xunit.Abstractions;

namespace SmtpStatusCodes.MimeKit.Tests;

/// <summary>The complete example of docs/bounces.md, as written there, run on a bounce.</summary>
public sealed class DocsExampleTests(ITestOutputHelper output)
{
    [Fact]
    public void The_example_prints_each_failed_recipient_with_reason_and_verdict_in_English_and_Chinese()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bounce-{Guid.NewGuid():N}.eml");
        File.WriteAllText(path, Messages.Dsn("""
            Final-Recipient: rfc822; bob@example.org
            Action: failed
            Status: 5.1.1
            Diagnostic-Code: smtp; 550 5.1.1 <bob@example.org>: User unknown

            Final-Recipient: rfc822; carol@example.org
            Action: delivered
            Status: 2.0.0
            """).Replace("\n", "\r\n"));
        var console = new StringWriter();
        try
        {
            Example(path, console);
        }
        finally
        {
            File.Delete(path);
        }

        var lines = console.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        foreach (var line in lines)
        {
            output.WriteLine(line);
        }

        lines.Should().HaveCount(3, "a heading and the one failed recipient in two languages");
        lines[0].Should().Be("Failure, reported by mx.example.net about ?");
        lines[1].Should().StartWith("bob@example.org: Hard ").And.Contain("(5.1.1)");
        lines[2].Should().StartWith("bob@example.org: Hard ").And.NotBe(lines[1], "the second pass is in Chinese");
    }

    // docs/bounces.md, "A complete example", with Console replaced by a writer.
    private static void Example(string path, TextWriter Console)
    {
        var report = BounceReport.Read(MimeMessage.Load(path));
        Console.WriteLine($"{report.Kind}, reported by {report.ReportingMta ?? "?"} about {report.OriginalMessageId ?? "?"}");
        foreach (var culture in new[] { CultureInfo.GetCultureInfo("en"), CultureInfo.GetCultureInfo("zh-TW") })
        {
            foreach (var recipient in report.Recipients)
            {
                if (recipient.Action != DeliveryAction.Failed)
                {
                    continue;
                }

                var verdict = recipient.Classification;
                Console.WriteLine($"{recipient.Address}: {verdict.Type} {verdict.Reason.GetDisplayName(culture)} " +
                    $"({recipient.StatusCode?.ToString() ?? recipient.ReplyCode?.ToString() ?? "no code"}): {verdict.GetDescription(culture)}");
            }
        }
    }
}
