using System;

namespace SmtpStatusCodes;

/// <summary>
/// The value of a DSN <c>Diagnostic-Code:</c> field (RFC 3464 section 2.3.6) held as UTF-16 text, such as
/// <c>smtp; 550 5.1.1 &lt;bob@example.org&gt;... User unknown</c>: its type, its text and the codes at the start of the
/// text. <see cref="Utf8DiagnosticCode"/> is the same over UTF-8 bytes (RFC 6533 <c>message/global-delivery-status</c>).
/// </summary>
public readonly ref struct DiagnosticCode
{
    internal DiagnosticCode(ReadOnlySpan<char> type, ReadOnlySpan<char> text, bool isSmtp, ReplyCode? replyCode, StatusCode? statusCode)
    {
        Type = type;
        Text = text;
        IsSmtp = isSmtp;
        ReplyCode = replyCode;
        StatusCode = statusCode;
    }

    /// <summary>The diagnostic type before the semicolon, e.g. <c>smtp</c> or <c>X-Postfix</c>.</summary>
    public ReadOnlySpan<char> Type { get; }

    /// <summary>True when the type is <c>smtp</c> in any case (RFC 3464 section 2.1.2 makes types case-insensitive).</summary>
    public bool IsSmtp { get; }

    /// <summary>The text after the semicolon, as written: folded lines keep their line ends and indentation.</summary>
    public ReadOnlySpan<char> Text { get; }

    /// <summary>The reply code the text starts with (<c>550</c>), or null.</summary>
    public ReplyCode? ReplyCode { get; }

    /// <summary>The enhanced status code at the start of the text or right after the reply code, or null.</summary>
    public StatusCode? StatusCode { get; }
}
