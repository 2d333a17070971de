using System;
using System.Collections.Generic;
using System.Text;

namespace SmtpStatusCodes.MimeKit.Internal;

/// <summary>
/// The report's words about all its recipients, built only when a recipient's own evidence gives the classifier no
/// reason (most never need it): the subject when the report is about one recipient, and the human-readable text before
/// the first line that names a recipient.
/// </summary>
internal sealed class ReportContext(string? subject, Func<List<string>> texts, List<Evidence> recipients)
{
    private string? _text;

    public string Text => _text ??= Build(subject, texts(), recipients);

    /// <summary>The report's words about all its recipients: its subject and the text of its human-readable parts
    /// before the first line that names a recipient (and before the returned original), at most
    /// <see cref="MaxContextChars"/> characters. The classifier reads them for a recipient whose own evidence gives no
    /// reason (Domino's subject, a carrier's lead sentence); what follows the first recipient is about each one.</summary>
    private static string Build(string? subject, List<string> texts, List<Evidence> recipients)
    {
        var addresses = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var recipient in recipients)
        {
            addresses.Add(recipient.Address);
        }

        // A subject speaks of one failure (Sendmail's "Returned mail: User unknown" names the first): it is context only
        // for a report about one recipient.
        var context = new StringBuilder(recipients.Count == 1 ? subject ?? string.Empty : string.Empty);
        foreach (var text in texts)
        {
            var end = Math.Min(FirstLineNaming(text, addresses), MaxContextChars - context.Length);
            if (end <= 0)
            {
                break;
            }

            context.Append('\n').Append(text, 0, end);
        }

        return context.ToString();
    }

    private const int MaxContextChars = 4000;

    private static int FirstLineNaming(string text, HashSet<string> addresses)
    {
        var end = TextReader.OriginalStart(text);
        var at = 0;
        while (Addresses.TryFindNext(text, at, end, out var start, out var length))
        {
            if (addresses.Contains(text.Substring(start, length)))
            {
                return start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
            }

            at = start + length;
        }

        var others = 0;
        foreach (var address in addresses)
        {
            // Recipients that are no mail address (a file, a pipe, a bare local part) are few and short.
            if (address.IndexOf('@') < 0 && others++ < 8)
            {
                var found = text.IndexOf(address, 0, end, StringComparison.OrdinalIgnoreCase);
                end = found < 0 ? end : (found == 0 ? 0 : text.LastIndexOf('\n', found - 1) + 1);
            }
        }

        return end;
    }

}
