using System;

namespace SmtpStatusCodes.Internal;

/// <summary>Applies the generated rule tables: which code rule decides, whether a phrase applies, and the verdict.</summary>
internal static class BounceRules
{
    // The phrase rows that mark the SMTP stage of a refusal, in row order, each with its stage in the top bits.
    internal static readonly int[] StageMarkers = BuildStageMarkers();

    // Per phrase row: a Filtered row whose phrase is also listed for UserUnknown, so the words themselves say the user is
    // unknown and only the code (X.2.0, X.2.1) read them as a filter.
    private static readonly bool[] UnknownUserWords = BuildUnknownUserWords();

    // Per code rule and class (success, transient, permanent): reason | type << 8 | retry << 12, so that classifying a
    // code alone is a table lookup after the rule lookup.
    private static readonly ushort[] RuleVerdicts = BuildRuleVerdicts();

    /// <summary>The verdict of a code rule alone (no phrase), for a code of class 2, 4 or 5 (reply codes: first digit).</summary>
    public static BounceClassification FromRule(int packedStatus, int reply, int rule, int codeClass, BounceBasis basis)
    {
        var v = RuleVerdicts[(rule * 3) + (codeClass == 5 ? 2 : codeClass == 4 ? 1 : 0)];
        return new BounceClassification(packedStatus, reply, (BounceReason)(v & 0xFF), (BounceType)((v >> 8) & 0xF), (RetryAdvice)(v >> 12), basis, -1);
    }

    private static ushort[] BuildRuleVerdicts()
    {
        var verdicts = new ushort[BounceTables.CodeRuleCodes.Length * 3];
        for (var rule = 0; rule < BounceTables.CodeRuleCodes.Length; rule++)
        {
            for (var k = 0; k < 3; k++)
            {
                var v = Verdict(CodePacking.Pack(k == 0 ? 2 : k == 1 ? 4 : 5, 0, 0), 0, rule, BounceBasis.StatusCode, -1);
                verdicts[(rule * 3) + k] = (ushort)((int)v.Reason | ((int)v.Type << 8) | ((int)v.Retry << 12));
            }
        }

        return verdicts;
    }

    private static bool[] BuildUnknownUserWords()
    {
        var unknownUser = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < BounceTables.Phrases.Length; i++)
        {
            if ((BounceReason)BounceTables.PhraseReasons[i] == BounceReason.UserUnknown)
            {
                unknownUser.Add(BounceTables.Phrases[i]);
            }
        }

