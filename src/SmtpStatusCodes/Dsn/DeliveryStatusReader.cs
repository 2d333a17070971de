using System;

namespace SmtpStatusCodes;

/// <summary>
/// Yields the groups of a delivery-status body held as UTF-16 text: first the per-message fields, then one group per
/// recipient (RFC 3464 section 2.1). Create it with <see cref="DeliveryStatus.CreateReader(ReadOnlySpan{char})"/>;
/// <see cref="Utf8DeliveryStatusReader"/> is the same over UTF-8 bytes (RFC 6533 <c>message/global-delivery-status</c>).
/// </summary>
/// <remarks>A line ends at CRLF, at LF or at a lone CR; a line of nothing but white space separates groups.</remarks>
public ref struct DeliveryStatusReader
{
    private readonly ReadOnlySpan<char> _body;
    private int _position;

    internal DeliveryStatusReader(ReadOnlySpan<char> body)
    {
        _body = body;
        _position = 0;
    }

    /// <summary>Reads the next group of fields.</summary>
    /// <param name="group">The group, valid while the body is; <c>default</c> (empty) when none is left.</param>
    /// <returns>False when no group is left.</returns>
    public bool TryRead(out DeliveryStatusGroup group)
    {
        var found = DsnText.TryReadGroup(_body, ref _position, out var raw);
        group = new DeliveryStatusGroup(raw);
        return found;
    }
}
