using System;
using SmtpStatusCodes.Internal;

namespace SmtpStatusCodes;

/// <summary>A complete reply of one or more lines, read by <see cref="Utf8ReplyReader"/> without copying.</summary>
public readonly ref struct Utf8Reply
{
    internal Utf8Reply(ReadOnlySpan<byte> raw, int code, int statusPacked, int lineCount, bool hasDisagreement, bool hasOverlongLine)
    {
        Raw = raw;
        Code = ReplyCode.FromValue(code);
        StatusCode = statusPacked == 0 ? null : SmtpStatusCodes.StatusCode.FromPacked(statusPacked);
        LineCount = lineCount;
        HasStatusCodeDisagreement = hasDisagreement;
        HasOverlongLine = hasOverlongLine;
    }

    /// <summary>The bytes of the whole reply, line ends included.</summary>
    public ReadOnlySpan<byte> Raw { get; }

    /// <summary>The reply code, the same on every line (the reader checks).</summary>
    public ReplyCode Code { get; }

    /// <summary>The enhanced status code of the last line, or null when it carries none.</summary>
    public StatusCode? StatusCode { get; }

    /// <summary>How many lines the reply has.</summary>
    public int LineCount { get; }

    /// <summary>True when lines carry different enhanced codes, or only some carry one (RFC 2034 wants the same on every line).</summary>
    public bool HasStatusCodeDisagreement { get; }

    /// <summary>True when a line is longer than the 512 octets (with CRLF) of RFC 5321 section 4.5.3.1.5. Such lines are read whole.</summary>
    public bool HasOverlongLine { get; }

    /// <summary>False when the enhanced code's class differs from the reply code's first digit (RFC 2034 section 4).</summary>
    public bool IsConsistent => StatusCode is not { } status || (int)status.Class == Code.Value / 100;

    /// <summary>The lines, for <c>foreach</c>.</summary>
    /// <returns>An enumerator of <see cref="Utf8ReplyLine"/>.</returns>
    public LineEnumerator GetEnumerator() => new(Raw);

    /// <summary>Copies the reply into an owned <see cref="SmtpReply"/>.</summary>
    /// <returns>The reply.</returns>
    public SmtpReply ToReply()
    {
        var lines = new string[LineCount];
        var statusCodes = new StatusCode?[LineCount];
        var i = 0;
        foreach (var line in this)
        {
            statusCodes[i] = line.StatusCode;
            lines[i++] = Utf8.Decode(line.Text);
        }

        return new SmtpReply(Code, lines, statusCodes, IsConsistent, HasStatusCodeDisagreement);
    }

    /// <summary>Enumerates the lines of a <see cref="Utf8Reply"/>.</summary>
    public ref struct LineEnumerator
    {
        private ReadOnlySpan<byte> _rest;

        internal LineEnumerator(ReadOnlySpan<byte> raw)
        {
            _rest = raw;
            Current = default;
        }

        /// <summary>The current line.</summary>
        public Utf8ReplyLine Current { get; private set; }

        /// <summary>Moves to the next line.</summary>
        /// <returns>False after the last line.</returns>
        public bool MoveNext()
        {
            if (_rest.IsEmpty)
            {
                return false;
            }

            var end = _rest.IndexOf((byte)'\n');
            var line = end < 0 ? _rest : _rest.Slice(0, end + 1);
            _rest = end < 0 ? default : _rest.Slice(end + 1);
            Utf8ReplyLine.TryParse(line, out var parsed);
            Current = parsed;
            return true;
        }
    }
}
