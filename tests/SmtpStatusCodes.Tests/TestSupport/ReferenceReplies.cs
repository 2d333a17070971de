using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace SmtpStatusCodes.Tests.TestSupport;

/// <summary>
/// The documented reply rules (docs/parsing.md, "Reply lines and replies") written as plainly as possible over strings,
/// with no code shared with the library, so the fast parsers and readers can be compared with it on generated input.
/// </summary>
internal static class ReferenceReplies
{
    public sealed record Line(int Code, bool IsLast, string? Status, string Text);

    public sealed record Reply(int Code, IReadOnlyList<Line> Lines, bool HasOverlongLine)
    {
        public string? Status => Lines[^1].Status;

        public bool HasStatusCodeDisagreement => Lines.Select(l => l.Status).Distinct().Count() > 1;

        public bool IsConsistent => Status is null || Status[0] == Code.ToString()[0];
    }

    public sealed record Result(IReadOnlyList<Reply> Replies, ReplyReadStatus Status, int ErrorLine, int Consumed);

    /// <summary>One line: its line end (LF, CRLF, or a lone CR) is dropped; any other CR or LF makes it invalid.</summary>
    public static Line? ParseLine(string line)
    {
        var content = line;
        if (content.EndsWith("\n", StringComparison.Ordinal))
        {
            content = content[..^1];
        }

        if (content.EndsWith("\r", StringComparison.Ordinal))
        {
            content = content[..^1];
        }

        if (content.Contains('\r') || content.Contains('\n') || content.Length < 3 || !ReferenceGrammar.IsReplyCode(content[..3]))
        {
            return null;
        }

        var code = int.Parse(content[..3]);
        if (content.Length == 3)
        {
            return new Line(code, true, null, string.Empty);
        }

        if (content[3] != ' ' && content[3] != '-')
        {
            return null;
        }

        var isLast = content[3] == ' ';
        var rest = content[4..];
        var token = rest.Split(' ')[0];
        if (code / 100 != 3 && ReferenceGrammar.IsStatusCode(token))
        {
            return new Line(code, isLast, token, rest[token.Length..].TrimStart(' '));
        }

        return new Line(code, isLast, null, rest);
    }

    /// <summary>Every reply in <paramref name="data"/>: lines end at LF; every line of a reply has the reply's code;
    /// the reply ends at a line with a space or nothing after the code.</summary>
    public static Result Read(string data, bool isFinalBlock, int maxLineLength)
    {
        var replies = new List<Reply>();
        var position = 0;
        var lineNumber = 0;
        int Bytes(string s) => Encoding.UTF8.GetByteCount(s);
        bool TooLong(string s) => maxLineLength > 0 && Bytes(s) > maxLineLength;
        Result Stop(ReplyReadStatus status, int errorLine) => new(replies, status, errorLine, Bytes(data[..position]));
        while (true)
        {
            if (position == data.Length)
            {
                return Stop(ReplyReadStatus.End, 0);
            }

            var lines = new List<Line>();
            var overlong = false;
            var at = position;
            while (true)
            {
                if (at == data.Length)
                {
                    return isFinalBlock ? Stop(ReplyReadStatus.Invalid, lineNumber) : Stop(ReplyReadStatus.NeedMoreData, 0);
                }

                var newline = data.IndexOf('\n', at);
                if (newline < 0 && !isFinalBlock)
                {
                    return TooLong(data[at..]) ? Stop(ReplyReadStatus.Invalid, lineNumber + 1) : Stop(ReplyReadStatus.NeedMoreData, 0);
                }

                var text = newline < 0 ? data[at..] : data[at..(newline + 1)];
                lineNumber++;
                if (TooLong(text))
                {
                    return Stop(ReplyReadStatus.Invalid, lineNumber);
                }

                overlong |= Bytes(text.TrimEnd('\n').TrimEnd('\r')) + 2 > 512;
                var line = ParseLine(text);
                if (line is null || (lines.Count > 0 && line.Code != lines[0].Code))
                {
                    return Stop(ReplyReadStatus.Invalid, lineNumber);
                }

                lines.Add(line);
                at += text.Length;
                if (line.IsLast)
                {
                    break;
                }
            }

            replies.Add(new Reply(lines[0].Code, lines, overlong));
            position = at;
        }
    }
}