        var words = new bool[BounceTables.Phrases.Length];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = (BounceReason)BounceTables.PhraseReasons[i] == BounceReason.Filtered && unknownUser.Contains(BounceTables.Phrases[i]);
        }

        return words;
    }


    private static int[] BuildStageMarkers()
    {
        var markers = new System.Collections.Generic.List<int>();
        for (var i = 0; i < BounceTables.Phrases.Length; i++)
        {
            int start = BounceTables.PhraseScopeStarts[i], end = BounceTables.PhraseScopeStarts[i + 1];
            var kind = end - start == 1 ? PhraseScope.Kind(BounceTables.PhraseScopes[start]) : 0;
            if (kind is PhraseScope.AfterData or PhraseScope.AfterMail or PhraseScope.AfterConnect or PhraseScope.AfterRcpt)
            {
                markers.Add(i | (kind << 24));
            }
        }

        return markers.ToArray();
    }

    /// <summary>
    /// The stage rule (RFC 5321 s3.3: a server accepts or refuses each recipient in its RCPT reply). When the text names
    /// the command a refusal answered, a reason that presumes another stage gives way to the marker row's reason:
    /// <list type="bullet">
    /// <item>after DATA ('after-data'), a <see cref="BounceReason.UserUnknown"/> recipient had been accepted at RCPT TO:
    /// a filter refused it.</item>
    /// <item>at MAIL FROM ('after-mail'), no recipient had been named yet: an unknown user, an unknown host or no reason
    /// at all is about the sender.</item>
    /// <item>at the greeting or EHLO ('after-connect'), neither sender nor recipient had been named: the client host
    /// was refused.</item>
    /// <item>at RCPT TO ('after-rcpt'), the server refused the recipient address itself: a <see cref="BounceReason.Filtered"/>
    /// verdict that rests only on the code (X.2.0, X.2.1) while the words say the user is unknown becomes the words'
    /// reason.</item>
    /// </list>
    /// At the greeting, a reason that only a bare reply code's rule gave (421 without words: a system error) gives way
    /// too: the server refused the client host before any sender or recipient was named.
    /// A reason that the enhanced code's own rule states (5.1.1: the mailbox does not exist) stands: the server said it
    /// in the registry's terms, not in prose. That also keeps the common case, a specific code, free of any extra search.
    /// Without a marker, an SMTP session transcript in the text gives the stage where it pairs the deciding reply with a
    /// command (<see cref="Transcript"/>).
    /// </summary>
    public static BounceClassification AfterStage<T>(BounceClassification verdict, ReadOnlySpan<T> text, int packedStatus, int reply, int rule)
        where T : unmanaged
    {
        var reason = verdict.Reason;
        var wordsSayUnknown = reason == BounceReason.Filtered && verdict.PhraseIndex >= 0 && UnknownUserWords[verdict.PhraseIndex];

        // A reason that only a bare reply code's rule gave (421: a system error), with no words and no enhanced code that
        // says anything: at the greeting, the server refused the client host whatever the code's usual meaning.
        var replyCodeOnly = verdict.Basis == BounceBasis.ReplyCode && reason is not (BounceReason.UserUnknown or BounceReason.HostUnknown or BounceReason.Undefined);
        if (!verdict.IsBounce || !(wordsSayUnknown || replyCodeOnly || reason is BounceReason.UserUnknown or BounceReason.HostUnknown or BounceReason.Undefined))
        {
            return verdict;
        }

        var statusRule = packedStatus == 0 ? -1 : BounceTables.EnhancedRule(packedStatus >> 20, (packedStatus >> 10) & 0x3FF, packedStatus & 0x3FF);
        if (!wordsSayUnknown && reason != BounceReason.Undefined && statusRule >= 0 && (BounceReason)BounceTables.CodeRuleReasons[statusRule] == reason)
        {
            return verdict;
        }

        // The stage from a marker phrase or, without one, from a session transcript that shows which command the deciding
        // reply answered; each is a phrase row that names the stage.
        var stageReason = replyCodeOnly ? BounceReason.Undefined : reason;
        var marker = FirstStageMarker(text, stageReason);
        int row, stage;
        if (marker >= 0)
        {
            row = StageMarkers[marker] & 0xFFFFFF;
            stage = StageMarkers[marker] >> 24;
        }
        else
        {
            row = Transcript.AnsweredCommand(text, reply);
            if (row < 0 || !StageApplies(stage = Transcript.Stage(row), stageReason))
            {
                return verdict;
            }
        }

        // A verdict that only a bare reply code's rule gave changes at the greeting alone (refused to talk to me).
        return replyCodeOnly && stage != PhraseScope.AfterConnect ? verdict : Verdict(packedStatus, reply, rule, BounceBasis.CuePhrase, row);
    }

    /// <summary>
    /// The first stage marker in row order (an index into the marker list) that occurs in <paramref name="text"/> and
    /// applies to <paramref name="reason"/> ('after-data' only to <see cref="BounceReason.UserUnknown"/>; 'after-rcpt'
    /// only to <see cref="BounceReason.Filtered"/>, which the stage rule passes only for unknown-user words that an X.2.0
    /// or X.2.1 code made a filter, and no other marker to it), or -1.
    /// </summary>
    internal static int FirstStageMarker<T>(ReadOnlySpan<T> text, BounceReason reason)
        where T : unmanaged
    {
#if NET10_0_OR_GREATER
        if (typeof(T) == typeof(char))
        {
            return FirstStageMarker(System.Runtime.InteropServices.MemoryMarshal.Cast<T, char>(text), reason);
        }
#endif
        for (var m = 0; m < StageMarkers.Length; m++)
        {
            if (StageMarkerApplies(m, reason) && Contains(text, BounceTables.Phrases[StageMarkers[m] & 0xFFFFFF]))
            {
                return m;
            }
        }

        return -1;
    }

    private static bool StageMarkerApplies(int m, BounceReason reason) => StageApplies(StageMarkers[m] >> 24, reason);

    // 'after-data' only to an unknown user; 'after-rcpt' only to a filter verdict made of unknown-user words; the others
    // to everything but such a filter.
    private static bool StageApplies(int stage, BounceReason reason) => stage switch
    {
        PhraseScope.AfterRcpt => reason == BounceReason.Filtered,
        PhraseScope.AfterData => reason == BounceReason.UserUnknown,
        _ => reason != BounceReason.Filtered,
    };

