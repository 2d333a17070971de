using System;
using System.Collections.Generic;
using global::MimeKit;
using SmtpStatusCodes.MimeKit.Internal;

namespace SmtpStatusCodes.MimeKit;

/// <summary>
/// What a bounce, delay notice, delivery report, auto-reply or feedback report says: which recipients it is about and,
/// for each, the codes and the server's words. <see cref="Read"/> reads any message MimeKit has parsed.
/// </summary>
/// <example>
/// <code>
/// var report = BounceReport.Read(MimeMessage.Load("bounce.eml"));
/// foreach (var recipient in report.Recipients)
/// {
///     Console.WriteLine($"{recipient.Address}: {recipient.StatusCode} {recipient.DiagnosticText}");
/// }
/// </code>
/// </example>
public sealed class BounceReport
{
    internal BounceReport(BounceKind kind, IReadOnlyList<BouncedRecipient> recipients, string? reportingMta,
        string? originalMessageId, HeaderList? originalHeaders)
    {
        Kind = kind;
        Recipients = recipients;
        ReportingMta = reportingMta;
        OriginalMessageId = originalMessageId;
        OriginalHeaders = originalHeaders;
    }

    /// <summary>What kind of report the message is.</summary>
    public BounceKind Kind { get; }

    /// <summary>The recipients the report speaks about, in the order the message lists them; empty for
    /// <see cref="BounceKind.NotABounce"/>.</summary>
    public IReadOnlyList<BouncedRecipient> Recipients { get; }

    /// <summary>The mail server that wrote the report (<c>Reporting-MTA</c>, without its type), or null.</summary>
    public string? ReportingMta { get; }

    /// <summary>The <c>Message-ID</c> of the message the report is about, without angle brackets, when the report
    /// returns it (as an attached message, its headers, or quoted text); otherwise null.</summary>
    public string? OriginalMessageId { get; }

    /// <summary>The headers of the message the report is about, when the report attaches the message or its headers;
    /// otherwise null. They belong to the parsed message: nothing is copied.</summary>
    public HeaderList? OriginalHeaders { get; }

    /// <summary>Reads a message that MimeKit has parsed. Never throws for such a message: a message that is no report
    /// gives <see cref="BounceKind.NotABounce"/> and no recipients.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    public static BounceReport Read(MimeMessage message)
    {
        if (message is null)
        {
            throw new ArgumentNullException(nameof(message));
        }

        return ReportReader.Read(message);
    }
}
