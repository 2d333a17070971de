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

    public static void Read(string text, ICollection<string> notRecipients, List<Evidence> into, bool acceptWithoutEvidence)
    {
        var end = OriginalStart(text);
        var occurrences = new List<(string Address, int Start, int LineStart)>();
        var position = 0;
        while (Addresses.TryFindNext(text, position, end, out var start, out var length))
        {
            position = start + length;
            var address = text.Substring(start, length);
            var lineStart = LineStart(text, start);
            if (Addresses.IsSystem(address) || Contains(notRecipients, address) || IsHeaderOrSenderContext(text, lineStart, start))
            {
                continue;
            }

            occurrences.Add((address, start, lineStart));
        }

        if (occurrences.Count == 0)
        {
            return;
        }

        var found = new List<(Evidence Evidence, bool Strong)>();
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < occurrences.Count; i++)
        {
            var (address, _, lineStart) = occurrences[i];
            var regionEnd = end;
            for (var j = i + 1; j < occurrences.Count; j++)
            {
                if (!string.Equals(occurrences[j].Address, address, StringComparison.OrdinalIgnoreCase)
                    && occurrences[j].LineStart > lineStart)
                {
                    regionEnd = occurrences[j].LineStart;
                    break;
                }
            }

            regionEnd = Math.Min(regionEnd, LinesEnd(text, lineStart, MaxEvidenceLines));
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

            var hasFailure = Phrases.HasFailure(region);
            if ((hasFailure || evidence.StatusCode is not null || evidence.ReplyCode is not null) && evidence.DiagnosticText is null)
            {
                evidence.DiagnosticText = Diagnostic(region, address);
            }

            strong |= hasFailure || evidence.StatusCode is not null || evidence.ReplyCode is not null;
            if (existing >= 0)
            {
                found[existing] = (evidence, strong);
            }
            else
            {
                index[address] = found.Count;
                found.Add((evidence, strong));
            }
        }

        var anyStrong = found.Exists(e => e.Strong);
        foreach (var (evidence, strong) in found)
        {
            if (strong || (!anyStrong && acceptWithoutEvidence))
            {
                into.Add(evidence);
            }
        }
    }

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
            if (IsSeparator(line) || line.StartsWith("Received: ".AsSpan(), StringComparison.OrdinalIgnoreCase)
                || line.StartsWith("Return-Path:".AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                return position;
            }

            position = lineEnd + 1;
        }

        return text.Length;
    }

    private static bool IsSeparator(ReadOnlySpan<char> line)
    {
        if (line.Length < 8)
        {
            return false;
        }

        var decorated = line[0] is '-' or '=' or '*' or '_' or '+' or '#' or '>' && line[1] == line[0];
        var speaksOfOriginal = Has(line, "original message") || Has(line, "copy of the message") || Has(line, "message follows")
            || Has(line, "headers follow") || Has(line, "header follows") || Has(line, "original headers") || Has(line, "message header")
            || Has(line, "returned message") || Has(line, "undelivered message") || Has(line, "original mail") || Has(line, "message text")
            || Has(line, "header of the original") || Has(line, "headers of the original") || Has(line, "included message")
            || Has(line, "copy of your message") || Has(line, "original message header");
        if (decorated)
        {
            return speaksOfOriginal || Has(line, "message") || Has(line, "header");
        }

        return speaksOfOriginal && (Has(line, "below") || Has(line, "follows") || line[line.Length - 1] == ':');
    }

    private static bool Has(ReadOnlySpan<char> line, string word) => line.IndexOf(word.AsSpan(), StringComparison.OrdinalIgnoreCase) >= 0;

    private static bool IsHeaderOrSenderContext(string text, int lineStart, int start)
    {
        var before = text.AsSpan(lineStart, start - lineStart).TrimStart();
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

        // "MAIL FROM:<sender>" in a transcript, "from <sender>" in prose.
        var near = before.Length > 12 ? before.Slice(before.Length - 12) : before;
        return near.IndexOf("from".AsSpan(), StringComparison.OrdinalIgnoreCase) >= 0;
    }

    private static string Diagnostic(ReadOnlySpan<char> region, string address)
    {
        var text = new StringBuilder(Math.Min(region.Length, MaxDiagnosticChars));
        var lastWasSpace = true;
        foreach (var c in region)
        {
            if (text.Length >= MaxDiagnosticChars)
            {
                break;
            }

            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    text.Append(' ');
                    lastWasSpace = true;
                }

                continue;
            }

            text.Append(c);
            lastWasSpace = false;
        }

        var result = text.ToString().Trim();

        // An address alone on its line is the heading of the evidence, not part of the server's words.
        foreach (var heading in new[] { "<" + address + ">:", "<" + address + ">", address + ":", address })
        {
            if (result.StartsWith(heading, StringComparison.OrdinalIgnoreCase) && result.Length > heading.Length)
            {
                result = result.Substring(heading.Length).TrimStart();
                break;
            }
        }

        return result;
    }

    private static bool Contains(ICollection<string> set, string address)
    {
        foreach (var item in set)
        {
            if (string.Equals(item, address, StringComparison.OrdinalIgnoreCase))
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

    private static int LinesEnd(string text, int start, int lines)
    {
        var position = start;
        for (var i = 0; i < lines && position < text.Length; i++)
        {
            var newline = text.IndexOf('\n', position);
            position = newline < 0 ? text.Length : newline + 1;
        }

        return position;
    }
}
