namespace SmtpStatusCodes.Tests.TestSupport;

/// <summary>
/// Independent recognisers of the two grammars, written as plainly as possible (no spans, no shared code with the
/// library), so property tests can check the parser against them.
/// </summary>
internal static class ReferenceGrammar
{
    // RFC 3463 s2: class "." subject "." detail; class 2/4/5; subject and detail 1-3 digits without leading zeros.
    public static bool IsStatusCode(string s)
    {
        var parts = s.Split('.');
        if (parts.Length != 3 || parts[0].Length != 1 || "245".IndexOf(parts[0][0]) < 0)
        {
            return false;
        }

        return IsNumber(parts[1]) && IsNumber(parts[2]);
    }

    // RFC 5321 s4.2: %x32-35 %x30-35 %x30-39.
    public static bool IsReplyCode(string s) =>
        s.Length == 3 && s[0] >= '2' && s[0] <= '5' && s[1] >= '0' && s[1] <= '5' && s[2] >= '0' && s[2] <= '9';

    private static bool IsNumber(string p)
    {
        if (p.Length < 1 || p.Length > 3)
        {
            return false;
        }

        foreach (var c in p)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return p.Length == 1 || p[0] != '0';
    }
}
