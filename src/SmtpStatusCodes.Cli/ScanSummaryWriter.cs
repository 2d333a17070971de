using System;

namespace SmtpStatusCodes.Cli;

/// <summary>The summary of a scan as an 80-column table: recipients per reason, hard, soft and other.</summary>
internal sealed class ScanSummaryWriter
{
    private const int ReasonColumn = 44;
    private const int NumberColumn = 9;

    private readonly TextOutput _output;
    private readonly CliText _text;

    public ScanSummaryWriter(TextOutput output, CliText text)
    {
        _output = output;
        _text = text;
    }

    public void Write(ScanSummary summary)
    {
        _output.Wrapped(string.Empty, 0, _text.ScanMessages(summary.Messages + summary.Unreadable, summary.Reports, summary.NotBounces, summary.Unreadable));
        if (summary.Recipients == 0)
        {
            _output.Wrapped(string.Empty, 0, _text.ScanNoRecipients);
            return;
        }

        _output.Line();
        var painter = _output.Painter;
        _output.Line(painter.Paint(Row(_text.ScanReason, _text.ScanHard, _text.ScanSoft, _text.ScanOther, _text.ScanTotal), Style.Bold));
        foreach (var (reason, count) in summary.ByReason)
        {
            _output.Line(Row(reason.GetDisplayName(_text.Language), Number(count.Hard), Number(count.Soft), Number(count.Other), Number(count.Total)));
        }

        var total = summary.Total;
        _output.Line(painter.Paint(Row(_text.ScanTotal, Number(total.Hard), Number(total.Soft), Number(total.Other), Number(total.Total)), Style.Bold));
    }

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Row(string reason, string hard, string soft, string other, string total) =>
        Pad(Fit(reason), ReasonColumn) + Right(hard) + Right(soft) + Right(other) + Right(total);

    /// <summary>A reason name too wide for its column is shortened with an ellipsis (never seen with the built-in names).</summary>
    private static string Fit(string text)
    {
        if (DisplayWidth.Of(text) < ReasonColumn)
        {
            return text;
        }

        var lines = TextWrapper.Wrap(text, ReasonColumn - 2);
        return lines[0] + "\u2026";
    }

    private static string Pad(string text, int width) => text + new string(' ', Math.Max(1, width - DisplayWidth.Of(text)));

    private static string Right(string text) => new string(' ', Math.Max(1, NumberColumn - DisplayWidth.Of(text))) + text;
}
