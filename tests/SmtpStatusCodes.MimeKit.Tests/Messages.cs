using System.IO;
using System.Text;
using MimeKit;

namespace SmtpStatusCodes.MimeKit.Tests;

/// <summary>Builds test messages from text, as MimeKit parses them from the wire.</summary>
public static class Messages
{
    public static MimeMessage Parse(string text) => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n").Replace("\n", "\r\n"))));

    public static MimeMessage Parse(byte[] bytes) => MimeMessage.Load(new MemoryStream(bytes));

    /// <summary>Parses, or false when MimeKit itself refuses the bytes (it throws FormatException on headers it cannot read).</summary>
    public static bool TryParse(byte[] bytes, out MimeMessage message)
    {
        try
        {
            message = Parse(bytes);
            return true;
        }
        catch (System.FormatException)
        {
            message = null!;
            return false;
        }
    }

    /// <summary>A standard RFC 3464 report with the given per-recipient groups and optional extra parts.</summary>
    public static string Dsn(string groups, string extraParts = "", string text = "Your message could not be delivered.") => $"""
        From: Mail Delivery System <MAILER-DAEMON@mx.example.net>
        To: sender@example.com
        Subject: Undelivered Mail Returned to Sender
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

        --b1
        Content-Type: text/plain; charset=us-ascii

        {text}

        --b1
        Content-Type: message/delivery-status

        Reporting-MTA: dns; mx.example.net

        {groups}
        {extraParts}--b1--

        """;
}
