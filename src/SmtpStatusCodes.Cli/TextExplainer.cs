using System;
using System.Text;

namespace SmtpStatusCodes.Cli;

/// <summary>
/// Explains free text line by line: every code the scanner finds, a reply code read together with the enhanced code
/// and the text of its reply line, and the lines of a multi-line reply (<c>550-5.1.1 ...</c> then <c>550 5.1.1 ...</c>)
/// grouped into one reply. Nothing but the current line and one pending reply is held in memory.
/// </summary>
internal sealed class TextExplainer
{
    /// <summary>A multi-line reply longer than this is explained in parts (real replies have a handful of lines).</summary>
    private const int MaxGroupLines = 100;

    /// <summary>The text of a reply is kept up to this many characters, then cut with an ellipsis.</summary>
    private const int MaxTextChars = 8 * 1024;

    private readonly IExplanationWriter _writer;
    private ReplyGroup? _pending;

    public TextExplainer(IExplanationWriter writer) => _writer = writer;

    public int Count { get; private set; }

    /// <summary>Reads every line of <paramref name="reader"/>.</summary>
    /// <exception cref="UnreadableInputException">The input is binary or could not be read; what was read before is written.</exception>
    public void Explain(LineReader reader)
    {
        try
        {
            while (reader.TryReadLine(out var line))
            {
                ExplainLine(line, reader.LineNumber);
            }
        }
        finally
        {
            Flush();
        }
    }

    private void ExplainLine(ReadOnlySpan<char> line, long lineNumber)
    {
        if (_pending is not null && _pending.LastLine != lineNumber - 1)
        {
            Flush();
        }

        // An indented line after the first line of an unfinished reply continues it, as a folded Diagnostic-Code
        // field does (RFC 5322 folding): "Diagnostic-Code: smtp; 550-5.1.1 The email account ...", then " not exist".
        var folded = _pending is not null && !line.IsEmpty && line[0] is ' ' or '\t';
        var skipStatusBefore = -1;
        StatusCode? skipStatus = null;
        foreach (var match in CodeScanner.EnumerateMatches(line))
        {
            var status = match.StatusCode;
            if (status is { } s && skipStatus == s && match.Index < skipStatusBefore)
            {
                // The enhanced code of a reply line just explained with its reply code.
                skipStatus = null;
                continue;
            }

            if (status is null && ReplyLine.TryParse(line.Slice(match.Index), out var reply))
            {
                skipStatus = reply.StatusCode;
                skipStatusBefore = match.Index + reply.Line.Length - reply.Text.Length;
                var before = line.Slice(0, match.Index);
                AddReplyLine(reply, WithoutWrapperParentheses(before, reply.Text.Trim()), lineNumber, startsLine: StartsLine(before));
                continue;
            }

            if (folded && _pending is not null && _pending.LastLine == lineNumber - 1)
            {
                continue;   // part of the reply's text, appended below
            }

            Flush();
            var around = Around(line, match.Index, match.Length);
            Emit(new Explanation
            {
                Kind = ExplanationKind.Code,
                Line = lineNumber,
                Text = around,
                StatusCode = status,
                ReplyCode = match.ReplyCode,
                Classification = BounceClassifier.Classify(status, match.ReplyCode, around),
            });
        }

        if (_pending is not null && _pending.LastLine != lineNumber)
        {
            if (folded && _pending.LastLine == lineNumber - 1)
            {
                _pending.AddText(line.Trim(), lineNumber);
            }
            else
            {
                Flush();
            }
        }
    }

    /// <summary>True when only white space and SMTP transcript markers (<c>&lt;&lt;&lt;</c>, <c>&gt;&gt;&gt;</c>) come before a reply.</summary>
    private static bool StartsLine(ReadOnlySpan<char> before) => before.Trim(" \t<>").IsEmpty;

