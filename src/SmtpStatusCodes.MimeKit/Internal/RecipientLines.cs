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
                    AddBlock(recipient, text, position, blockEnd, end);
                }
            }

            if (others is not null)
            {
                foreach (var recipient in others)
                {
                    if (text.IndexOf(recipient.Address, position, lineEnd - position, StringComparison.OrdinalIgnoreCase) >= 0)
                    {
                        blockEnd = blockEnd < 0 ? BlockEnd(text, position, lineEnd, end) : blockEnd;
                        AddBlock(recipient, text, position, blockEnd, end);
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

    // A block in a paragraph that holds an SMTP session transcript (Courier's "<addr>:" then ">>> DATA" and "<<< 550 ...",
    // Sendmail's replies that name the address) brings the whole paragraph, line by line: the classifier pairs the
    // server's reply with the command it answered.
    private static void AddBlock(Evidence recipient, string text, int start, int blockEnd, int end)
    {
        if (TryTranscriptParagraph(text, start, blockEnd, end, out var paragraphStart, out var paragraphEnd))
        {
            Add(recipient, text, paragraphStart, paragraphEnd, lines: true);
        }
        else
        {
            Add(recipient, text, start, blockEnd, lines: false);
        }
    }

    private static void Add(Evidence recipient, string text, int start, int end, bool lines)
    {
        if (recipient.Notes is { Length: >= MaxNoteChars })
        {
            return;
        }

        var block = text.AsSpan(start, end - start);
        if (HasOtherStatusCode(recipient, block))
        {
            return;
        }

        var note = lines ? CollapseLines(block) : StatusPartReader.Collapse(block);
        if (note.Length == 0)
        {
            return;
        }

        if (recipient.Notes is not null && recipient.Notes.IndexOf(note, StringComparison.Ordinal) >= 0)
        {
            return;
        }

        var notes = recipient.Notes is null ? note : recipient.Notes + "\n" + note;

        // A transcript cut short could pair a reply with the wrong command: it goes in whole or not at all.
        if (lines && notes.Length > MaxNoteChars)
        {
            return;
        }

        recipient.Notes = notes.Length > MaxNoteChars ? notes.Substring(0, MaxNoteChars) : notes;
    }

    // A block with an enhanced code that the Diagnostic-Code does not have repeats the delivery-status fields (the
    // reporting MTA's summary, Sendmail's "554 5.0.0 Service unavailable"): its code would compete with the server's. A
    // block that only repeats the server's codes (Postfix quotes the remote reply: "said: 550 5.2.1 ... (in reply to RCPT
    // TO command)") competes with nothing and may say at which command the server refused.
    private static bool HasOtherStatusCode(Evidence recipient, ReadOnlySpan<char> block)
    {
        foreach (var match in CodeScanner.EnumerateMatches(block))
        {
            if (match.StatusCode is { } code && !Mentions(recipient.DiagnosticText, code))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Mentions(string? text, StatusCode code)
    {
        foreach (var match in CodeScanner.EnumerateMatches(text.AsSpan()))
        {
            if (match.StatusCode == code)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The paragraph (between blank lines, at most <see cref="MaxBlockLines"/> lines each way) around a block,
    /// when one of its lines is an SMTP transcript command (<c>&gt;&gt;&gt; DATA</c>).</summary>
    private static bool TryTranscriptParagraph(string text, int blockStart, int blockEnd, int end, out int start, out int stop)
    {
        start = blockStart;
        for (var lines = 0; lines < MaxBlockLines && start > 0; lines++)
        {
            var previousEnd = start - 1;
            var previousStart = previousEnd == 0 ? 0 : text.LastIndexOf('\n', previousEnd - 1) + 1;
            if (IsBlank(text, previousStart, previousEnd))
            {
                break;
            }

            start = previousStart;
        }

        stop = blockEnd;
        for (var lines = 0; lines < MaxBlockLines && stop + 1 < end; lines++)
        {
            var nextEnd = LineEnd(text, stop + 1, end);
            if (IsBlank(text, stop + 1, nextEnd))
            {
                break;
            }

            stop = nextEnd;
        }

        for (var line = start; line < stop; line = LineEnd(text, line, stop) + 1)
        {
            var first = line + Indent(text, line, stop);
            if (string.CompareOrdinal(text, first, ">>> ", 0, 4) == 0)
            {
                return true;
            }
        }

        return false;
    }

    // White space collapsed within each line, the line breaks kept.
    private static string CollapseLines(ReadOnlySpan<char> block)
    {
        var builder = new System.Text.StringBuilder(block.Length);
        while (!block.IsEmpty)
        {
            var newline = block.IndexOf('\n');
            var line = StatusPartReader.Collapse(newline < 0 ? block : block.Slice(0, newline));
            if (line.Length > 0)
            {
                builder.Append(builder.Length > 0 ? "\n" : string.Empty).Append(line);
            }

            block = newline < 0 ? default : block.Slice(newline + 1);
        }

        return builder.ToString();
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
