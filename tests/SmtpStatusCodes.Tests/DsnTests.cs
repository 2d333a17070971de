using System;
using CsCheck;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using SmtpStatusCodes.Tests.TestSupport;

namespace SmtpStatusCodes.Tests;

public class DsnTests
{
    [Theory]
    [InlineData("5.1.1", "5.1.1", "")]
    [InlineData("5.1.1 (bad destination mailbox)", "5.1.1", "bad destination mailbox")]
    [InlineData("  4.4.7(delivery time expired)  ", "4.4.7", "delivery time expired")]
    [InlineData("2.0.0\r\n (folded comment)", "2.0.0", "folded comment")]
    public void Status_values_parse_with_an_optional_comment(string value, string code, string comment)
    {
        DsnField.TryParseStatus(value.AsSpan(), out var parsed, out var c).Should().BeTrue();
        parsed.ToString().Should().Be(code);
        c.ToString().Should().Be(comment);
        DsnField.TryParseStatus(Encoding.UTF8.GetBytes(value), out var fromUtf8, out var cb).Should().BeTrue();
        fromUtf8.Should().Be(parsed);
        Encoding.UTF8.GetString(cb).Should().Be(comment);
    }

    [Theory]
    [InlineData("")]
    [InlineData("5.1.01")]
    [InlineData("5.1.1 trailing words")]
    [InlineData("5.1.1 (unclosed")]
    [InlineData("smtp; 5.1.1")]
    [InlineData("9.1.1")]
    public void Status_values_that_are_not_a_code_and_a_comment_are_refused(string value) =>
        DsnField.TryParseStatus(value.AsSpan(), out _, out _).Should().BeFalse();

    [Theory]
    [InlineData("smtp; 550 5.1.1 <bob@example.org>... User unknown", "smtp", true, 550, "5.1.1")]
    [InlineData("SMTP;550-5.7.1 [192.0.2.1] blocked", "SMTP", true, 550, "5.7.1")]
    [InlineData("Smtp ; 452 4.2.2 mailbox full", "Smtp", true, 452, "4.2.2")]
    [InlineData("smtp; 2.1.5 250 OK", "smtp", true, 250, "2.1.5")]
    [InlineData("smtp; 550 Requested action not taken", "smtp", true, 550, null)]
    [InlineData("X-Postfix; connect to mx.example.org[192.0.2.5]:25: Connection timed out", "X-Postfix", false, 0, null)]
    [InlineData("smtp; 550-5.1.1 The email account that you tried to reach does\r\n    not exist.\r\n    550 5.1.1 https://example.com", "smtp", true, 550, "5.1.1")]
    public void Diagnostic_code_values_give_type_text_and_codes(string value, string type, bool isSmtp, int reply, string? status)
    {
        DsnField.TryParseDiagnosticCode(value.AsSpan(), out var d).Should().BeTrue();
        d.Type.ToString().Should().Be(type);
        d.IsSmtp.Should().Be(isSmtp);
        (d.ReplyCode?.Value ?? 0).Should().Be(reply);
        d.StatusCode?.ToString().Should().Be(status);
        if (status is null)
        {
            d.StatusCode.Should().BeNull();
        }

        d.Text.ToString().Should().Be(value.Substring(value.IndexOf(';') + 1).Trim());
        DsnField.TryParseDiagnosticCode(Encoding.UTF8.GetBytes(value), out var u).Should().BeTrue();
        u.ReplyCode.Should().Be(d.ReplyCode);
        u.StatusCode.Should().Be(d.StatusCode);
    }

    [Theory]
    [InlineData("no semicolon here")]
    [InlineData("; 550 5.1.1 no type")]
    public void Diagnostic_code_values_without_a_type_are_refused(string value) =>
        DsnField.TryParseDiagnosticCode(value.AsSpan(), out _).Should().BeFalse();

    private static string DeliveryStatusBody(string bounce)
    {
        var marker = "Content-Type: message/delivery-status";
        var start = bounce.IndexOf(marker, StringComparison.Ordinal);
        start.Should().BeGreaterThan(0);
        start = bounce.IndexOf("\n\n", start, StringComparison.Ordinal) + 2;
        var end = bounce.IndexOf("\n--", start, StringComparison.Ordinal);
        return bounce.Substring(start, end - start);
    }

