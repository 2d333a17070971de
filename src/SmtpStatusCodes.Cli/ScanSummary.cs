using System.Collections.Generic;
using System.Linq;

namespace SmtpStatusCodes.Cli;

/// <summary>The counts of a scan: messages, and recipients per bounce reason and type.</summary>
internal sealed class ScanSummary
{
    private readonly Dictionary<BounceReason, ScanCount> _byReason = [];

    /// <summary>Messages that were parsed (bounce reports or not).</summary>
    public int Messages { get; set; }

    /// <summary>Messages that report on at least one recipient.</summary>
    public int Reports { get; set; }

    /// <summary>Messages that are no bounce report (ordinary mail, or reports with no recipient).</summary>
    public int NotBounces { get; set; }

    /// <summary>Files or mbox entries that could not be read as a message.</summary>
    public int Unreadable { get; set; }

    public int Recipients { get; private set; }

    /// <summary>Reasons with their counts, most frequent first, then in the order of the enumeration.</summary>
    public IEnumerable<(BounceReason Reason, ScanCount Count)> ByReason =>
        _byReason.OrderByDescending(p => p.Value.Total).ThenBy(p => p.Key).Select(p => (p.Key, p.Value));

    public ScanCount Total { get; } = new();

    public void Add(BounceClassification classification)
    {
        Recipients++;
        if (!_byReason.TryGetValue(classification.Reason, out var count))
        {
            _byReason[classification.Reason] = count = new ScanCount();
        }

        count.Add(classification.Type);
        Total.Add(classification.Type);
    }
}
