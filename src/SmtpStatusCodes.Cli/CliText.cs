using System.Globalization;

namespace SmtpStatusCodes.Cli;

/// <summary>
/// The tool's own words in the languages the descriptions are written in (en, zh-Hant, zh-Hans), so a Chinese reader
/// does not get Chinese descriptions between English labels. Picked with the same culture resolution as the library.
/// </summary>
internal sealed class CliText
{
    private readonly int _index;

    private CliText(DescriptionLanguage language)
    {
        Language = language;
        _index = language.Name switch
        {
            "zh-Hant" => 1,
            "zh-Hans" => 2,
            _ => 0,
        };
    }

    public DescriptionLanguage Language { get; }

    public CultureInfo? Culture { get; private init; }

    public static CliText For(CultureInfo culture) => new(DescriptionLanguage.Resolve(culture)) { Culture = culture };

    /// <summary>The first line of an explanation: where it is and what it is, e.g. <c>Line 3: reply 550 5.1.1</c>.</summary>
    public string Header(long line, string what) => Pick($"Line {line}: {what}", $"第 {line} 行：{what}", $"第 {line} 行：{what}");

    /// <summary>Appended to the header of a multi-line reply, with its own leading space where the language has one.</summary>
    public string Lines(int count) => Pick($" ({count} lines)", $"（共 {count} 行）", $"（共 {count} 行）");

    public string Reply => Pick("reply", "回覆", "回复");

    public string Code => Pick("code", "代碼", "代码");

    public string DescribedAbove => Pick("(described above)", "（說明見上文）", "（说明见上文）");

    public string StatusNotRegistered => Pick(
        "Not registered at IANA: meaning from its class and subject.",
        "未在 IANA 登錄：含義依其類別與主題推斷。",
        "未在 IANA 注册：含义按其类别和主题推断。");

    public string ReplyNotDefined => Pick(
        "No RFC defines this reply code: meaning from its digits.",
        "沒有 RFC 定義此回覆碼：含義依其數字推斷。",
        "没有 RFC 定义此回复码：含义按其数字推断。");

    public string ClassMismatch(StatusCode status, ReplyCode reply) => Pick(
        $"The enhanced code's class ({(int)status.Class}) differs from the reply code's first digit ({reply.Value / 100}); RFC 2034 section 4 forbids this, so one of them is wrong.",
        $"增強狀態碼的類別（{(int)status.Class}）與回覆碼的第一位數字（{reply.Value / 100}）不一致；RFC 2034 第 4 節不允許這種情形，其中必有一個有誤。",
        $"增强状态码的类别（{(int)status.Class}）与回复码的第一位数字（{reply.Value / 100}）不一致；RFC 2034 第 4 节不允许这种情况，其中必有一个有误。");

    public string StatusDisagreement => Pick(
        "The lines of this reply carry different enhanced codes; the last line's is shown.",
        "此回覆的各行帶有不同的增強狀態碼；此處顯示最後一行的代碼。",
        "此回复的各行带有不同的增强状态码；此处显示最后一行的代码。");

    public string OutcomeText(Outcome outcome) => outcome switch
    {
        Outcome.Success => Pick("Success: the server accepted this.", "成功：伺服器已接受。", "成功：服务器已接受。"),
        Outcome.Intermediate => Pick(
            "Intermediate: the server waits for the rest of the command.",
            "中間回覆：伺服器正在等待命令的其餘部分。",
            "中间回复：服务器正在等待命令的其余部分。"),
        Outcome.Transient => Pick(
            "Temporary failure: sending again later may work.",
            "暫時性失敗：稍後重新寄送可能會成功。",
            "暂时性失败：稍后重新发送可能会成功。"),
        _ => Pick(
            "Permanent failure: sending again unchanged will fail again.",
            "永久性失敗：不作修改重新寄送仍會失敗。",
            "永久性失败：不作修改重新发送仍会失败。"),
    };

    /// <summary>The classifier's verdict with the reason's name: "Hard bounce: Unknown recipient."</summary>
    public string Verdict(BounceClassification classification)
    {
        var reason = classification.Reason.GetDisplayName(Language);
        return classification.Type switch
        {
            BounceType.Hard => Pick($"Hard bounce: {reason}.", $"硬退信：{reason}。", $"硬退信：{reason}。"),
            BounceType.Soft => Pick($"Soft bounce: {reason}.", $"軟退信：{reason}。", $"软退信：{reason}。"),
            BounceType.NotABounce => Pick($"Not a bounce: {reason}.", $"不是退信：{reason}。", $"不是退信：{reason}。"),
            _ => Pick($"Bounce type undetermined: {reason}.", $"無法判定退信類型：{reason}。", $"无法判定退信类型：{reason}。"),
        };
    }

    /// <summary>Why the classifier decided so, when words of the text (not a code) decided it.</summary>
    public string DecidedByPhrase(string phrase) => Pick(
        $"Decided by the words \"{phrase}\" in the text.", $"依據文字中的「{phrase}」判定。", $"依据文本中的“{phrase}”判定。");

    /// <summary>Why the classifier decided so, when the words of the text name the same reason as the enhanced code's own rule.</summary>
    public string PhraseAgreesWithCode(string phrase, StatusCode code) => Pick(
        $"The code {code} and the words \"{phrase}\" in the text agree.", $"代碼 {code} 與文字中的「{phrase}」一致。", $"代码 {code} 与文本中的“{phrase}”一致。");

