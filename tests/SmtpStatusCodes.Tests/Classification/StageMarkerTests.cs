using System;
using System.Linq;
using System.Text;
using SmtpStatusCodes.Internal;

namespace SmtpStatusCodes.Tests.Classification;

/// <summary>
/// The stage markers ('in reply to end of DATA command', 'after MAIL FROM' ...) are found as a plain search finds them:
/// the first marker in row order that occurs anywhere, case-insensitively, 'after-data' ones only for an unknown user,
/// 'after-rcpt' ones only for a filter verdict made of unknown-user words (passed as Filtered).
/// On .NET 10 the char search reads the text once with a <c>SearchValues&lt;string&gt;</c>; UTF-8 and older targets
/// search marker by marker.
/// </summary>
public class StageMarkerTests
{
    private static readonly string[] Markers = BounceRules.StageMarkers.Select(m => BounceTables.Phrases[m & 0xFFFFFF]).ToArray();

    private static int Reference(string text, BounceReason reason)
    {
        for (var m = 0; m < Markers.Length; m++)
        {
            var kind = PhraseScope.Kind(BounceTables.PhraseScopes[BounceTables.PhraseScopeStarts[BounceRules.StageMarkers[m] & 0xFFFFFF]]);
            var applies = kind switch
            {
                PhraseScope.AfterRcpt => reason == BounceReason.Filtered,
                PhraseScope.AfterData => reason == BounceReason.UserUnknown,
                _ => reason != BounceReason.Filtered,
            };
            if (applies && text.IndexOf(Markers[m], StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return m;
            }
        }

        return -1;
    }

    [Fact]
    public void There_are_markers_of_every_stage()
    {
        Markers.Should().Contain("in reply to end of data").And.Contain("after mail from").And.Contain("after ehlo").And.Contain("after rcpt to");
    }

    [Fact]
    public void Finds_the_first_marker_in_row_order_as_a_plain_search_does()
    {
        var random = new Random(1130);
        string[] noise = ["550 5.1.1 user unknown", " (in reply to RCPT TO command)", "\n", "after ", "in reply to ", "end of ", "é", "用户", "data", "mail"];
        var found = 0;
        for (var round = 0; round < 2000; round++)
        {
            var builder = new StringBuilder();
            for (var n = random.Next(0, 12); n > 0; n--)
            {
                if (random.Next(4) == 0)
                {
                    var marker = Markers[random.Next(Markers.Length)];
                    builder.Append(random.Next(2) == 0 ? marker.ToUpperInvariant() : marker);
                }
                else
                {
                    builder.Append(noise[random.Next(noise.Length)]);
                }
            }

            var text = builder.ToString();
            foreach (var reason in new[] { BounceReason.UserUnknown, BounceReason.HostUnknown, BounceReason.Undefined, BounceReason.Filtered })
            {
                var expected = Reference(text, reason);
                found += expected >= 0 ? 1 : 0;
                BounceRules.FirstStageMarker(text.AsSpan(), reason).Should().Be(expected, "in chars, for {0} in \"{1}\"", reason, text);
                BounceRules.FirstStageMarker(new ReadOnlySpan<byte>(Encoding.UTF8.GetBytes(text)), reason).Should().Be(expected, "in UTF-8, for {0} in \"{1}\"", reason, text);
            }
        }

        found.Should().BeGreaterThan(2000, "most generated texts contain a marker, so the comparison is not only of misses");
    }
}
