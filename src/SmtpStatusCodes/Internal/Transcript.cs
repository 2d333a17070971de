using System;
using System.Runtime.InteropServices;

namespace SmtpStatusCodes.Internal;

/// <summary>
/// Reads an SMTP session transcript in a text (Sendmail, Courier and others print one: <c>&gt;&gt;&gt; COMMAND</c> lines
/// for what the client sent, <c>&lt;&lt;&lt; reply</c> lines for what the server answered) to tell which command a
/// reply answered. With PIPELINING (RFC 2920) a client sends several commands before it reads their replies, which come
/// back in command order; a transcript then prints the commands of the group and after them the replies. So a reply is
/// paired by its place in its group (the n-th reply answers the n-th command), never with the last command printed
/// above it, and only when the group prints as many replies as commands: Sendmail prints only the last command it sent
/// (<c>&gt;&gt;&gt; DATA</c>) followed by the refusals of the recipients and then of DATA, and a printer may leave
/// out replies that succeeded; a group whose counts differ proves nothing.
/// </summary>
internal static class Transcript
{
    // A group with more commands than this is not paired; no printer seen writes more than a handful at once.
    private const int MaxCommands = 16;

    // The phrase rows of the commands ('transcript-*' rows of bounce-phrases.tsv), in row order.
    private static readonly int[] CommandRows = BuildCommandRows();

    /// <summary>The stage (<see cref="PhraseScope.AfterData"/> ...) of a 'transcript-*' phrase row.</summary>
    public static int Stage(int row) => BounceTables.PhraseScopes[BounceTables.PhraseScopeStarts[row]] & 0xFF;

    /// <summary>
    /// The phrase row of the command that the transcript replies with reply code <paramref name="reply"/> answered, or
    /// -1: when the text has no such reply in a transcript, when the group of one of them does not print as many replies
    /// as commands, or when they answered different commands (or one a command without a row, such as RSET).
    /// </summary>
    public static int AnsweredCommand<T>(ReadOnlySpan<T> text, int reply)
        where T : unmanaged
    {
        // Most texts have no transcript: one vectorized search settles it.
        if (reply == 0 || (typeof(T) == typeof(char)
                ? MemoryMarshal.Cast<T, char>(text).IndexOf("<<<".AsSpan()) < 0
                : MemoryMarshal.Cast<T, byte>(text).IndexOf("<<<"u8) < 0))
        {
            return -1;
        }

        Span<int> commands = stackalloc int[MaxCommands];
        var group = new Group();
        var answered = -2;
        var position = 0;
        while (position <= text.Length)
        {
            var end = Ascii.IndexOf(text, '\n', position);
            end = end < 0 ? text.Length : end;
            var p = position;
            while (p < end && TextUnit.At(text, p) is ' ' or '\t')
            {
                p++;
            }

            var kind = Marker(text, p, end);
            if (kind == 0 && (p == end || (p == end - 1 && TextUnit.At(text, p) == '\r')))
            {
                // A blank line ends the transcript, or the report's block about one recipient.
                answered = group.Close(commands, answered);
            }
            else if (kind == '>')
            {
                if (group.Replies > 0)
                {
                    answered = group.Close(commands, answered);
                }

                if (group.Commands < MaxCommands)
                {
                    commands[group.Commands] = CommandRow(text, p + 3, end);
                }

                group.Commands++;
            }
            else if (kind == '<')
            {
                group.AddReplyLine(text, p + 3, end, reply);
            }

            // Any other line (Sendmail's own "550 5.1.1 <bob@example.org>... User unknown", "... while talking to") is
            // the printer's, not the session's: it neither ends a group nor counts in it.
            position = end + 1;
        }

        answered = group.Close(commands, answered);
        return answered < 0 ? -1 : answered;
    }