    /// <summary>Two sentences as the language joins them: English with a space, Chinese (ending in 。) with nothing.</summary>
    public string Sentences(string first, string second) => _index == 0 ? $"{first} {second}" : first + second;

    /// <summary>What to do with the message, or null when retrying does not apply (delivered, not a bounce).</summary>
    public string? Retry(RetryAdvice retry) => retry switch
    {
        RetryAdvice.DoNotRetry => Pick("Retry: no; do not send to this address again as it is.", "重試：否；請勿再以原樣寄往此地址。", "重试：否；请勿再原样发往此地址。"),
        RetryAdvice.RetryLater => Pick("Retry: yes, later; the failure is temporary.", "重試：可以，稍後再試；此失敗是暫時的。", "重试：可以，稍后再试；此失败是暂时的。"),
        RetryAdvice.RetryAfterSenderFix => Pick(
            "Retry: after fixing the sending side (address, server, reputation or message).",
            "重試：先修正寄件端（地址、伺服器、信譽或郵件內容）後再試。",
            "重试：先修正发件端（地址、服务器、信誉或邮件内容）后再试。"),
        _ => null,
    };

    /// <summary>The first line of a recipient's explanation: the address and what happened.</summary>
    public string RecipientHeader(string address, SmtpStatusCodes.MimeKit.DeliveryAction action)
    {
        var what = action switch
        {
            SmtpStatusCodes.MimeKit.DeliveryAction.Failed => Pick("failed", "失敗", "失败"),
            SmtpStatusCodes.MimeKit.DeliveryAction.Delayed => Pick("delayed", "延遲", "延迟"),
            SmtpStatusCodes.MimeKit.DeliveryAction.Delivered => Pick("delivered", "已送達", "已送达"),
            SmtpStatusCodes.MimeKit.DeliveryAction.Relayed => Pick("relayed", "已轉送", "已转发"),
            SmtpStatusCodes.MimeKit.DeliveryAction.Expanded => Pick("expanded", "已展開", "已展开"),
            _ => Pick("no action given", "未註明動作", "未注明动作"),
        };
        return Pick($"Recipient {address}: {what}", $"收件者 {address}：{what}", $"收件人 {address}：{what}");
    }

    public string RemoteServer(string server) => Pick($"Remote server: {server}", $"遠端伺服器：{server}", $"远程服务器：{server}");

    public string NoCodeForRecipient => Pick(
        "The report gives no code for this recipient.", "報告未提供此收件者的代碼。", "报告未提供此收件人的代码。");

    public string NoCodeFound => Pick(
        "No SMTP code found. A code counts when it stands as a code: 550 at the start of a line or after \"said:\" or \"smtp;\", 5.1.1 between spaces or punctuation.",
        "找不到 SMTP 代碼。代碼須以代碼的形式出現：550 位於行首或 \"said:\"、\"smtp;\" 之後，5.1.1 前後為空白或標點。",
        "找不到 SMTP 代码。代码须以代码的形式出现：550 位于行首或 \"said:\"、\"smtp;\" 之后，5.1.1 前后为空白或标点。");

    public string InvalidUtf8(long lines) => Pick(
        $"{lines} line(s) held bytes that are not UTF-8; they are shown as \uFFFD.",
        $"有 {lines} 行含有非 UTF-8 位元組，以 \uFFFD 顯示。",
        $"有 {lines} 行含有非 UTF-8 字节，以 \uFFFD 显示。");

    /// <summary>The header of the list table; the code column is 10 wide.</summary>
    public string ListHeader => Pick("Code      Title, reference and description", "代碼      標題、出處與說明", "代码      标题、出处与说明");

    /// <summary>What to say about a code that no RFC defines as a standard or extension, or that is deprecated.</summary>
    public string? ListNote(ReplyCodeStatus status, bool deprecated) => status switch
    {
        ReplyCodeStatus.AssociationOnly => Pick("only associated with enhanced codes by RFC 5248", "僅由 RFC 5248 與增強狀態碼關聯", "仅由 RFC 5248 与增强状态码关联"),
        ReplyCodeStatus.Draft => Pick("Internet-Draft only", "僅見於網際網路草案", "仅见于互联网草案"),
        ReplyCodeStatus.Folklore => Pick("not in any RFC", "未見於任何 RFC", "未见于任何 RFC"),
        _ => deprecated ? Pick("deprecated", "已棄用", "已弃用") : null,
    };

    public string ScanMessages(int messages, int reports, int notBounces, int unreadable) => Pick(
        $"{messages} message(s): {reports} bounce report(s), {notBounces} not a bounce, {unreadable} unreadable.",
        $"共 {messages} 封郵件：退信報告 {reports} 封，非退信 {notBounces} 封，無法讀取 {unreadable} 封。",
        $"共 {messages} 封邮件：退信报告 {reports} 封，非退信 {notBounces} 封，无法读取 {unreadable} 封。");

    public string ScanNoRecipients => Pick("No bounced recipient found.", "找不到退信的收件者。", "找不到退信的收件人。");

    public string ScanReason => Pick("Reason", "原因", "原因");

    public string ScanHard => Pick("Hard", "硬退信", "硬退信");

    public string ScanSoft => Pick("Soft", "軟退信", "软退信");

    public string ScanOther => Pick("Other", "其他", "其他");

    public string ScanTotal => Pick("Total", "合計", "合计");

    private string Pick(string en, string zhHant, string zhHans) => _index switch
    {
        1 => zhHant,
        2 => zhHans,
        _ => en,
    };
}
