using System;
using System.Collections.Generic;
using System.Text;

namespace SmtpStatusCodes.MimeKit.Internal;

/// <summary>
/// Reads the human-readable text of a report that has no delivery-status part (qmail, Exim, Sendmail, Postfix
/// without DSN, Exchange, webmail providers, carriers...). They differ in wording but share a shape: each failed
/// address is written out, and the lines after it, up to the next failed address, hold the server's reply or the
/// system's explanation. So every address in the text is a candidate; the text from its line to the next
/// candidate's line is its evidence; a candidate with codes or failure words in its evidence is a recipient.
/// The copy of the original message that many systems append is cut off first.
/// </summary>
internal static class TextReader
{
    // Evidence of one address runs at most this far: explanations are a few lines, and a long tail is the original.
    private const int MaxEvidenceLines = 40;
    private const int MaxDiagnosticChars = 1000;

    /// <summary>Adds the recipients <paramref name="part"/> explains; when <paramref name="only"/> is given, only these
    /// addresses are read (a standard report's recipients looked up in its text) and the words of others are not built.</summary>
    public static void Read(ReportText part, List<string> notRecipients, List<string> originalRecipients, List<Evidence> into, bool acceptWithoutEvidence,
        HashSet<string>? only = null)
    {
        var text = Unquote(part.Value);
        var end = ReferenceEquals(text, part.Value) ? part.OriginalStart : OriginalStart(text);
        var quoted = new List<string>();
        var senders = new List<string>();
        QuotedAddresses(text, end, quoted, senders);
        if (senders.Count > 0)
        {
            senders.AddRange(notRecipients);
            notRecipients = senders;
        }

        var before = into.Count;
        ReadAddresses(text, end, notRecipients, originalRecipients, quoted, into, acceptWithoutEvidence, excludeReportAddresses: true, only);
        if (into.Count == before && acceptWithoutEvidence)
        {
            // A message sent to oneself bounces to the failed address: the report's addressee can be the recipient.
            ReadAddresses(text, end, notRecipients, originalRecipients, quoted, into, acceptWithoutEvidence, excludeReportAddresses: false, only);
        }

        if (into.Count == before && acceptWithoutEvidence)
        {
            ReadHeadedList(text, end, into);
        }

        if (into.Count == before && acceptWithoutEvidence)
        {
            // The report names no recipient: it is about the recipients of the message it returns.
            var explanation = Explanation(text, end);
            foreach (var address in originalRecipients.Count > 0 ? originalRecipients : quoted)
            {
                var evidence = new Evidence(address) { DiagnosticText = explanation };
                Codes.Find(explanation.AsSpan(), out var status, out var reply);
                evidence.StatusCode = status;
                evidence.ReplyCode = reply;
                into.Add(evidence);
            }
        }

        for (var i = before; i < into.Count; i++)
        {
            var evidence = into[i];
            evidence.Action = evidence.StatusCode?.Class == StatusClass.PersistentTransientFailure || (evidence.StatusCode is null
                && evidence.ReplyCode is not { IsPermanent: true } && Phrases.HasDelay((evidence.DiagnosticText ?? string.Empty).AsSpan()))
                ? DeliveryAction.Delayed : DeliveryAction.Failed;
        }
    }

    /// <summary>A report forwarded inline has every line quoted with <c>&gt;</c>: one level of quoting is removed
    /// when most lines have it, so the shapes below see the report's own lines.</summary>
    private static string Unquote(string text)
    {
        int lines = 0, quoted = 0;
        var position = 0;
        while (position < text.Length)
        {
            var lineEnd = LineEnd(text, position);
            if (lineEnd > position)
            {
                lines++;
                if (text[position] == '>')
                {
                    quoted++;
                }
            }

            position = lineEnd + 1;
        }

        if (quoted * 2 <= lines)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        position = 0;
        while (position < text.Length)
        {
            var lineEnd = LineEnd(text, position);
            var start = position;
            if (start < lineEnd && text[start] == '>')
            {
                start++;
                if (start < lineEnd && text[start] == ' ')
                {
                    start++;
                }
            }

            result.Append(text, start, lineEnd - start).Append('\n');
            position = lineEnd + 1;
        }

        return result.ToString();
    }