    /// <summary>The line a code stands in, or the part of a long line around the code; a cut is marked with an ellipsis.</summary>
    private static string Around(ReadOnlySpan<char> line, int index, int length)
    {
        const int Half = 100;
        var first = line.Length - line.TrimStart().Length;
        var last = line.TrimEnd().Length;
        var start = Math.Max(first, index - Half);
        var end = Math.Min(last, index + length + Half);
        var part = line[start..end].Trim();
        return string.Concat(start > first ? "\u2026" : string.Empty, part, end < last ? "\u2026" : string.Empty);
    }

    /// <summary>
    /// A reply quoted inside parentheses, as Postfix logs it (<c>status=bounced (host ... said: 550 ... (in reply to
    /// RCPT TO command))</c>), loses the closing parentheses that belong to the log line, not to the reply.
    /// </summary>
    private static ReadOnlySpan<char> WithoutWrapperParentheses(ReadOnlySpan<char> before, ReadOnlySpan<char> text)
    {
        var open = before.Count('(') - before.Count(')');
        var excess = text.Count(')') - text.Count('(');
        while (open > 0 && excess > 0 && text.EndsWith(')'))
        {
            text = text[..^1].TrimEnd();
            open--;
            excess--;
        }

        return text;
    }

    private void AddReplyLine(ReplyLine reply, ReadOnlySpan<char> text, long lineNumber, bool startsLine)
    {
        var pending = _pending;
        if (pending is not null && startsLine && pending.Code == reply.Code && pending.LastLine == lineNumber - 1 && pending.Lines < MaxGroupLines)
        {
            pending.Add(reply, text, lineNumber);
        }
        else
        {
            Flush();
            pending = _pending = new ReplyGroup(reply, text, lineNumber);
        }

        if (reply.IsLast)
        {
            Flush();
        }
    }

    private void Flush()
    {
        if (_pending is { } group)
        {
            _pending = null;
            Emit(group.ToExplanation());
        }
    }

    private void Emit(Explanation explanation)
    {
        Count++;
        _writer.Write(explanation);
    }

    /// <summary>The lines of a multi-line reply read so far.</summary>
    private sealed class ReplyGroup
    {
        private readonly StringBuilder _text = new();
        private readonly long _firstLine;
        private bool _consistent;
        private bool _disagreement;

        public ReplyGroup(ReplyLine first, ReadOnlySpan<char> text, long lineNumber)
        {
            Code = first.Code;
            StatusCode = first.StatusCode;
            _firstLine = lineNumber;
            _consistent = first.IsConsistent;
            AddText(text, lineNumber);
        }

        public ReplyCode Code { get; }

        public StatusCode? StatusCode { get; private set; }

        public long LastLine { get; private set; }

        public int Lines { get; private set; }

        public void Add(ReplyLine line, ReadOnlySpan<char> text, long lineNumber)
        {
            _disagreement |= line.StatusCode != StatusCode;
            _consistent &= line.IsConsistent;

            // RFC 2034 puts the enhanced code on every line; the last line's is the reply's, as SmtpReply has it.
            StatusCode = line.StatusCode ?? StatusCode;
            AddText(text, lineNumber);
        }

        /// <summary>Adds a line of text; past <see cref="MaxTextChars"/> the text ends with an ellipsis instead.</summary>
        public void AddText(ReadOnlySpan<char> text, long lineNumber)
        {
            if (!text.IsEmpty && _text.Length <= MaxTextChars)
            {
                _text.Append(_text.Length > 0 ? " " : string.Empty);
                if (_text.Length + text.Length > MaxTextChars)
                {
                    text = text[..(MaxTextChars - _text.Length)];
                    _text.Append(text).Append('\u2026');
                }
                else
                {
                    _text.Append(text);
                }
            }

            LastLine = lineNumber;
            Lines++;
        }

        public Explanation ToExplanation()
        {
            var text = _text.ToString();
            return new Explanation
            {
                Kind = ExplanationKind.Reply,
                Line = _firstLine,
                Text = text,
                ReplyCode = Code,
                StatusCode = StatusCode,
                IsConsistent = _consistent,
                HasStatusCodeDisagreement = _disagreement,
                LineCount = Lines,
                Classification = BounceClassifier.Classify(StatusCode, Code, text),
            };
        }
    }
}
