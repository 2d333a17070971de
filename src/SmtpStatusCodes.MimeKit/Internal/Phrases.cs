using System;

namespace SmtpStatusCodes.MimeKit.Internal;

/// <summary>Words that mail systems use to explain a failure, a delay or an automatic reply, in the languages of the
/// systems that send such reports. Matched case-insensitively as substrings.</summary>
internal static class Phrases
{
    /// <summary>Words that say a recipient could not be reached; finding one near an address makes it a recipient.</summary>
    private static readonly string[] Failure =
    [
        "unknown", "no such", "not exist", "doesn't exist", "does not exist", "not found", "invalid", "rejected", "refused",
        "denied", "blocked", "failed", "failure", "could not be delivered", "couldn't be delivered", "undeliverable",
        "unable to deliver", "not be delivered", "cannot be delivered", "can't be delivered", "doesn't have", "does not have", "account", "permanent", "temporar", "timed out", "time out", "timeout", "too many",
        "exceeded", "disabled", "suspended", "inactive", "deactivated", "spam", "blacklist", "blocklist", "policy", "not allowed",
        "unrouteable", "unroutable", "mailbox", "quota", "full", "said:", "error", "expired", "retry", "delayed",
        "does not like", "did not reach", "not reach", "not accept", "no longer", "unavailable", "unreachable", "problem", "bounce", "refuse",
        "存在しません", "見つかりません", "できません", "できませんでした", "届きません", "宛先", "エラー", "不明",
        "不存在", "失败", "退信", "无法", "拒绝", "错误", "не существует", "не может", "ошибк", "unbekannt",
        "existiert nicht", "nicht zugestellt", "inconnu", "n'existe pas", "non valide",
    ];

    /// <summary>Words that say delivery is still being tried.</summary>
    private static readonly string[] Delay =
    [
        "will be retried", "will retry", "will continue to try", "will keep trying", "still trying", "still being retried",
        "not yet been delivered", "has not been delivered yet", "delivery has been delayed", "delivery is delayed",
        "message delayed", "delayed", "deferred", "will try again", "warning: message", "no action is required",
    ];

    /// <summary>Words that say the system gave up, which overrule the delay words.</summary>
    private static readonly string[] GaveUp =
    [
        "gave up", "given up", "giving up", "expired", "permanent", "could not be delivered", "couldn't be delivered",
        "undeliverable", "failed permanently", "will not be retried", "too long", "retry time", "retry timeout",
    ];

    /// <summary>Subject words of bounces, delay notices and their translations.</summary>
    private static readonly string[] BounceSubject =
    [
        "undeliver", "undelivered", "delivery status", "delivery fail", "delivery notification", "delivery problem",
        "delivery report", "failure notice", "returned mail", "returned to sender", "mail delivery", "non-delivery", "nondeliver",
        "not delivered", "could not be delivered", "couldn't be delivered", "delivery has failed", "delayed", "delay",
        "warning: could not", "mail system error", "error sending", "failed delivery", "bounce", "rejected", "mail failure",
        "message not delivered", "unable to deliver", "return receipt", "delivered:", "relayed:",
        "不達", "配信", "エラー", "送信できません", "届きません", "退信", "未送达", "失败", "系统退信", "не доставлено",
        "nicht zugestellt", "unzustellbar", "non remis", "non distribuable",
    ];

    /// <summary>Subject words of automatic replies.</summary>
    private static readonly string[] AutoReplySubject =
    [
        "auto:", "automatic reply", "autoreply", "auto-reply", "auto reply", "autoresponse", "auto response", "out of office",
        "out of the office", "away until", "on vacation", "vacation", "abwesend", "abwesenheit", "absence", "自動応答",
        "自動返信", "自动回复", "不在",

        // The same replies as Outlook/Exchange, Gmail and the big European and Russian providers title them in German,
        // French, Spanish, Italian, Dutch, Portuguese, Russian and Traditional Chinese.
        "automatische antwort", "réponse automatique", "reponse automatique", "respuesta automática",
        "respuesta automatica", "fuera de la oficina", "risposta automatica", "fuori ufficio", "automatisch antwoord",
        "niet op kantoor", "resposta automática", "resposta automatica", "fora do escritório", "автоответ",
        "автоматический ответ", "自動回覆",
    ];

    public static bool HasFailure(ReadOnlySpan<char> text) => ContainsAny(text, Failure);

    public static bool HasDelay(ReadOnlySpan<char> text) => ContainsAny(text, Delay) && !ContainsAny(text, GaveUp);

    public static bool IsBounceSubject(string subject) => ContainsAny(subject.AsSpan(), BounceSubject);

    public static bool IsAutoReplySubject(string subject) => ContainsAny(subject.AsSpan(), AutoReplySubject);

    private static bool ContainsAny(ReadOnlySpan<char> text, string[] words)
    {
        // One lower-cased copy, then ordinal searches: an ordinal search is vectorised, a case-insensitive one over
        // non-ASCII words is not. The words are written in lower case.
        var lower = text.Length <= 1024 ? stackalloc char[text.Length] : new char[text.Length];
        text.ToLowerInvariant(lower);
        foreach (var word in words)
        {
            if (((ReadOnlySpan<char>)lower).IndexOf(word.AsSpan(), StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
