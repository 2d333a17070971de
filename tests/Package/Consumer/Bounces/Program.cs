using System;
using System.IO;
using MailKit.Net.Smtp;
using MimeKit;
using SmtpStatusCodes.MailKit;
using SmtpStatusCodes.MimeKit;

// Reads a bounce with SmtpStatusCodes.MimeKit, then the codes of a MailKit exception with SmtpStatusCodes.MailKit.
var report = BounceReport.Read(MimeMessage.Load(Path.Combine(AppContext.BaseDirectory, "bounce.eml")));
Console.WriteLine(report.Kind);
foreach (var recipient in report.Recipients)
{
    Console.WriteLine($"{recipient.Address} {recipient.Action} {recipient.StatusCode} {recipient.ReplyCode} {recipient.Classification.Type} {recipient.Classification.Reason}");
}

var exception = new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxUnavailable, "5.1.1 <bob@example.org>: User unknown");
Console.WriteLine($"{exception.GetReplyCode()} {exception.GetStatusCode()} {exception.Classify().Type}");