    // '>' for a command line, '<' for a reply line, 0 for another line.
    private static int Marker<T>(ReadOnlySpan<T> text, int p, int end)
        where T : unmanaged
    {
        if (end - p < 3)
        {
            return 0;
        }

        var c = TextUnit.At(text, p);
        return c is '>' or '<' && TextUnit.At(text, p + 1) == c && TextUnit.At(text, p + 2) == c ? c : 0;
    }

    // The row whose command (the phrase after '>>> ') the line starts with, as a whole word, or -1.
    private static int CommandRow<T>(ReadOnlySpan<T> text, int p, int end)
        where T : unmanaged
    {
        while (p < end && TextUnit.At(text, p) is ' ' or '\t')
        {
            p++;
        }

        foreach (var row in CommandRows)
        {
            var phrase = BounceTables.Phrases[row];
            var length = phrase.Length - 4;
            if (end - p >= length && StartsWith(text, p, phrase) && (end - p == length || !IsLetter(TextUnit.At(text, p + length))))
            {
                return row;
            }
        }

        return -1;
    }

    // Whether the text at p reads as the command of a '>>> command' phrase, ASCII case-insensitively.
    private static bool StartsWith<T>(ReadOnlySpan<T> text, int p, string phrase)
        where T : unmanaged
    {
        for (var k = 4; k < phrase.Length; k++)
        {
            var c = TextUnit.At(text, p + k - 4);
            if ((c is >= 'A' and <= 'Z' ? c | 0x20 : c) != phrase[k])
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLetter(int c) => (c | 0x20) is >= 'a' and <= 'z';

    private static int[] BuildCommandRows()
    {
        var rows = new System.Collections.Generic.List<int>();
        for (var i = 0; i < BounceTables.Phrases.Length; i++)
        {
            int start = BounceTables.PhraseScopeStarts[i], end = BounceTables.PhraseScopeStarts[i + 1];
            if (end - start == 1 && PhraseScope.Kind(BounceTables.PhraseScopes[start]) == PhraseScope.Transcript)
            {
                rows.Add(i);
            }
        }

        return rows.ToArray();
    }

    /// <summary>One group of a transcript: its commands, then its replies.</summary>
    private struct Group
    {
        private ulong _carrying;
        private bool _pending;
        private bool _lost;

        public int Commands;

        public int Replies;

        /// <summary>A reply line: <c>550-...</c> continues a reply, <c>550 ...</c> (or the code alone) ends it.</summary>
        public void AddReplyLine<T>(ReadOnlySpan<T> text, int p, int end, int reply)
            where T : unmanaged
        {
            while (p < end && TextUnit.At(text, p) is ' ' or '\t')
            {
                p++;
            }

            if (end - p < 3 || TextUnit.Digit(text, p) > 9 || TextUnit.Digit(text, p + 1) > 9 || TextUnit.Digit(text, p + 2) > 9)
            {
                return;
            }

            var code = (int)((TextUnit.Digit(text, p) * 100) + (TextUnit.Digit(text, p + 1) * 10) + TextUnit.Digit(text, p + 2));
            _pending |= code == reply;
            if (end - p > 3 && TextUnit.At(text, p + 3) == '-')
            {
                return;
            }

            if (_pending && Replies < 64)
            {
                _carrying |= 1UL << Replies;
            }

            _lost |= _pending && Replies >= 64;

            _pending = false;
            Replies++;
        }

        /// <summary>
        /// Pairs the group's replies that carry the code with its commands and folds them into
        /// <paramref name="answered"/> (-2: none yet; -1: not proven or not one command; else the row); then empties the group.
        /// </summary>
        public int Close(Span<int> commands, int answered)
        {
            answered = _lost ? -1 : answered;
            for (var j = 0; _carrying != 0 && j < 64; j++)
            {
                if ((_carrying & (1UL << j)) == 0)
                {
                    continue;
                }

                var row = Replies == Commands && Commands <= MaxCommands ? commands[j] : -1;
                answered = answered == -2 || answered == row ? row : -1;
            }

            this = default;
            return answered;
        }
    }
}
