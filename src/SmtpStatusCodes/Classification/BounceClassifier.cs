using System;
using SmtpStatusCodes.Internal;

namespace SmtpStatusCodes;

/// <summary>
/// Classifies a bounce: hard (the address is dead) or soft, why (<see cref="BounceReason"/>), and whether to retry.
/// Deterministic and data-driven: the enhanced status code's rule first, then the reply code's, then, where the code
/// leaves the reason open (5.7.1, 5.0.0, a bare 550 or 554), cue phrases in the text. No call allocates.
/// Rules, precedence and vendor meanings: docs/classification.md.
/// </summary>
/// <example>
/// <code>
/// var verdict = BounceClassifier.Classify("550 5.1.1 &lt;bob@example.org&gt;: Recipient address rejected: User unknown");
/// if (verdict.IsHard) { suppress(address); }          // Hard, UserUnknown, 5.1.1, 550, DoNotRetry
/// </code>
/// </example>
public static class BounceClassifier
{
    /// <summary>Classifies an enhanced status code alone.</summary>
    /// <param name="code">The code; <c>default(StatusCode)</c> gives an undetermined verdict with no evidence.</param>
    /// <returns>The verdict.</returns>
    public static BounceClassification Classify(StatusCode code)
    {
        var packed = code.Packed;
        var rule = packed == 0 ? -1 : BounceTables.EnhancedRule(packed >> 20, (packed >> 10) & 0x3FF, packed & 0x3FF);
        return rule < 0 ? default : BounceRules.FromRule(packed, 0, rule, packed >> 20, BounceBasis.StatusCode);
    }

    /// <summary>Classifies a reply code alone.</summary>
    /// <param name="code">The code; <c>default(ReplyCode)</c> gives an undetermined verdict with no evidence.</param>
    /// <returns>The verdict.</returns>
    public static BounceClassification Classify(ReplyCode code)
    {
        var value = code.Value;
        var rule = value == 0 ? -1 : BounceTables.ReplyRule(value);
        return rule < 0 ? FromCodes(0, value) : BounceRules.FromRule(0, value, rule, value / 100, BounceBasis.ReplyCode);
    }

    /// <summary>
    /// Classifies text: a reply line, a <c>Diagnostic-Code</c> value, a log line or a whole bounce. The codes come from
    /// <see cref="CodeScanner"/>: the most specific enhanced code wins (permanent over transient, a specific detail over
    /// X.0.0), with the reply code in front of it; cue phrases are searched when the code leaves the reason open or
    /// there is no code.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The verdict, with the codes it used.</returns>
    public static BounceClassification Classify(ReadOnlySpan<char> text)
    {
        var codes = EvidenceScan.Scan(text);
        return FromText(codes.Status, codes.Reply, text, codes.Anchor);
    }

    /// <summary>Classifies UTF-8 text, as <see cref="Classify(ReadOnlySpan{char})"/>, without transcoding it as a whole.</summary>
    /// <param name="utf8Text">The text as UTF-8 (invalid sequences are read as U+FFFD).</param>
    /// <returns>The verdict, with the codes it used.</returns>
    public static BounceClassification Classify(ReadOnlySpan<byte> utf8Text)
    {
        var codes = EvidenceScan.Scan(utf8Text);
        return FromText(codes.Status, codes.Reply, utf8Text, codes.Anchor);
    }

    /// <summary>
    /// Classifies the evidence of one recipient of a report, such as a DSN's <c>Status</c> field and its
    /// <c>Diagnostic-Code</c> text. A code in <paramref name="text"/> fills in a code not given, and an enhanced code
    /// in the text replaces the given one when it is of the same class and at least as specific (the remote server's own
    /// code, as in <c>Status: 5.1.1</c> with <c>Diagnostic-Code: smtp; 550 5.7.1 IP address blacklisted</c>).
    /// </summary>
    /// <param name="statusCode">The enhanced status code, or null (a <c>default</c> value counts as null).</param>
    /// <param name="replyCode">The reply code, or null (a <c>default</c> value counts as null).</param>
    /// <param name="text">Free text for cue phrases and further codes; may be empty.</param>
    /// <returns>The verdict, with the codes it used.</returns>
    public static BounceClassification Classify(StatusCode? statusCode, ReplyCode? replyCode, ReadOnlySpan<char> text)
    {
        var found = text.IsEmpty ? default : EvidenceScan.Scan(text);
        var (status, reply) = Merge(statusCode, replyCode, found);
        return FromText(status, reply, text, Anchor(status, reply, found));
    }

