using System;
using System.Collections.Generic;

namespace SmtpStatusCodes.MimeKit.Internal;

/// <summary>
/// The report's words about all its recipients, built only when a recipient's own evidence gives the classifier no
/// reason (most never need it): the subject when the report is about one recipient, and the human-readable text before
/// the first line that names a recipient.
/// </summary>
internal sealed class ReportContext(string? subject, Func<List<ReportText>> texts, List<Evidence> recipients)
{
    private List<(string Text, int Length)>? _segments;
    private int _length;

    /// <summary>The number of characters <see cref="CopyTo"/> writes.</summary>
    public int Length
    {
        get
        {
            Build();
            return _length;
        }
    }

    /// <summary>Writes the context, its segments separated by line feeds, at the start of <paramref name="destination"/>.</summary>
    public void CopyTo(Span<char> destination)
    {
        Build();
        var at = 0;
        foreach (var (text, length) in _segments!)
        {
            if (at > 0)
            {
                destination[at++] = '\n';
            }

            text.AsSpan(0, length).CopyTo(destination.Slice(at));
            at += length;
        }
    }

    /// <summary>Finds the report's words about all its recipients: its subject and the text of its human-readable parts
    /// before the first line that names a recipient (and before the returned original), at most
    /// <see cref="MaxContextChars"/> characters; nothing is copied.</summary>
    private void Build()
    {
        if (_segments is not null)
        {
            return;
        }

        var addresses = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var recipient in recipients)
        {
            addresses.Add(recipient.Address);
        }

        _segments = new List<(string, int)>();

        // A subject speaks of one failure (Sendmail's "Returned mail: User unknown" names the first): it is context only
        // for a report about one recipient.
        if (recipients.Count == 1 && subject is { Length: > 0 })
        {
            Add(subject, subject.Length);
        }

        foreach (var text in texts())
        {
            var end = Math.Min(FirstLineNaming(text, addresses), MaxContextChars - _length);
            if (end <= 0)
            {
                break;
            }

            Add(text.Value, end);
        }

        void Add(string text, int length)
        {
            _length += (_segments.Count > 0 ? 1 : 0) + length;
            _segments.Add((text, length));
        }
    }

    private const int MaxContextChars = 4000;

    private static int FirstLineNaming(ReportText part, HashSet<string> addresses)
    {
        var text = part.Value;
        var end = part.OriginalStart;
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
            if (address.IndexOf('@') < 0 && others++ < RecipientLines.MaxOtherRecipients)
            {
                var found = text.IndexOf(address, 0, end, StringComparison.OrdinalIgnoreCase);
                end = found < 0 ? end : (found == 0 ? 0 : text.LastIndexOf('\n', found - 1) + 1);
            }
        }

        return end;
    }

}
