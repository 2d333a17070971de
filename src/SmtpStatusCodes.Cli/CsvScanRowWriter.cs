using System;
using System.IO;
using System.Text;
using SmtpStatusCodes.MimeKit;

namespace SmtpStatusCodes.Cli;

/// <summary>
/// One CSV row per recipient (RFC 4180: comma-separated, fields with a comma, quote or line break quoted, quotes
/// doubled). The header names the columns; they are documented in docs/cli.md and never renamed.
/// </summary>
internal sealed class CsvScanRowWriter : IScanRowWriter
{
    public const string Header = "file,index,kind,recipient,action,status_code,reply_code,type,reason,retry,remote_mta,diagnostic";

    private readonly TextWriter _output;
    private readonly StringBuilder _row = new();

    public CsvScanRowWriter(TextWriter output)
    {
        _output = output;
        _output.WriteLine(Header);
    }

    public void Write(MailboxMessage message, BounceReport report, BouncedRecipient recipient)
    {
        var c = recipient.Classification;
        _row.Clear();
        Field(message.File).Append(',');
        _row.Append(message.Index).Append(',');
        Field(ScanNames.Kind(report.Kind)).Append(',');
        Field(recipient.Address).Append(',');
        Field(ScanNames.Action(recipient.Action)).Append(',');
        Field(recipient.StatusCode?.ToString()).Append(',');
        Field(recipient.ReplyCode?.ToString()).Append(',');
        Field(JsonNames.Type(c.Type)).Append(',');
        Field(c.Reason.ToString()).Append(',');
        Field(JsonNames.Retry(c.Retry)).Append(',');
        Field(recipient.RemoteMta).Append(',');
        Field(recipient.DiagnosticText);
        _output.WriteLine(_row.ToString());
    }

    public void Complete(ScanSummary summary)
    {
    }

    private StringBuilder Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return _row;
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return _row.Append(value);
        }

        return _row.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
