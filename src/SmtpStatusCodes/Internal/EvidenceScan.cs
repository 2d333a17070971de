using System;

namespace SmtpStatusCodes.Internal;

/// <summary>Picks the codes a text's verdict rests on from <see cref="CodeScanner"/>'s matches.</summary>
internal static class EvidenceScan
{
    /// <summary>The chosen enhanced code (packed, 0 for none) and reply code (0 for none).</summary>
    internal readonly struct Codes
    {
        public Codes(int status, int reply, int anchor)
        {
            Status = status;
            Reply = reply;
            Anchor = anchor;
        }

        public int Status { get; }

        public int Reply { get; }

        /// <summary>Where the deciding code stands in the text (the enhanced code, else the reply code), or -1.</summary>
        public int Anchor { get; }
    }

    /// <summary>Higher is more telling: permanent over transient over success, then a specific detail, then a specific subject.</summary>
    public static int Specificity(int packed)
    {
        var cls = packed >> 20;
        var rank = cls == 5 ? 12 : cls == 4 ? 8 : 4;
        return rank + ((packed & 0x3FF) != 0 ? 2 : 0) + (((packed >> 10) & 0x3FF) != 0 ? 1 : 0);
    }

    public static Codes Scan(ReadOnlySpan<char> text)
    {
        var state = new State();
        foreach (var match in CodeScanner.EnumerateMatches(text))
        {
            state.Add(match);
        }

        return state.Result();
    }

    public static Codes Scan(ReadOnlySpan<byte> utf8Text)
    {
        var state = new State();
        foreach (var match in CodeScanner.EnumerateMatches(utf8Text))
        {
            state.Add(match);
        }

        return state.Result();
    }

    private struct State
    {
        private int _status;
        private int _statusIndex;
        private int _replyIndex;
        private int _statusRank;
        private int _paired;
        private int _reply;
        private int _lastReply;
        private int _lastReplyEnd;

        public void Add(CodeMatch match)
        {
            if (match.IsStatusCode)
            {
                var packed = match.StatusCode.GetValueOrDefault().Packed;
                var rank = Specificity(packed);
                if (rank > _statusRank)
                {
                    _status = packed;
                    _statusIndex = match.Index;
                    _statusRank = rank;

                    // "550 5.1.1" or "550-5.1.1": the reply code right in front belongs to this enhanced code.
                    _paired = _lastReply != 0 && match.Index - _lastReplyEnd <= 1 ? _lastReply : 0;
                }

                _lastReply = 0;
            }
            else
            {
                var value = match.ReplyCode.GetValueOrDefault().Value;
                if (_reply == 0 || value / 100 > _reply / 100)
                {
                    _reply = value;
                    _replyIndex = match.Index;
                }

                _lastReply = value;
                _lastReplyEnd = match.Index + match.Length;
            }
        }

        public readonly Codes Result()
        {
            if (_status == 0)
            {
                return new Codes(0, _reply, _reply == 0 ? -1 : _replyIndex);
            }

            var reply = _paired != 0 ? _paired : _reply / 100 == _status >> 20 ? _reply : 0;
            return new Codes(_status, reply, _statusIndex);
        }
    }
}