    /// <summary>
    /// Recipients listed under a heading such as <c>The following address(es) failed:</c> (Exim) or
    /// <c>----- The following addresses had permanent fatal errors -----</c> (Sendmail), which may be bare local parts,
    /// pipes or files; the more indented lines after each are its explanation.
    /// </summary>
    private static void ReadHeadedList(string text, int end, List<Evidence> into)
    {
        var position = 0;
        while (position < end)
        {
            var lineEnd = LineEnd(text, position);
            var line = text.AsSpan(position, lineEnd - position).Trim();
            position = lineEnd + 1;
            if (!IsListHeading(line))
            {
                continue;
            }

            while (position < end)
            {
                lineEnd = LineEnd(text, position);
                var entry = text.AsSpan(position, lineEnd - position);
                if (entry.Trim().Length == 0)
                {
                    if (into.Count > 0)
                    {
                        return;
                    }

                    position = lineEnd + 1;
                    continue;
                }

                var indent = Indent(entry);
                var name = WithoutBullet(entry.Trim()).TrimEnd(':').Trim().Trim("<>".AsSpan()).ToString();
                if (name.Length == 0 || name.Length > 254 || IsDecorated(entry.Trim()))
                {
                    return;
                }

                var detailStart = lineEnd + 1;
                var detailEnd = detailStart;
                while (detailEnd < end)
                {
                    var next = LineEnd(text, detailEnd);
                    var detail = text.AsSpan(detailEnd, next - detailEnd);
                    if (detail.Trim().Length == 0 || Indent(detail) <= indent)
                    {
                        break;
                    }

                    detailEnd = Math.Min(next + 1, end);
                }

                var evidenceText = detailEnd > detailStart ? text.AsSpan(detailStart, detailEnd - detailStart) : default;
                var evidence = new Evidence(name);
                Codes.Find(evidenceText, out var status, out var reply);
                evidence.StatusCode = status;
                evidence.ReplyCode = reply;
                var diagnostic = StatusPartReader.Collapse(evidenceText);
                evidence.DiagnosticText = diagnostic.Length == 0 ? null : diagnostic;
                into.Add(evidence);
                position = Math.Max(detailEnd, lineEnd + 1);
            }

            return;
        }
    }

    private static bool IsListHeading(ReadOnlySpan<char> line) =>
        (Has(line, "following address") || Has(line, "following recipient") || Has(line, "address(es) failed")
            || Has(line, "addresses had") || Has(line, "recipients failed") || Has(line, "failed recipient"))
        && (line[line.Length - 1] == ':' || IsDecorated(line) || Has(line, "failed"));

    private static bool IsDecorated(ReadOnlySpan<char> line) => line.Length >= 2 && line[0] is '-' or '=' or '*' or '_' or '#' && line[1] == line[0];

    private static int Indent(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (i < line.Length && line[i] is ' ' or '\t')
        {
            i++;
        }

        return i;
    }

    private static int LineEnd(string text, int position)
    {
        var newline = text.IndexOf('\n', position);
        return newline < 0 ? text.Length : newline;
    }

    /// <summary>The report's own words before the returned original, for a report that names no recipient.</summary>
    private static string Explanation(string text, int end)
    {
        var diagnostic = StatusPartReader.Collapse(text.AsSpan(0, Math.Min(end, MaxDiagnosticChars)));
        return diagnostic;
    }