#if NET10_0_OR_GREATER
    // The dozen markers in one SearchValues<string>: few enough values for its vectorized (Teddy) search, so the text
    // is read once instead of once per marker.
    private static readonly System.Buffers.SearchValues<string> StageValues = System.Buffers.SearchValues.Create(
        System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(StageMarkers, m => BounceTables.Phrases[m & 0xFFFFFF])),
        StringComparison.OrdinalIgnoreCase);

    private static int FirstStageMarker(ReadOnlySpan<char> text, BounceReason reason)
    {
        var best = StageMarkers.Length;
        var position = 0;
        while (best > 0 && position < text.Length)
        {
            var found = text.Slice(position).IndexOfAny(StageValues);
            if (found < 0)
            {
                break;
            }

            position += found;
            var rest = text.Slice(position);
            for (var m = 0; m < best; m++)
            {
                if (StageMarkerApplies(m, reason) && rest.StartsWith(BounceTables.Phrases[StageMarkers[m] & 0xFFFFFF].AsSpan(), StringComparison.OrdinalIgnoreCase))
                {
                    best = m;
                    break;
                }
            }

            position++;
        }

        return best == StageMarkers.Length ? -1 : best;
    }
#endif

    // Case-insensitive ordinal search for a lower-case ASCII marker in UTF-16 or UTF-8 text: candidates are the
    // positions of the marker's first letter in either case (a vectorized search), each then compared in full.
    private static bool Contains<T>(ReadOnlySpan<T> text, string marker)
        where T : unmanaged
    {
        if (typeof(T) == typeof(char))
        {
            return System.Runtime.InteropServices.MemoryMarshal.Cast<T, char>(text).IndexOf(marker.AsSpan(), StringComparison.OrdinalIgnoreCase) >= 0;
        }

        var bytes = System.Runtime.InteropServices.MemoryMarshal.Cast<T, byte>(text);
        byte lower = (byte)marker[0], upper = (byte)char.ToUpperInvariant(marker[0]);
        var position = 0;
        while (position <= bytes.Length - marker.Length)
        {
            var found = bytes.Slice(position, bytes.Length - marker.Length + 1 - position).IndexOfAny(lower, upper);
            if (found < 0)
            {
                return false;
            }

            position += found;
            var k = 1;
            while (k < marker.Length)
            {
                int c = bytes[position + k], m = marker[k];
                if (c != m && !(m is >= 'a' and <= 'z' && (c | 0x20) == m))
                {
                    break;
                }

                k++;
            }

            if (k == marker.Length)
            {
                return true;
            }

            position++;
        }

        return false;
    }

    /// <summary>Whether phrase <paramref name="index"/> applies to the codes (packed status 0 and reply 0: no code).</summary>
    public static bool Applies(int index, int packedStatus, int reply)
    {
        var scopes = BounceTables.PhraseScopes;
        int start = BounceTables.PhraseScopeStarts[index], end = BounceTables.PhraseScopeStarts[index + 1];
        if (start == end)
        {
            return true;
        }

        var statusClass = packedStatus >> 20;
        for (var i = start; i < end; i++)
        {
            var scope = scopes[i];
            switch (PhraseScope.Kind(scope))
            {
                case PhraseScope.None when packedStatus == 0 && reply == 0:
                    return true;
                case PhraseScope.Class when (packedStatus != 0 ? statusClass : reply / 100) == (scope & 0xF):
                    return true;
                case PhraseScope.Enhanced when packedStatus != 0:
                    var c = (scope >> 24) & 0xF;
                    var s = (scope >> 20) & 0xF;
                    var d = scope & 0x3FF;
                    if ((c == 0 ? statusClass is 4 or 5 : statusClass == c) && (s == 15 || s == ((packedStatus >> 10) & 0x3FF)) && (d == 1023 || d == (packedStatus & 0x3FF)))
                    {
                        return true;
                    }

                    break;
                case PhraseScope.Reply when reply != 0:
                    if (Digit(scope >> 8, reply / 100) && Digit(scope >> 4, reply / 10 % 10) && Digit(scope, reply % 10))
                    {
                        return true;
                    }

                    break;
            }
        }

        return false;

        static bool Digit(int pattern, int digit) => (pattern & 0xF) == 15 || (pattern & 0xF) == digit;
    }

    /// <summary>The code rule that decides: the enhanced code's, unless it says nothing specific (Undefined) and the reply code's does.</summary>
    public static int DecidingRule(int packedStatus, int reply, out BounceBasis basis)
    {
        var statusRule = packedStatus == 0 ? -1 : BounceTables.EnhancedRule(packedStatus >> 20, (packedStatus >> 10) & 0x3FF, packedStatus & 0x3FF);
        var replyRule = reply == 0 ? -1 : BounceTables.ReplyRule(reply);
        if (statusRule >= 0 && (BounceTables.CodeRuleReasons[statusRule] != 0 || replyRule < 0 || BounceTables.CodeRuleReasons[replyRule] == 0))
        {
            basis = BounceBasis.StatusCode;
            return statusRule;
        }

        basis = replyRule >= 0 ? BounceBasis.ReplyCode : BounceBasis.None;
        return replyRule;
    }

    /// <summary>The verdict from the codes, the deciding rule and the phrase found (-1 for none).</summary>
    public static BounceClassification Verdict(int packedStatus, int reply, int rule, BounceBasis basis, int phrase)
    {
        BounceReason reason;
        if (phrase >= 0)
        {
            reason = (BounceReason)BounceTables.PhraseReasons[phrase];
            basis = BounceBasis.CuePhrase;
        }
        else if (rule >= 0)
        {
            reason = (BounceReason)BounceTables.CodeRuleReasons[rule];
        }
        else if (packedStatus == 0 && reply == 0)
        {
            return default;
        }
        else
        {
            reason = BounceReason.Undefined;
        }

        var statusClass = packedStatus >> 20;
        var positive = packedStatus != 0 ? statusClass == 2 : reply is > 0 and < 400;
        var transient = packedStatus != 0 ? statusClass == 4 : reply is >= 400 and < 500;
        var kind = BounceTables.ReasonKinds[(int)reason];
        BounceType type;
        RetryAdvice retry;
        if (positive || kind == 0)
        {
            type = BounceType.NotABounce;
            retry = RetryAdvice.NotApplicable;
        }
        else
        {
            type = kind == 2 && !transient ? BounceType.Hard : BounceType.Soft;
            retry = (RetryAdvice)(transient ? BounceTables.RetryTransient[(int)reason] : BounceTables.RetryPermanent[(int)reason]);
        }

        return new BounceClassification(packedStatus, reply, reason, type, retry, basis, phrase);
    }
}