    [Fact]
    public void Reads_every_group_of_a_delivery_status_body_from_chars_and_utf8()
    {
        var body = DeliveryStatusBody(Corpus.BounceText("rfc3464-multipart-report"));
        foreach (var crlf in new[] { false, true })
        {
            var text = crlf ? body.Replace("\n", "\r\n") : body;
            var recipients = new List<string>();
            var reader = DeliveryStatus.CreateReader(text.AsSpan());
            reader.TryRead(out var perMessage).Should().BeTrue();
            perMessage.IsPerRecipient.Should().BeFalse();
            perMessage.ReportingMta.ToString().Should().Be("dns; relay.example.org");
            perMessage.TryGetField("x-postfix-queue-id", out var queue).Should().BeTrue();
            queue.ToString().Should().Be("4F2A1C0999");
            while (reader.TryRead(out var group))
            {
                group.IsPerRecipient.Should().BeTrue();
                group.TryGetDiagnosticCode(out var diagnostic).Should().BeTrue();
                recipients.Add($"{group.FinalRecipient.ToString()}|{group.Action.ToString()}|{group.StatusCode}|{diagnostic.Type.ToString()}|{diagnostic.ReplyCode}|{diagnostic.StatusCode}");
            }

            recipients.Should().Equal(
                "rfc822; noah@example.com|failed|5.1.1|smtp|550|5.1.1",
                "rfc822; olivia@example.net|failed|5.2.2|smtp|552|5.2.2",
                "rfc822; piet@example.org|delayed|4.4.1|X-Postfix||");

            var utf8 = DeliveryStatus.CreateReader(Encoding.UTF8.GetBytes(text));
            var count = 0;
            while (utf8.TryRead(out var group))
            {
                if (group.IsPerRecipient)
                {
                    count++;
                    group.StatusCode.Should().NotBeNull();
                    Encoding.UTF8.GetString(group.RemoteMta).Should().NotBeNull();
                }
            }

            count.Should().Be(3);
        }
    }

    [Fact]
    public void Folded_fields_keep_their_continuation_lines()
    {
        var body = "Reporting-MTA: dns; a.example\n\nFinal-Recipient: rfc822; x@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550-5.1.1 first\n 550 5.1.1 second\nLast-Attempt-Date: Mon, 2 Nov 2026 10:00:00 +0000\n";
        var reader = DeliveryStatus.CreateReader(body.AsSpan());
        reader.TryRead(out _).Should().BeTrue();
        reader.TryRead(out var group).Should().BeTrue();
        group.DiagnosticCode.ToString().Should().Be("smtp; 550-5.1.1 first\n 550 5.1.1 second");
        group.LastAttemptDate.ToString().Should().Be("Mon, 2 Nov 2026 10:00:00 +0000");
        group.OriginalRecipient.IsEmpty.Should().BeTrue();
        reader.TryRead(out _).Should().BeFalse();
        Action act = () => NullFieldName(body);
        act.Should().Throw<ArgumentNullException>();
    }

    private static void NullFieldName(string body)
    {
        var reader = DeliveryStatus.CreateReader(body.AsSpan());
        reader.TryRead(out var group);
        group.TryGetField(null!, out _);
    }

