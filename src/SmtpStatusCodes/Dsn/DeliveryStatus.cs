using System;

namespace SmtpStatusCodes;

/// <summary>
/// Reads the body of a <c>message/delivery-status</c> part (RFC 3464), or of <c>message/global-delivery-status</c>
/// (RFC 6533, UTF-8), group by group, without copying.
/// </summary>
/// <example>
/// <code>
/// var reader = DeliveryStatus.CreateReader(body);
/// while (reader.TryRead(out var group))
/// {
///     if (group.IsPerRecipient &amp;&amp; group.StatusCode is { } status) { Console.WriteLine($"{group.FinalRecipient.ToString()}: {status}"); }
/// }
/// </code>
/// </example>
public static class DeliveryStatus
{
    /// <summary>Creates a reader over a delivery-status body held as characters.</summary>
    /// <param name="body">The body: groups of header-style fields separated by blank lines.</param>
    /// <returns>The reader.</returns>
    public static DeliveryStatusReader CreateReader(ReadOnlySpan<char> body) => new(body);

    /// <summary>Creates a reader over a delivery-status body held as UTF-8 bytes.</summary>
    /// <param name="utf8Body">The body as UTF-8.</param>
    /// <returns>The reader.</returns>
    public static Utf8DeliveryStatusReader CreateReader(ReadOnlySpan<byte> utf8Body) => new(utf8Body);
}
