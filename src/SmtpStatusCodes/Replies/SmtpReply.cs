using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using SmtpStatusCodes.Internal;

namespace SmtpStatusCodes;

/// <summary>
/// A complete SMTP reply that owns its text: usable in async code, stored in collections, passed between threads.
/// Made by copying from <see cref="ReplyLine"/>, <see cref="Utf8ReplyLine"/> or <see cref="Utf8Reply"/>, or parsed from a string.
/// </summary>
public sealed class SmtpReply
{
    internal SmtpReply(ReplyCode code, IList<string> lines, IList<StatusCode?> lineStatusCodes, bool isConsistent, bool hasStatusCodeDisagreement)
    {
        Code = code;
        StatusCode = lineStatusCodes[lineStatusCodes.Count - 1];
        Lines = new ReadOnlyCollection<string>(lines);
        LineStatusCodes = new ReadOnlyCollection<StatusCode?>(lineStatusCodes);
        IsConsistent = isConsistent;
        HasStatusCodeDisagreement = hasStatusCodeDisagreement;
    }

    /// <summary>The reply code, the same on every line.</summary>
    public ReplyCode Code { get; }

    /// <summary>The enhanced status code of the last line (RFC 2034), or null when it carries none.</summary>
    public StatusCode? StatusCode { get; }

    /// <summary>The text of each line, after the code, the separator and the enhanced code; no CR or LF.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>The enhanced status code of each line, in the order of <see cref="Lines"/>; null for a line without one.</summary>
    public IReadOnlyList<StatusCode?> LineStatusCodes { get; }

    /// <summary>The lines' text joined with LF.</summary>
    public string Text => string.Join("\n", Lines);

    /// <summary>False when the enhanced code's class differs from the reply code's first digit (RFC 2034 section 4).</summary>
    public bool IsConsistent { get; }

    /// <summary>True when lines of a multi-line reply carry different enhanced codes (or only some carry one).</summary>
    public bool HasStatusCodeDisagreement { get; }

    /// <summary>Parses a complete reply: one or more lines separated by CRLF or LF, every line but the last with a hyphen.</summary>
    /// <param name="reply">The reply text.</param>
    /// <returns>The reply.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reply"/> is null.</exception>
    /// <exception cref="FormatException">The text is not one complete reply; the message names the line and the problem.</exception>
    public static SmtpReply Parse(string reply)
    {
        if (reply is null)
        {
            throw new ArgumentNullException(nameof(reply));
        }

        var bytes = System.Text.Encoding.UTF8.GetBytes(reply);
        var reader = new Utf8ReplyReader(bytes);
        if (!reader.TryRead(out var parsed))
        {
            // A final block never needs more data, so the reader either found nothing or found an error.
            var reason = reader.Status == ReplyReadStatus.End ? "the text is empty; expected at least one reply line" : reader.ErrorMessage;
            throw new FormatException($"Invalid SMTP reply {TextUnit.Quote(reply.AsSpan())}: {reason}.");
        }

        if (reader.Consumed != bytes.Length)
        {
            throw new FormatException($"Invalid SMTP reply {TextUnit.Quote(reply.AsSpan())}: text follows the last line of the reply (line {parsed.LineCount + 1}).");
        }

        return parsed.ToReply();
    }

    /// <summary>
    /// The reply as it would be sent: each line with the code, <c>-</c> (or a space on the last line), the line's own
    /// enhanced code and its text, so <see cref="Parse"/> gives back every line's text and code.
    /// </summary>
    /// <returns>The lines joined with CRLF, without a CRLF after the last.</returns>
    public override string ToString()
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < Lines.Count; i++)
        {
            var last = i == Lines.Count - 1;
            builder.Append(Code.ToString()).Append(last ? ' ' : '-');
            if (LineStatusCodes[i] is { } status)
            {
                builder.Append(status.ToString());
                if (Lines[i].Length > 0)
                {
                    builder.Append(' ');
                }
            }

            builder.Append(Lines[i]);
            if (!last)
            {
                builder.Append("\r\n");
            }
        }

        return builder.ToString();
    }
}