    [Fact]
    public void Reads_RFC_6533_global_delivery_status_with_utf8_addresses()
    {
        var bounce = Corpus.BounceText("rfc6533-global-delivery-status");
        var start = bounce.IndexOf("Content-Type: message/global-delivery-status", StringComparison.Ordinal);
        start.Should().BeGreaterThan(0);
        start = bounce.IndexOf("\n\n", start, StringComparison.Ordinal) + 2;
        var end = bounce.IndexOf("\n--", start, StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(bounce.Substring(start, end - start));
        var reader = DeliveryStatus.CreateReader(bytes);
        var found = 0;
        while (reader.TryRead(out var group))
        {
            if (!group.IsPerRecipient)
            {
                continue;
            }

            found++;
            group.StatusCode.Should().NotBeNull();
            var recipient = Encoding.UTF8.GetString(group.FinalRecipient);
            recipient.Should().StartWithEquivalentOf("utf-8;");
        }

        found.Should().BeGreaterThan(0);
    }

    [Fact]
    public void Reading_a_delivery_status_body_allocates_nothing()
    {
        var body = Encoding.UTF8.GetBytes(DeliveryStatusBody(Corpus.BounceText("rfc3464-multipart-report")));
        var chars = DeliveryStatusBody(Corpus.BounceText("rfc3464-multipart-report"));
        Allocations.Measure(() =>
        {
            var reader = DeliveryStatus.CreateReader(body);
            while (reader.TryRead(out var group))
            {
                _ = group.StatusCode;
                _ = group.FinalRecipient;
                group.TryGetDiagnosticCode(out var d);
                _ = d.StatusCode;
            }

            var charReader = DeliveryStatus.CreateReader(chars.AsSpan());
            while (charReader.TryRead(out var group))
            {
                _ = group.Action;
            }

            DsnField.TryParseStatus("5.1.1 (x)".AsSpan(), out _, out _);
        }, iterations: 200).Should().Be(0);
    }

    [Theory]
    [InlineData("\r")]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Every_line_end_ends_a_field_and_a_blank_line_ends_a_group(string eol)
    {
        // Regression: a lone CR did not end a line, so "Status: 5.1.1\rAction: failed" had no status code.
        var body = $"Reporting-MTA: dns; a.example{eol}{eol}Status: 5.1.1{eol}Action: failed{eol}Diagnostic-Code: smtp; 550{eol} 5.1.1 gone{eol}";
        var reader = DeliveryStatus.CreateReader(body.AsSpan());
        reader.TryRead(out var perMessage).Should().BeTrue();
        perMessage.ReportingMta.ToString().Should().Be("dns; a.example");
        reader.TryRead(out var group).Should().BeTrue();
        group.StatusCode.Should().Be(StatusCode.Parse("5.1.1"));
        group.Action.ToString().Should().Be("failed");
        group.TryGetDiagnosticCode(out var diagnostic).Should().BeTrue();
        diagnostic.ReplyCode.Should().Be(ReplyCode.Parse("550"));
        diagnostic.StatusCode.Should().Be(StatusCode.Parse("5.1.1"));
        reader.TryRead(out _).Should().BeFalse();

        var utf8 = DeliveryStatus.CreateReader(Encoding.UTF8.GetBytes(body));
        utf8.TryRead(out _).Should().BeTrue();
        utf8.TryRead(out var utf8Group).Should().BeTrue();
        utf8Group.StatusCode.Should().Be(StatusCode.Parse("5.1.1"));
        Encoding.UTF8.GetString(utf8Group.Action).Should().Be("failed");
    }

    [Fact]
    public void Absent_codes_are_null()
    {
        var reader = DeliveryStatus.CreateReader("Action: failed\nStatus: 5.1.01\nDiagnostic-Code: X-Postfix; timed out\n".AsSpan());
        reader.TryRead(out var group).Should().BeTrue();
        group.StatusCode.Should().BeNull("5.1.01 is not a code");
        group.TryGetDiagnosticCode(out var diagnostic).Should().BeTrue();
        diagnostic.ReplyCode.Should().BeNull();
        diagnostic.StatusCode.Should().BeNull();
        reader.TryRead(out var none).Should().BeFalse();
        none.Raw.IsEmpty.Should().BeTrue();
        none.StatusCode.Should().BeNull();
    }

    [Fact]
    public void The_group_reader_agrees_with_a_plain_reference_on_generated_bodies()
    {
        // Bodies of field lines, folded values, comments, blank and white-space-only lines, lines that are not fields,
        // with LF, CRLF and lone CR line ends mixed in one body; the reference (TestSupport/ReferenceDsn.cs) splits them
        // with Regex and compares every field, the status code and comment and the diagnostic code, over chars and UTF-8.
        string[] names = ["Reporting-MTA", "Final-Recipient", "Original-Recipient", "Action", "Status", "Remote-MTA", "Diagnostic-Code",
            "Last-Attempt-Date", "X-Postfix-Queue-ID", "status", "STATUS", "Status ", "Status\t", "diagnostic-code"];
        string[] values = ["5.1.1", "5.1.1 (bad destination mailbox)", "4.4.7(expired)", "2.0.0 (a) (b)", "5.1.01", "9.1.1", "5.1.1 (unclosed",
            "rfc822; bob@example.org (Bob)", "smtp; 550 5.1.1 user unknown", "smtp; 2.1.5 250 OK", "SMTP;550-5.7.1 blocked", "smtp;550",
            "X-Postfix; timed out", "failed", "dns; mx.example.org", "(only a comment)", "", "utf-8; \u00e9l\u00e8ve@example.org", "a: b"];
        string[] others = ["", " ", "\t \t", "no colon here", ": no name", " continuation without a field", "(comment: not a field)"];
        string[] lineEnds = ["\n", "\r\n", "\r"];
        var fold = Gen.Select(Gen.OneOfConst(lineEnds), Gen.OneOfConst(" ", "\t", "   "), Gen.OneOfConst(values), (eol, indent, value) => eol + indent + value);
        var folded = fold.Array[0, 2].Select(parts => string.Concat(parts));
        var line = Gen.Frequency(
            (6, Gen.Select(Gen.OneOfConst(names), Gen.OneOfConst(":", ": ", " :\t"), Gen.OneOfConst(values), folded,
                (name, colon, value, folds) => name + colon + value + folds)),
            (2, Gen.OneOfConst(others)));
        var body = Gen.Select(line, Gen.OneOfConst(lineEnds), (l, eol) => l + eol).Array[0, 14].Select(lines => string.Concat(lines));
        body.Sample(text =>
        {
            var expected = ReferenceDsn.Groups(text);
            var reader = DeliveryStatus.CreateReader(text.AsSpan());
            var utf8Reader = DeliveryStatus.CreateReader(Encoding.UTF8.GetBytes(text));
            foreach (var reference in expected)
            {
                reader.TryRead(out var group).Should().BeTrue($"group {expected.IndexOf(reference)} of '{text}'");
                utf8Reader.TryRead(out var utf8Group).Should().BeTrue();
                foreach (var name in names.Concat(["x-absent"]))
                {
                    var want = ReferenceDsn.Field(reference, name.Trim());
                    group.TryGetField(name.Trim(), out var value).Should().Be(want is not null, $"field {name} in '{text}'");
                    utf8Group.TryGetField(name.Trim(), out var utf8Value).Should().Be(want is not null);
                    LineEndsAsLf(value.ToString()).Should().Be(want ?? string.Empty, $"field {name} in '{text}'");
                    LineEndsAsLf(Encoding.UTF8.GetString(utf8Value)).Should().Be(want ?? string.Empty);
                }

                var status = ReferenceDsn.Field(reference, "status");
                var hasCode = ReferenceDsn.TryStatus(status ?? string.Empty, out var code, out var comment);
                group.StatusCode?.ToString().Should().Be(hasCode ? code : null, $"'{text}'");
                (group.StatusCode is null).Should().Be(!hasCode, $"'{text}'");
                utf8Group.StatusCode.Should().Be(group.StatusCode);
                DsnField.TryParseStatus(group.Status, out _, out var parsedComment).Should().Be(hasCode);
                LineEndsAsLf(parsedComment.ToString()).Should().Be(hasCode ? comment : string.Empty, $"'{text}'");
                group.IsPerRecipient.Should().Be(ReferenceDsn.Field(reference, "final-recipient") is not null || status is not null);

                var diagnostic = ReferenceDsn.Field(reference, "diagnostic-code");
                var hasDiagnostic = ReferenceDsn.TryDiagnostic(diagnostic ?? string.Empty, out var type, out var reply, out var enhanced);
                group.TryGetDiagnosticCode(out var d).Should().Be(diagnostic is not null && hasDiagnostic, $"'{text}'");
                utf8Group.TryGetDiagnosticCode(out var u).Should().Be(diagnostic is not null && hasDiagnostic);
                if (diagnostic is not null && hasDiagnostic)
                {
                    LineEndsAsLf(d.Type.ToString()).Should().Be(type);
                    d.ReplyCode?.ToString().Should().Be(reply, $"'{text}'");
                    (d.ReplyCode is null).Should().Be(reply is null, $"'{text}'");
                    d.StatusCode?.ToString().Should().Be(enhanced, $"'{text}'");
                    (d.StatusCode is null).Should().Be(enhanced is null, $"'{text}'");
                    u.ReplyCode.Should().Be(d.ReplyCode);
                    u.StatusCode.Should().Be(d.StatusCode);
                }
            }

            reader.TryRead(out _).Should().BeFalse($"'{text}' has {expected.Count} groups");
            utf8Reader.TryRead(out _).Should().BeFalse();
        }, iter: 10_000);
    }

    private static string LineEndsAsLf(string s) => s.Replace("\r\n", "\n").Replace('\r', '\n');

    [Fact]
    public void Hostile_bodies_never_throw_or_hang()
    {
        Gen.String[Gen.Char[":; \n\r\tabS5.1(X-)"], 0, 200].Sample(s =>
        {
            var reader = DeliveryStatus.CreateReader(s.AsSpan());
            while (reader.TryRead(out var group))
            {
                _ = group.StatusCode;
                group.TryGetDiagnosticCode(out _);
            }

            DsnField.TryParseDiagnosticCode(s.AsSpan(), out _);
            DsnField.TryParseStatus(s.AsSpan(), out _, out _);
        }, iter: 20_000);
    }
}
