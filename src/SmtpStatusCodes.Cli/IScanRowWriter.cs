using SmtpStatusCodes.MimeKit;

namespace SmtpStatusCodes.Cli;

/// <summary>Writes one row per recipient of a scan, as it is read (CSV or JSON).</summary>
internal interface IScanRowWriter
{
    void Write(MailboxMessage message, BounceReport report, BouncedRecipient recipient);

    void Complete(ScanSummary summary);
}
