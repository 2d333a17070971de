namespace SmtpStatusCodes.MimeKit.Internal;

/// <summary>
/// One decoded human-readable part of a report, with where the copy of the original message in it starts. Several
/// steps stop reading there (recipient lines, text shapes, the report's context, the quoted Message-ID), and finding it
/// walks the text line by line, so it is found once per part.
/// </summary>
internal sealed class ReportText(string value)
{
    private int _originalStart = -1;

    public string Value { get; } = value;

    /// <summary>See <see cref="TextReader.OriginalStart(string)"/>.</summary>
    public int OriginalStart => _originalStart >= 0 ? _originalStart : _originalStart = TextReader.OriginalStart(Value);
}
