using System;

namespace SmtpStatusCodes;

/// <summary>
/// The value of a DSN <c>Diagnostic-Code:</c> field (RFC 3464 section 2.3.6), such as
/// <c>smtp; 550 5.1.1 &lt;bob@example.org&gt;... User unknown</c>: its type, its text and the codes at the start of the text.
/// </summary>
/// <typeparam name="T"><see cref="char"/> or <see cref="byte"/> (UTF-8, as RFC 6533 allows).</typeparam>
public readonly ref struct DiagnosticCode<T>
    where T : unmanaged
{
    internal DiagnosticCode(ReadOnlySpan<T> type, ReadOnlySpan<T> text, bool isSmtp, int replyCode, int statusPacked)
    {
        Type = type;
        Text = text;
        IsSmtp = isSmtp;
        ReplyCode = replyCode == 0 ? null : SmtpStatusCodes.ReplyCode.FromValue(replyCode);
        StatusCode = statusPacked == 0 ? null : SmtpStatusCodes.StatusCode.FromPacked(statusPacked);
    }

    /// <summary>The diagnostic type before the semicolon, e.g. <c>smtp</c> or <c>X-Postfix</c>.</summary>
    public ReadOnlySpan<T> Type { get; }

    /// <summary>True when the type is <c>smtp</c> in any case (RFC 3464 section 2.1.2 makes types case-insensitive).</summary>
    public bool IsSmtp { get; }

    /// <summary>The text after the semicolon, as written: folded lines keep their line ends and indentation.</summary>
    public ReadOnlySpan<T> Text { get; }

    /// <summary>The reply code the text starts with (<c>550</c>), or null.</summary>
    public ReplyCode? ReplyCode { get; }

    /// <summary>The enhanced status code at the start of the text or right after the reply code, or null.</summary>
    public StatusCode? StatusCode { get; }
}