    private static void ReadAddresses(string text, int end, List<string> notRecipients, List<string> originalRecipients,
        List<string> quoted, List<Evidence> into, bool acceptWithoutEvidence, bool excludeReportAddresses, HashSet<string>? only)
    {
        var occurrences = new List<(string Address, int Start, int LineStart)>();
        var position = 0;
        while (Addresses.TryFindNext(text, position, end, out var start, out var length))
        {
            position = start + length;
            var address = text.AsSpan(start, length);
            var lineStart = LineStart(text, start);
            // postmaster@ and MAILER-DAEMON@ write reports; they are recipients only when the original was sent to them.
            var wasSentTo = Contains(originalRecipients, address) || Contains(quoted, address);
            // The report's own addressee is a recipient only when the returned message was sent to it (sent to oneself).
            if ((Addresses.IsSystem(address) && !wasSentTo) || ((excludeReportAddresses || !wasSentTo) && Contains(notRecipients, address))
                || IsHeaderOrSenderContext(text, lineStart, start))
            {
                continue;
            }

            // One recipient per line: further addresses on its line are part of its explanation
            // ("bob@example.org <carol@example.net>: malformed address", "forwarded to ...").
            if (occurrences.Count > 0 && occurrences[occurrences.Count - 1].LineStart == lineStart)
            {
                continue;
            }

            // Copied only now: most addresses in a report are senders, servers or repeats, and are passed over.
            occurrences.Add((address.ToString(), start, lineStart));
        }

        if (occurrences.Count == 0)
        {
            return;
        }

        var regionEnds = RegionEnds(occurrences, end);
        var found = new List<(Evidence Evidence, bool Strong, int RegionStart, int RegionEnd)>();
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < occurrences.Count; i++)
        {
            var (address, _, lineStart) = occurrences[i];
            if (only is not null && !only.Contains(address))
            {
                continue;
            }

            var regionEnd = LinesEnd(text, lineStart, MaxEvidenceLines, regionEnds[i]);
            var region = text.AsSpan(lineStart, Math.Max(0, regionEnd - lineStart));
            var existing = index.TryGetValue(address, out var at) ? at : -1;
            var evidence = existing >= 0 ? found[existing].Evidence : new Evidence(address);
            var strong = existing >= 0 && found[existing].Strong;
            if (evidence.StatusCode is null || evidence.ReplyCode is null)
            {
                Codes.Find(region, out var status, out var reply);
                evidence.StatusCode ??= status;
                evidence.ReplyCode ??= reply;
            }

            // Failure words matter only where no code speaks; looking for them costs more than the codes do.
            var hasFailure = evidence.StatusCode is null && evidence.ReplyCode is null && !strong && Phrases.HasFailure(region);
            if ((hasFailure || evidence.StatusCode is not null || evidence.ReplyCode is not null) && evidence.DiagnosticText is null)
            {
                var whole = Diagnostic(region, address);
                var serverWords = ServerWords(region);
                var words = serverWords.Length == region.Length ? whole : Diagnostic(serverWords, address);
                evidence.DiagnosticText = words.Length > 0 ? words : null;
                evidence.RemoteMta ??= RemoteHost(region);

                // The whole region goes to the classifier: the lines before the server's words often name the SMTP stage
                // ("SMTP error from remote mail server after end of data:").
                evidence.Region = whole.Length > 0 && !ReferenceEquals(whole, words) ? whole : null;
            }

            strong |= hasFailure || evidence.StatusCode is not null || evidence.ReplyCode is not null || IsHeading(text, lineStart, address)
                || IsEnvelopeRecipient(text, lineStart, occurrences[i].Start);
            if (existing >= 0)
            {
                found[existing] = (evidence, strong, found[existing].RegionStart, found[existing].RegionEnd);
            }
            else
            {
                index[address] = found.Count;
                found.Add((evidence, strong, lineStart, lineStart + region.Length));
            }
        }

