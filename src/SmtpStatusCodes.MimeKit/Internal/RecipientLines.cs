using System;
using System.Collections.Generic;

namespace SmtpStatusCodes.MimeKit.Internal;

/// <summary>
/// The lines of a report's human-readable part that name one recipient of its delivery-status part, with the lines
/// indented under them: Postfix, Exim and Sendmail write there what their fields leave out, such as the SMTP command
/// the server refused (<c>(in reply to end of DATA command)</c>, <c>SMTP error from remote mail server after EHLO</c>)
/// or what a local delivery agent said. The text is walked once, whatever the number of recipients.
/// </summary>
internal static class RecipientLines
{
    private const int MaxNoteChars = 1000;
    private const int MaxBlockLines = 20;

    // Final-Recipient values that are no mail address (Exim's "save to /path", a pipe) are looked for one by one.
    internal const int MaxOtherRecipients = 8;

    public static void Attach(List<Evidence> recipients, List<ReportText> texts)
    {
        var byAddress = new Dictionary<string, Evidence>(StringComparer.OrdinalIgnoreCase);
        var lengths = new HashSet<int>();
        List<Evidence>? others = null;
        foreach (var recipient in recipients)
        {
            if (recipient.Address.IndexOf('@') > 0)
            {
                if (!byAddress.ContainsKey(recipient.Address))
                {
                    byAddress[recipient.Address] = recipient;
                    lengths.Add(recipient.Address.Length);
                }
            }
            else if ((others ??= new List<Evidence>()).Count < MaxOtherRecipients)
            {
                others.Add(recipient);
            }
        }

        foreach (var text in texts)
        {
            Attach(text, byAddress, lengths, others);
        }
    }

    private static void Attach(ReportText part, Dictionary<string, Evidence> byAddress, HashSet<int> lengths, List<Evidence>? others)
    {
        var text = part.Value;
        var end = part.OriginalStart;
        var position = 0;
        while (position < end)
        {
            var lineEnd = LineEnd(text, position, end);
            var blockEnd = -1;
            var at = position;
            while (Addresses.TryFindNext(text, at, lineEnd, out var start, out var length))
            {
                at = start + length;
                // Only an address as long as a recipient's is copied to be looked up: the text names many others.
                if (lengths.Contains(length) && byAddress.TryGetValue(text.Substring(start, length), out var recipient))
                {
                    blockEnd = blockEnd < 0 ? BlockEnd(text, position, lineEnd, end) : blockEnd;
                    Add(recipient, text, position, blockEnd);
                }
            }

            if (others is not null)
            {
                foreach (var recipient in others)
                {
                    if (text.IndexOf(recipient.Address, position, lineEnd - position, StringComparison.OrdinalIgnoreCase) >= 0)
                    {
                        blockEnd = blockEnd < 0 ? BlockEnd(text, position, lineEnd, end) : blockEnd;
                        Add(recipient, text, position, blockEnd);
                    }
                }
            }

            position = lineEnd + 1;
        }
    }

    /// <summary>The end of the block that starts with the line at <paramref name="start"/>: the following lines that are
    /// not blank and more indented than it.</summary>
    private static int BlockEnd(string text, int start, int lineEnd, int end)
    {
        var indent = Indent(text, start, lineEnd);
        var blockEnd = lineEnd;
        for (var lines = 0; lines < MaxBlockLines && blockEnd + 1 < end; lines++)
        {
            var next = blockEnd + 1;
            var nextEnd = LineEnd(text, next, end);
            if (Indent(text, next, nextEnd) <= indent || IsBlank(text, next, nextEnd))
            {
                break;
            }

            blockEnd = nextEnd;
        }

        return blockEnd;
    }

    private static void Add(Evidence recipient, string text, int start, int end)
    {
        if (recipient.Notes is { Length: >= MaxNoteChars })
        {
            return;
        }

        var block = text.AsSpan(start, end - start);

        // A block with an enhanced code of its own repeats the delivery-status fields (the reporting MTA's summary);
        // its code would compete with the server's in the Diagnostic-Code.
        if (CodeScanner.FindFirstStatusCode(block) is not null)
        {
            return;
        }

        var note = StatusPartReader.Collapse(block);
        if (note.Length == 0)
        {
            return;
        }

        if (recipient.Notes is not null && recipient.Notes.IndexOf(note, StringComparison.Ordinal) >= 0)
        {
            return;
        }

        var notes = recipient.Notes is null ? note : recipient.Notes + "\n" + note;
        recipient.Notes = notes.Length > MaxNoteChars ? notes.Substring(0, MaxNoteChars) : notes;
    }

    private static int Indent(string text, int start, int end)
    {
        var i = start;
        while (i < end && text[i] is ' ' or '\t')
        {
            i++;
        }

        return i - start;
    }

    private static bool IsBlank(string text, int start, int end) => Indent(text, start, end) == end - start || (end - start == 1 && text[start] == '\r');

    private static int LineEnd(string text, int position, int end)
    {
        var newline = text.IndexOf('\n', position, end - position);
        return newline < 0 ? end : newline;
    }
}
