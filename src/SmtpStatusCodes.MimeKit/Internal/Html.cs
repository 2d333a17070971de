using System.Text;
using global::MimeKit.Text;

namespace SmtpStatusCodes.MimeKit.Internal;

/// <summary>Turns the HTML body of a report (Exchange and Microsoft 365 send only HTML) into lines of text.</summary>
internal static class Html
{
    public static string ToText(string html)
    {
        var text = new StringBuilder(html.Length / 2);
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c != '<')
            {
                // Source line breaks are layout, not text; block elements give the lines.
                text.Append(c is '\r' or '\n' or '\t' ? ' ' : c);
                i++;
                continue;
            }

            var close = html.IndexOf('>', i + 1);
            if (close < 0)
            {
                break;
            }

            var name = TagName(html, i + 1, close);
            if (name is "script" or "style" or "head" or "title")
            {
                var end = html.IndexOf("</" + name, close, System.StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : end;
                continue;
            }

            if (name is "br" or "p" or "/p" or "div" or "/div" or "tr" or "/tr" or "li" or "h1" or "h2" or "h3" or "/h1" or "/h2" or "/h3" or "table" or "/table" or "pre" or "/pre" or "blockquote")
            {
                text.Append('\n');
            }
            else if (name is "td" or "th")
            {
                text.Append(' ');
            }

            i = close + 1;
        }

        return HtmlUtils.HtmlDecode(text.ToString());
    }

    private static string TagName(string html, int start, int end)
    {
        var p = start;
        if (p < end && html[p] == '/')
        {
            p++;
        }

        var nameEnd = p;
        while (nameEnd < end && char.IsLetterOrDigit(html[nameEnd]))
        {
            nameEnd++;
        }

        var name = html.Substring(p, nameEnd - p).ToLowerInvariant();
        return p > start ? "/" + name : name;
    }
}