    /// <summary>As <see cref="Classify(StatusCode?, ReplyCode?, ReadOnlySpan{char})"/> over UTF-8 text.</summary>
    /// <param name="statusCode">The enhanced status code, or null (a <c>default</c> value counts as null).</param>
    /// <param name="replyCode">The reply code, or null (a <c>default</c> value counts as null).</param>
    /// <param name="utf8Text">Free text as UTF-8 for cue phrases and further codes; may be empty.</param>
    /// <returns>The verdict, with the codes it used.</returns>
    public static BounceClassification Classify(StatusCode? statusCode, ReplyCode? replyCode, ReadOnlySpan<byte> utf8Text)
    {
        var found = utf8Text.IsEmpty ? default : EvidenceScan.Scan(utf8Text);
        var (status, reply) = Merge(statusCode, replyCode, found);
        return FromText(status, reply, utf8Text, Anchor(status, reply, found));
    }

    private static (int Status, int Reply) Merge(StatusCode? statusCode, ReplyCode? replyCode, EvidenceScan.Codes found)
    {
        var status = statusCode?.Packed ?? 0;
        var reply = replyCode?.Value ?? 0;

        // The remote server's own code in the text is more direct than the one the reporting MTA put in Status, as long
        // as it is of the same class and says at least as much.
        if (status == 0 || (found.Status != 0 && found.Status >> 20 == status >> 20 && EvidenceScan.Specificity(found.Status) >= EvidenceScan.Specificity(status)))
        {
            status = found.Status;
        }

        if (reply == 0 && (status == 0 || found.Reply == 0 || found.Reply / 100 == status >> 20))
        {
            reply = found.Reply;
        }

        return (status, reply);
    }

    // Phrases are searched around a code taken from the text; with codes given apart from it, the whole text is about them.
    private static int Anchor(int status, int reply, EvidenceScan.Codes found) =>
        found.Anchor >= 0 && (found.Status != 0 ? found.Status == status : status == 0 && found.Reply == reply) ? found.Anchor : -1;

    private static BounceClassification FromCodes(int packedStatus, int reply)
    {
        var rule = BounceRules.DecidingRule(packedStatus, reply, out var basis);
        return BounceRules.Verdict(packedStatus, reply, rule, basis, -1);
    }

    private static BounceClassification FromText(int packedStatus, int reply, ReadOnlySpan<char> text, int anchor)
    {
        var rule = BounceRules.DecidingRule(packedStatus, reply, out var basis);
        var (start, length) = CueRegion.Around(text, anchor);
        var phrase = rule >= 0 && BounceTables.CodeRuleFinal[rule] != 0 ? -1 : PhraseSearch.FindBest(text.Slice(start, length), packedStatus, reply);
        return BounceRules.AfterStage(BounceRules.Verdict(packedStatus, reply, rule, basis, phrase), text, packedStatus, reply, rule);
    }

    private static BounceClassification FromText(int packedStatus, int reply, ReadOnlySpan<byte> utf8Text, int anchor)
    {
        var rule = BounceRules.DecidingRule(packedStatus, reply, out var basis);
        var (start, length) = CueRegion.Around(utf8Text, anchor);
        var phrase = rule >= 0 && BounceTables.CodeRuleFinal[rule] != 0 ? -1 : PhraseSearch.FindBest(utf8Text.Slice(start, length), packedStatus, reply);
        return BounceRules.AfterStage(BounceRules.Verdict(packedStatus, reply, rule, basis, phrase), utf8Text, packedStatus, reply, rule);
    }
}
