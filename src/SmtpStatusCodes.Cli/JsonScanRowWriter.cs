using SmtpStatusCodes.MimeKit;

namespace SmtpStatusCodes.Cli;

/// <summary>
/// A scan as one JSON document, streamed: <c>{"language", "recipients": [...], "summary": {...}}</c>. Field names are
/// documented in docs/cli.md; add fields, never rename them.
/// </summary>
internal sealed class JsonScanRowWriter : IScanRowWriter
{
    private readonly JsonOutput _json;
    private readonly CliText _text;

    public JsonScanRowWriter(JsonOutput json, CliText text)
    {
        _json = json;
        _text = text;
        json.Writer.WriteStartObject();
        json.Writer.WriteString("language", text.Language.Name);
        json.Writer.WriteStartArray("recipients");
        json.Flush();
    }

    public void Write(MailboxMessage message, BounceReport report, BouncedRecipient recipient)
    {
        var w = _json.Writer;
        var c = recipient.Classification;
        w.WriteStartObject();
        w.WriteString("file", message.File);
        w.WriteNumber("index", message.Index);
        w.WriteString("kind", ScanNames.Kind(report.Kind));
        w.WriteString("recipient", recipient.Address);
        w.WriteString("action", ScanNames.Action(recipient.Action));
        _json.Code("statusCode", recipient.StatusCode);
        _json.Code("replyCode", recipient.ReplyCode);
        w.WriteString("type", JsonNames.Type(c.Type));
        w.WriteString("reason", c.Reason.ToString());
        w.WriteString("reasonName", c.Reason.GetDisplayName(_text.Language));
        w.WriteString("retry", JsonNames.Retry(c.Retry));
        _json.String("remoteMta", recipient.RemoteMta);
        _json.String("diagnostic", recipient.DiagnosticText);
        w.WriteEndObject();
        _json.Flush();
    }

    public void Complete(ScanSummary summary)
    {
        var w = _json.Writer;
        w.WriteEndArray();
        w.WriteStartObject("summary");
        w.WriteNumber("messages", summary.Messages);
        w.WriteNumber("reports", summary.Reports);
        w.WriteNumber("notBounces", summary.NotBounces);
        w.WriteNumber("unreadable", summary.Unreadable);
        w.WriteNumber("recipients", summary.Recipients);
        w.WriteStartArray("reasons");
        foreach (var (reason, count) in summary.ByReason)
        {
            w.WriteStartObject();
            w.WriteString("reason", reason.ToString());
            w.WriteString("reasonName", reason.GetDisplayName(_text.Language));
            w.WriteNumber("hard", count.Hard);
            w.WriteNumber("soft", count.Soft);
            w.WriteNumber("other", count.Other);
            w.WriteNumber("total", count.Total);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
