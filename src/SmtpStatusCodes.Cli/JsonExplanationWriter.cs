namespace SmtpStatusCodes.Cli;

/// <summary>
/// Writes explanations as one JSON document, streamed: <c>{"language": ..., "explanations": [ ... ], "count": ...}</c>.
/// The field names are part of the tool's interface and documented in docs/cli.md; add fields, never rename them.
/// </summary>
internal sealed class JsonExplanationWriter : IExplanationWriter
{
    private readonly JsonOutput _json;
    private readonly CliText _text;

    /// <param name="json">Where the document goes.</param>
    /// <param name="text">The reader's language.</param>
    /// <param name="report">The bounce report when the input is a message; null for text.</param>
    public JsonExplanationWriter(JsonOutput json, CliText text, SmtpStatusCodes.MimeKit.BounceReport? report)
    {
        _json = json;
        _text = text;
        var writer = json.Writer;
        writer.WriteStartObject();
        writer.WriteString("language", text.Language.Name);
        writer.WriteString("input", report is null ? "text" : "message");
        json.String("reportKind", report is null ? null : ScanNames.Kind(report.Kind));
        json.String("reportingMta", report?.ReportingMta);
        writer.WriteStartArray("explanations");
        json.Flush();
    }

    public void Write(Explanation explanation)
    {
        var writer = _json.Writer;
        writer.WriteStartObject();
        writer.WriteString("kind", explanation.Kind switch
        {
            ExplanationKind.Reply => "reply",
            ExplanationKind.Code => "code",
            _ => "recipient",
        });
        if (explanation.Kind == ExplanationKind.Recipient)
        {
            writer.WriteNull("line");
        }
        else
        {
            writer.WriteNumber("line", explanation.Line);
        }

        writer.WriteNumber("lineCount", explanation.LineCount);
        writer.WriteString("text", explanation.Text);
        _json.Code("replyCode", explanation.ReplyCode);
        _json.Code("statusCode", explanation.StatusCode);
        writer.WriteBoolean("consistent", explanation.IsConsistent);
        writer.WriteBoolean("statusCodeDisagreement", explanation.HasStatusCodeDisagreement);
        _json.String("outcome", Outcomes.JsonName(Outcomes.Of(explanation)));
        _json.String("recipient", explanation.Recipient);
        _json.String("action", explanation.Kind == ExplanationKind.Recipient ? ScanNames.Action(explanation.Action) : null);
        _json.String("remoteMta", explanation.RemoteMta);
        WriteBounce(explanation.Classification);
        writer.WriteStartArray("codes");
        if (explanation.ReplyCode is { } reply)
        {
            WriteCode("reply", reply.ToString(), reply.IsKnown, reply.Title, reply.GetDescription(_text.Language), Outcomes.Of(reply));
        }

        if (explanation.StatusCode is { } status)
        {
            WriteCode("status", status.ToString(), status.IsKnown, status.Title, status.GetDescription(_text.Language), Outcomes.Of(status));
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        _json.Flush();
    }

    public void Complete(ExplainSummary summary)
    {
        var writer = _json.Writer;
        writer.WriteEndArray();
        writer.WriteNumber("count", summary.Count);
        writer.WriteNumber("lines", summary.Lines);
        writer.WriteNumber("invalidUtf8Lines", summary.InvalidUtf8Lines);
        if (summary.Error is null)
        {
            writer.WriteNull("error");
        }
        else
        {
            writer.WriteString("error", summary.Error);
        }

        writer.WriteEndObject();
    }

    private void WriteBounce(BounceClassification classification)
    {
        var writer = _json.Writer;
        writer.WriteStartObject("bounce");
        writer.WriteString("type", JsonNames.Type(classification.Type));
        writer.WriteString("reason", classification.Reason.ToString());
        writer.WriteString("reasonName", classification.Reason.GetDisplayName(_text.Language));
        writer.WriteString("advice", classification.Reason.GetDescription(_text.Language));
        writer.WriteString("retry", JsonNames.Retry(classification.Retry));
        writer.WriteString("basis", JsonNames.Basis(classification.Basis));
        _json.String("cuePhrase", classification.CuePhrase);
        writer.WriteEndObject();
    }

    private void WriteCode(string type, string code, bool known, string title, string description, Outcome outcome)
    {
        var writer = _json.Writer;
        writer.WriteStartObject();
        writer.WriteString("code", code);
        writer.WriteString("type", type);
        writer.WriteBoolean("known", known);
        writer.WriteString("title", title);
        writer.WriteString("description", description);
        writer.WriteString("outcome", Outcomes.JsonName(outcome)!);
        writer.WriteEndObject();
    }
}
