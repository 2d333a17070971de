using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace SmtpStatusCodes.Tests.TestSupport;

/// <summary>
/// RFC 3464 delivery-status groups read as plainly as possible, with strings, Split and Regex and no code shared with
/// the library: lines end at CRLF, LF or a lone CR; lines of only spaces and tabs separate groups; a field is
/// <c>name ":" value</c> and runs on over the lines that start with a space or tab (RFC 822 folding). Values join
/// their lines with LF and lose surrounding white space, so they compare with the library's after its line ends are
/// turned into LF.
/// </summary>
internal static class ReferenceDsn
{
    public static List<List<(string Name, string Value)>> Groups(string body)
    {
        var groups = new List<List<string>>();
        List<string>? current = null;
        foreach (var line in Regex.Split(body, "\r\n|\r|\n"))
        {
            if (line.Trim(' ', '\t').Length == 0)
            {
                current = null;
                continue;
            }

            if (current is null)
            {
                current = [];
                groups.Add(current);
            }

            current.Add(line);
        }

        return groups.Select(Fields).ToList();
    }

    /// <summary>The first field of that name (ASCII case-insensitive), or null.</summary>
    public static string? Field(List<(string Name, string Value)> group, string name) =>
        group.Where(f => AsciiLower(f.Name) == AsciiLower(name)).Select(f => f.Value).FirstOrDefault();

    /// <summary><c>Status:</c> (RFC 3464 section 2.3.4): a status code, then at most a comment in parentheses.</summary>
    public static bool TryStatus(string value, out string code, out string comment)
    {
        var match = Regex.Match(value, @"^[ \t\n]*(?<code>[^ \t\n(]+)[ \t\n]*(?:\((?<comment>.*)\))?[ \t\n]*$", RegexOptions.Singleline);
        code = match.Groups["code"].Value;
        comment = match.Groups["comment"].Value.Trim(' ', '\t', '\n');
        return match.Success && ReferenceGrammar.IsStatusCode(code);
    }

    /// <summary>
    /// <c>Diagnostic-Code:</c> (RFC 3464 section 2.3.6): <c>type ";" text</c>; the text may start with a reply code
    /// and an enhanced code, in either order.
    /// </summary>
    public static bool TryDiagnostic(string value, out string type, out string? reply, out string? status)
    {
        reply = null;
        status = null;
        var semicolon = value.IndexOf(';');
        type = semicolon < 0 ? string.Empty : value.Substring(0, semicolon).Trim(' ', '\t', '\n');
        if (type.Length == 0)
        {
            return false;
        }

        var words = Regex.Split(value.Substring(semicolon + 1).Trim(' ', '\t', '\n'), "[ \t\n]+");
        var first = words[0];
        if (first.Length >= 3 && ReferenceGrammar.IsReplyCode(first.Substring(0, 3)) && (first.Length == 3 || first[3] == '-'))
        {
            reply = first.Substring(0, 3);
            var rest = first.Length > 4 ? first.Substring(4) : words.ElementAtOrDefault(1) ?? string.Empty;
            status = ReferenceGrammar.IsStatusCode(rest) ? rest : null;
        }
        else if (ReferenceGrammar.IsStatusCode(first))
        {
            status = first;
            var next = words.ElementAtOrDefault(1) ?? string.Empty;
            if (next.Length >= 3 && ReferenceGrammar.IsReplyCode(next.Substring(0, 3)) && (next.Length == 3 || next[3] == '-'))
            {
                reply = next.Substring(0, 3);
            }
        }

        return true;
    }

    private static List<(string Name, string Value)> Fields(List<string> lines)
    {
        var fields = new List<(string Name, string Value)>();
        string? name = null;
        var value = string.Empty;
        foreach (var line in lines)
        {
            if (line[0] is ' ' or '\t')
            {
                value += "\n" + line;
                continue;
            }

            Close();
            var colon = line.IndexOf(':');
            if (colon > 0)
            {
                name = line.Substring(0, colon).Trim(' ', '\t');
                value = line.Substring(colon + 1);
            }
        }

        Close();
        return fields;

        void Close()
        {
            if (name is not null)
            {
                fields.Add((name, value.Trim(' ', '\t', '\n')));
            }

            name = null;
            value = string.Empty;
        }
    }

    private static string AsciiLower(string s) => new(s.Select(c => c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c).ToArray());
}