        // "Could not be delivered because of 550 5.1.1 User unknown. The following recipients were affected: ...":
        // codes written before the first address belong to every recipient that has none of its own.
        var lead = text.AsSpan(0, occurrences[0].LineStart);
        Codes.Find(lead, out var leadStatus, out var leadReply);
        var anyStrong = found.Exists(e => e.Strong);
        foreach (var (evidence, strong, regionStart, regionEnd) in found)
        {
            if (strong || (!anyStrong && acceptWithoutEvidence && (Contains(originalRecipients, evidence.Address) || Contains(quoted, evidence.Address))))
            {
                if (evidence.StatusCode is null && evidence.ReplyCode is null && (leadStatus is not null || leadReply is not null))
                {
                    evidence.StatusCode = leadStatus;
                    evidence.ReplyCode = leadReply;
                    evidence.DiagnosticText ??= StatusPartReader.Collapse(lead);
                }

                // An address standing alone on its line, under a heading, has the lines under it as its explanation
                // even when they hold no code and no failure word the reader knows ("all hosts have been failing").
                evidence.DiagnosticText ??= Diagnostic(text.AsSpan(regionStart, regionEnd - regionStart), evidence.Address) is { Length: > 0 } own ? own : null;
                into.Add(evidence);
            }
        }
    }

    /// <summary>
    /// Where each occurrence's evidence ends: at the line of the next occurrence of another address, or at
    /// <paramref name="end"/>. Occurrences are one per line, in order, so this is found from the last one back in one
    /// pass; a search forward from each would be quadratic in a text that repeats one address on thousands of lines.
    /// </summary>
    private static int[] RegionEnds(List<(string Address, int Start, int LineStart)> occurrences, int end)
    {
        var ends = new int[occurrences.Count];
        for (var i = occurrences.Count - 1; i >= 0; i--)
        {
            var last = i == occurrences.Count - 1;
            ends[i] = last ? end
                : !string.Equals(occurrences[i + 1].Address, occurrences[i].Address, StringComparison.OrdinalIgnoreCase) ? occurrences[i + 1].LineStart
                : ends[i + 1];
        }

        return ends;
    }

    /// <summary>The server's words in a recipient's evidence: the paragraph from the line of its first failure reply code
    /// (the transcript's <c>550 5.1.1 ... User unknown</c>, not the <c>----- Transcript of session follows -----</c>
    /// before it); the whole evidence when it has no such code.</summary>
    private static ReadOnlySpan<char> ServerWords(ReadOnlySpan<char> region)
    {
        var first = Codes.FirstFailureReply(region);
        if (first < 0)
        {
            return region;
        }

        var words = region.Slice(region.Slice(0, first).LastIndexOf('\n') + 1);
        var position = 0;
        while (position < words.Length)
        {
            var newline = words.Slice(position).IndexOf('\n');
            if (newline < 0)
            {
                break;
            }

            var next = position + newline + 1;
            var lineEnd = words.Slice(next).IndexOf('\n');
            var line = lineEnd < 0 ? words.Slice(next) : words.Slice(next, lineEnd);
            if (line.Trim().IsEmpty)
            {
                return words.Slice(0, next);
            }

            position = next;
        }

        return words;
    }

    /// <summary>The addresses on the header lines of an original message quoted after <paramref name="start"/>: its
    /// recipients (To, Cc) and its senders (From, Return-Path, Sender), in one walk over the lines, which can be many.</summary>
    private static void QuotedAddresses(string text, int start, List<string> recipients, List<string> senders)
    {
        var position = start;
        while (position < text.Length)
        {
            var lineEnd = LineEnd(text, position);
            var line = text.AsSpan(position);
            var list = StartsWith(line, "To:") || StartsWith(line, "Cc:") ? recipients
                : StartsWith(line, "From:") || StartsWith(line, "Return-Path:") || StartsWith(line, "Sender:") ? senders
                : null;
            var p = position;
            while (list is not null && Addresses.TryFindNext(text, p, lineEnd, out var addressStart, out var length))
            {
                list.Add(text.Substring(addressStart, length));
                p = addressStart + length;
            }

            position = lineEnd + 1;
        }
    }

    private static bool StartsWith(ReadOnlySpan<char> line, string name) => line.StartsWith(name.AsSpan(), StringComparison.OrdinalIgnoreCase);

    /// <summary>Where the copy of the original message starts: a separator line that speaks of the message or its
    /// headers, or the first <c>Received:</c>/<c>Return-Path:</c> header line.</summary>
    public static int OriginalStart(string text)
    {
        var position = 0;
        while (position < text.Length)
        {
            var lineEnd = text.IndexOf('\n', position);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var line = text.AsSpan(position, lineEnd - position).Trim();
            // "Received:from" without a space is seen too (Zoho quotes the original's headers so). Only 'r' and 'R' match
            // an 'R' ignoring case, so other lines skip both header tests.
            if (IsSeparator(line) || (line.Length > 0 && line[0] is 'r' or 'R'
                && (IsReceivedHeader(line) || line.StartsWith("Return-Path:".AsSpan(), StringComparison.OrdinalIgnoreCase))))
            {
                return position;
            }

            position = lineEnd + 1;
        }

        return text.Length;
    }

    private static bool IsReceivedHeader(ReadOnlySpan<char> line) =>
        line.StartsWith("Received:".AsSpan(), StringComparison.OrdinalIgnoreCase)
        && (line.Length == 9 || line.Slice(9).StartsWith(" ".AsSpan()) || line.Slice(9).StartsWith("from".AsSpan(), StringComparison.OrdinalIgnoreCase)
            || line.Slice(9).StartsWith("by".AsSpan(), StringComparison.OrdinalIgnoreCase));

    private static bool IsSeparator(ReadOnlySpan<char> line)
    {
        if (line.Length < 8)
        {
            return false;
        }

        var decorated = line[0] is '-' or '=' or '*' or '_' or '+' or '#' or '>' && line[1] == line[0];

        // Most lines are prose: cheap tests rule them out before the phrases are looked for. "follow" and "below" both
        // have a 'w', and only 'w' and 'W' match it ignoring case: a line without one has neither.
        if (!decorated && line[line.Length - 1] != ':' && (line.IndexOfAny('w', 'W') < 0 || (!Has(line, "follow") && !Has(line, "below"))))
        {
            return false;
        }

        if (!Has(line, "messag") && !Has(line, "header") && !Has(line, "mail"))
        {
            return false;
        }

        var speaksOfOriginal = Has(line, "original message") || Has(line, "copy of the message") || Has(line, "message follows")
            || Has(line, "headers follow") || Has(line, "header follows") || Has(line, "original headers") || Has(line, "message header")
            || Has(line, "returned message") || Has(line, "undelivered message") || Has(line, "original mail") || Has(line, "message text")
            || Has(line, "header of the original") || Has(line, "headers of the original") || Has(line, "included message")
            || Has(line, "copy of your message") || Has(line, "original message header");
        if (decorated)
        {
            return speaksOfOriginal || Has(line, "header");
        }

        return speaksOfOriginal && (Has(line, "below") || Has(line, "follow") || line[line.Length - 1] == ':');
    }

    /// <summary>The server named as <c>host mx.example.org[192.0.2.1]</c> (Postfix) or <c>host mx.example.org
    /// [192.0.2.1]</c> (Exim): a host name followed by its bracketed address.</summary>
    private static string? RemoteHost(ReadOnlySpan<char> region)
    {
        var at = 0;
        while (at < region.Length)
        {
            var found = region.Slice(at).IndexOf("host".AsSpan(), StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                return null;
            }

            // "host" and the name may be on two lines (Postfix folds its explanation).
            var start = at + found + 4;
            var afterWord = start;
            while (start < region.Length && char.IsWhiteSpace(region[start]))
            {
                start++;
            }

            if (start == afterWord)
            {
                at = start;
                continue;
            }

            var end = start;
            while (end < region.Length && (char.IsLetterOrDigit(region[end]) || region[end] is '.' or '-'))
            {
                end++;
            }

            var bracket = end < region.Length && region[end] == ' ' ? end + 1 : end;
            if (end - start > 3 && region.Slice(start, end - start).IndexOf('.') > 0 && bracket < region.Length && region[bracket] == '[')
            {
                return region.Slice(start, end - start).ToString();
            }

            at = start;
        }

        return null;
    }

    /// <summary>An address alone on its line (<c>&lt;bob@example.org&gt;:</c>): every text shape lists failed recipients so.</summary>
    private static bool IsHeading(string text, int lineStart, string address)
    {
        var line = WithoutBullet(text.AsSpan(lineStart, LineEnd(text, lineStart) - lineStart).Trim()).TrimEnd(':').Trim();
        if (line.Length > 1 && line[0] == '<' && line[line.Length - 1] == '>')
        {
            line = line.Slice(1, line.Length - 2);
        }

        return line.Equals(address.AsSpan(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A list item's marker (<c>* </c>, <c>- </c>, <c>• </c>) removed: reports list their recipients so too.</summary>
    private static ReadOnlySpan<char> WithoutBullet(ReadOnlySpan<char> line) =>
        line.Length > 2 && line[0] is '*' or '-' or '•' or '+' && line[1] is ' ' or '\t' ? line.Slice(2).TrimStart() : line;

    /// <summary>An address given as the envelope recipient (<c>RCPT TO: bob@example.org</c>) in a transcript or summary.</summary>
    private static bool IsEnvelopeRecipient(string text, int lineStart, int start)
    {
        var before = text.AsSpan(lineStart, start - lineStart).TrimEnd(" <\t".AsSpan());
        return before.EndsWith("RCPT TO:".AsSpan(), StringComparison.OrdinalIgnoreCase);
    }

    private static bool Has(ReadOnlySpan<char> line, string word) => line.IndexOf(word.AsSpan(), StringComparison.OrdinalIgnoreCase) >= 0;

    private static bool IsHeaderOrSenderContext(string text, int lineStart, int start)
    {
        var before = text.AsSpan(lineStart, start - lineStart).TrimStart("> \t".AsSpan());
        if (before.StartsWith("Message-ID".AsSpan(), StringComparison.OrdinalIgnoreCase)
            || before.StartsWith("In-Reply-To".AsSpan(), StringComparison.OrdinalIgnoreCase)
            || before.StartsWith("References".AsSpan(), StringComparison.OrdinalIgnoreCase)
            || before.StartsWith("From:".AsSpan(), StringComparison.OrdinalIgnoreCase)
            || before.StartsWith("Reply-To:".AsSpan(), StringComparison.OrdinalIgnoreCase)
            || before.StartsWith("Sender:".AsSpan(), StringComparison.OrdinalIgnoreCase)
            || before.StartsWith("Return-Path".AsSpan(), StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // "MAIL FROM:<sender>" in a transcript, "from <sender>" in prose, "please contact <postmaster>" in advice.
        var near = before.Length > 16 ? before.Slice(before.Length - 16) : before;
        return near.IndexOf("from".AsSpan(), StringComparison.OrdinalIgnoreCase) >= 0
            || near.IndexOf("contact".AsSpan(), StringComparison.OrdinalIgnoreCase) >= 0
            || near.IndexOf("write to".AsSpan(), StringComparison.OrdinalIgnoreCase) >= 0
            || near.IndexOf("mail to".AsSpan(), StringComparison.OrdinalIgnoreCase) >= 0;
    }

    private static string Diagnostic(ReadOnlySpan<char> region, string address)
    {
        // White space collapsed in a buffer on the stack: only the final words become a string.
        Span<char> buffer = stackalloc char[MaxDiagnosticChars];
        var length = 0;
        var lastWasSpace = true;
        foreach (var c in region)
        {
            if (length >= MaxDiagnosticChars)
            {
                break;
            }

            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    buffer[length++] = ' ';
                    lastWasSpace = true;
                }

                continue;
            }

            buffer[length++] = c;
            lastWasSpace = false;
        }

        var result = WithoutBullet(((ReadOnlySpan<char>)buffer.Slice(0, length)).Trim());

        // An address alone on its line is the heading of the evidence, not part of the server's words.
        var heading = HeadingLength(result, address.AsSpan());
        if (heading > 0)
        {
            result = result.Slice(heading).TrimStart();
        }

        return result.ToString();
    }

    /// <summary>The length of <c>&lt;address&gt;:</c>, <c>&lt;address&gt;</c>, <c>address:</c> or <c>address</c> (the first
    /// that matches, ignoring case) at the start of <paramref name="words"/>, or 0.</summary>
    private static int HeadingLength(ReadOnlySpan<char> words, ReadOnlySpan<char> address)
    {
        var bracketed = words.Length >= address.Length + 2 && words[0] == '<'
            && words.Slice(1, address.Length).Equals(address, StringComparison.OrdinalIgnoreCase) && words[address.Length + 1] == '>';
        if (bracketed)
        {
            return words.Length > address.Length + 2 && words[address.Length + 2] == ':' ? address.Length + 3 : address.Length + 2;
        }

        if (!words.StartsWith(address, StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        return words.Length > address.Length && words[address.Length] == ':' ? address.Length + 1 : address.Length;
    }

    private static bool Contains(List<string> set, string address) => Contains(set, address.AsSpan());

    private static bool Contains(List<string> set, ReadOnlySpan<char> address)
    {
        foreach (var item in set)
        {
            if (address.Equals(item.AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static int LineStart(string text, int index)
    {
        var newline = index == 0 ? -1 : text.LastIndexOf('\n', index - 1);
        return newline + 1;
    }

    /// <summary>The end of the first <paramref name="lines"/> lines from <paramref name="start"/>, or
    /// <paramref name="limit"/> when that comes first (the lines after it are not walked).</summary>
    private static int LinesEnd(string text, int start, int lines, int limit)
    {
        var position = start;
        for (var i = 0; i < lines && position < text.Length && position < limit; i++)
        {
            var newline = text.IndexOf('\n', position);
            position = newline < 0 ? text.Length : newline + 1;
        }

        return Math.Min(position, limit);
    }
}
