using System;

namespace SmtpStatusCodes;

/// <summary>
/// Yields the groups of a delivery-status body held as UTF-8 bytes (RFC 6533 allows UTF-8): first the per-message fields, then one group per
/// recipient (RFC 3464 section 2.1). Create it with <see cref="DeliveryStatus.CreateReader(ReadOnlySpan{byte})"/>;
/// <see cref="DeliveryStatusReader"/> is the same over UTF-16 text.
/// </summary>
/// <remarks>A line ends at CRLF, at LF or at a lone CR; a line of nothing but white space separates groups.</remarks>
public ref struct Utf8DeliveryStatusReader
{
    private readonly ReadOnlySpan<byte> _body;
    private int _position;

    internal Utf8DeliveryStatusReader(ReadOnlySpan<byte> body)
    {
        _body = body;
        _position = 0;
    }

    /// <summary>Reads the next group of fields.</summary>
    /// <param name="group">The group, valid while the body is; <c>default</c> (empty) when none is left.</param>
    /// <returns>False when no group is left.</returns>
    public bool TryRead(out Utf8DeliveryStatusGroup group)
    {
        var found = DsnText.TryReadGroup(_body, ref _position, out var raw);
        group = new Utf8DeliveryStatusGroup(raw);
        return found;
    }
}
