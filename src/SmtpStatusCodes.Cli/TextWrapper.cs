using System;
using System.Collections.Generic;
using System.Text;

namespace SmtpStatusCodes.Cli;

/// <summary>
/// Wraps text to a number of terminal columns. Latin text breaks at spaces; Chinese text may break between any two
/// wide characters, except before closing punctuation (，。：；、）」), which stays with the character before it. A
/// word longer than a line is cut, never dropped.
/// </summary>
internal static class TextWrapper
{
    public static List<string> Wrap(string text, int width)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 2);
        var lines = new List<string>();
        var line = new StringBuilder();
        var lineWidth = 0;
        var pendingSpace = false;
        var tokens = Tokenize(text);
        foreach (var (token, tokenWidth, isSpace) in tokens)
        {
            if (isSpace)
            {
                pendingSpace = line.Length > 0;
                continue;
            }

            var needed = tokenWidth + (pendingSpace ? 1 : 0);
            if (lineWidth + needed > width && line.Length > 0)
            {
                lines.Add(line.ToString());
                line.Clear();
                lineWidth = 0;
                pendingSpace = false;
            }

            if (pendingSpace)
            {
                line.Append(' ');
                lineWidth++;
                pendingSpace = false;
            }

            if (tokenWidth > width)
            {
                // A URL or a run of letters wider than a line: cut it at the width.
                foreach (var rune in token.EnumerateRunes())
                {
                    var w = DisplayWidth.Of(rune);
                    if (lineWidth + w > width)
                    {
                        lines.Add(line.ToString());
                        line.Clear();
                        lineWidth = 0;
                    }

                    line.Append(rune.ToString());
                    lineWidth += w;
                }

                continue;
            }

            line.Append(token);
            lineWidth += tokenWidth;
        }

        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line.ToString());
        }

        return lines;
    }

    private static List<(string Token, int Width, bool IsSpace)> Tokenize(string text)
    {
        var tokens = new List<(string Token, int Width, bool IsSpace)>();
        var word = new StringBuilder();
        var wordWidth = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune) || Rune.IsControl(rune))
            {
                Flush();
                tokens.Add((" ", 1, true));
                continue;
            }

            var w = DisplayWidth.Of(rune);
            if (DisplayWidth.IsWide(rune.Value))
            {
                var closing = IsClosingPunctuation(rune.Value);
                if (closing && tokens.Count > 0 && word.Length == 0 && !tokens[^1].IsSpace)
                {
                    // Keep closing punctuation on the line of the character before it.
                    var last = tokens[^1];
                    tokens[^1] = (last.Token + rune.ToString(), last.Width + w, false);
                    continue;
                }

                Flush();
                tokens.Add((rune.ToString(), w, false));
                continue;
            }

            word.Append(rune.ToString());
            wordWidth += w;
        }

        Flush();
        return tokens;

        void Flush()
        {
            if (word.Length > 0)
            {
                tokens.Add((word.ToString(), wordWidth, false));
                word.Clear();
                wordWidth = 0;
            }
        }
    }

    private static bool IsClosingPunctuation(int value) =>
        value is 0x3001 or 0x3002 or 0xFF0C or 0xFF1A or 0xFF1B or 0xFF09 or 0x300D or 0x300F or 0xFF01 or 0xFF1F or 0xFF0E;
}
