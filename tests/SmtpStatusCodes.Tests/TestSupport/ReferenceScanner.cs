using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace SmtpStatusCodes.Tests.TestSupport;

/// <summary>
/// docs/scanning.md written as plainly as possible: every position is tried, left to right, with no vectors and no
/// shared code with the library, so property tests can check the vectorized scanner against it.
/// </summary>
internal static class ReferenceScanner
{
    public static List<string> Scan(string t)
    {
        var found = new List<string>();
        var i = 0;
        while (i < t.Length)
        {
            if (Enhanced(t, i, out var end))
            {
                found.Add(t[i..end]);
                i = end;
            }
            else if (Reply(t, i))
            {
                found.Add(t.Substring(i, 3));
                i += 3;
            }
            else
            {
                i++;
            }
        }

        return found;
    }

    private static bool AsciiLetterOrDigit(char c) => c is >= '0' and <= '9' or >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    private static bool ExcludedBefore(string t, int i) => i > 0 && (AsciiLetterOrDigit(t[i - 1]) || "._/\\@+$%&=~".IndexOf(t[i - 1]) >= 0);

    private static bool Enhanced(string t, int i, out int end)
    {
        end = 0;
        if (i + 4 >= t.Length || "245".IndexOf(t[i]) < 0 || t[i + 1] != '.' || t[i + 2] < '0' || t[i + 2] > '7' || t[i + 3] != '.' || ExcludedBefore(t, i))
        {
            return false;
        }

        var j = i + 4;
        while (j < t.Length && t[j] >= '0' && t[j] <= '9')
        {
            j++;
        }

        var digits = j - (i + 4);
        if (digits < 1 || digits > 3 || (digits > 1 && t[i + 4] == '0'))
        {
            return false;
        }

        if (j < t.Length)
        {
            var a = t[j];
            if (AsciiLetterOrDigit(a) || "_/@+%".IndexOf(a) >= 0)
            {
                return false;
            }

            if ((a == '.' || a == '-') && j + 1 < t.Length && AsciiLetterOrDigit(t[j + 1]))
            {
                return false;
            }
        }

        end = j;
        return true;
    }

    private static bool Reply(string t, int i)
    {
        if (i + 3 > t.Length || t[i] < '2' || t[i] > '5' || t[i + 1] < '0' || t[i + 1] > '5' || t[i + 2] < '0' || t[i + 2] > '9' || ExcludedBefore(t, i))
        {
            return false;
        }

        if (i + 3 < t.Length)
        {
            var a = t[i + 3];
            if (a is not (' ' or '\t' or '-' or '\r' or '\n'))
            {
                return false;
            }

            // Rule 4, for every reply class.
            if (a is ' ' or '-' && Enhanced(t, i + 4, out _))
            {
                return true;
            }
        }

        // Rules 1-3, each written as a pattern that must end right before the code; what lies between the anchor and
        // the code (group "between") is at most 64 characters long, whichever rule applies.
        var before = t.Substring(0, i);
        return InReplyPosition(LineStart, before) || InReplyPosition(AfterSmtpOrSaid, before);
    }

    /// <summary>The longest stretch of white space, transcript marker and quote between an anchor and a reply code.</summary>
    public const int MaxLookBack = 64;

    // Rule 1: the start of the text or a line, spaces or tabs, an optional <<<, >>>, << or >> marker and spaces or tabs
    // after it, an optional quote.
    private static readonly Regex LineStart = new(@"(?:\A|[\r\n])(?<between>[ \t]*(?:(?:<<<|>>>|<<|>>)[ \t]*)?[""']?)\z", RegexOptions.RightToLeft);

    // Rules 2 and 3: "smtp;" or "said:" in any ASCII case, then spaces or tabs.
    private static readonly Regex AfterSmtpOrSaid = new(@"(?:[sS][mM][tT][pP];|[sS][aA][iI][dD]:)(?<between>[ \t]*)\z", RegexOptions.RightToLeft);

    private static bool InReplyPosition(Regex rule, string before)
    {
        var match = rule.Match(before);
        return match.Success && match.Groups["between"].Length <= MaxLookBack;
    }
}
