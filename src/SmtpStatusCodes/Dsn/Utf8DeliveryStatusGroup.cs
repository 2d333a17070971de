using System;

namespace SmtpStatusCodes;

/// <summary>
/// One group of a delivery-status body held as UTF-8 bytes (RFC 6533 allows UTF-8): the per-message fields or one recipient's fields. Field values
/// are slices of the body, folded continuation lines included, surrounding white space removed; an absent field is
/// empty. <see cref="DeliveryStatusGroup"/> is the same over UTF-16 text.
/// </summary>
public readonly ref struct Utf8DeliveryStatusGroup
{
    internal Utf8DeliveryStatusGroup(ReadOnlySpan<byte> raw) => Raw = raw;

    /// <summary>The group's lines as they are in the body.</summary>
    public ReadOnlySpan<byte> Raw { get; }

    /// <summary>True for a per-recipient group (it has a <c>Final-Recipient</c> or <c>Status</c> field); false for the per-message fields.</summary>
    public bool IsPerRecipient => DsnText.IsPerRecipient(Raw);

    /// <summary>The <c>Reporting-MTA</c> field (per-message).</summary>
    public ReadOnlySpan<byte> ReportingMta => DsnText.Field(Raw, "reporting-mta");

    /// <summary>The <c>Final-Recipient</c> field, e.g. <c>rfc822; bob@example.org</c> (or <c>utf-8; ...</c>, RFC 6533).</summary>
    public ReadOnlySpan<byte> FinalRecipient => DsnText.Field(Raw, "final-recipient");

    /// <summary>The <c>Original-Recipient</c> field.</summary>
    public ReadOnlySpan<byte> OriginalRecipient => DsnText.Field(Raw, "original-recipient");

    /// <summary>The <c>Action</c> field: failed, delayed, delivered, relayed or expanded.</summary>
    public ReadOnlySpan<byte> Action => DsnText.Field(Raw, "action");

    /// <summary>The <c>Status</c> field as written, e.g. <c>5.1.1 (bad destination mailbox)</c>.</summary>
    public ReadOnlySpan<byte> Status => DsnText.Field(Raw, "status");

    /// <summary>The <c>Remote-MTA</c> field.</summary>
    public ReadOnlySpan<byte> RemoteMta => DsnText.Field(Raw, "remote-mta");

    /// <summary>The <c>Diagnostic-Code</c> field as written; see <see cref="TryGetDiagnosticCode"/>.</summary>
    public ReadOnlySpan<byte> DiagnosticCode => DsnText.Field(Raw, "diagnostic-code");

    /// <summary>The <c>Last-Attempt-Date</c> field.</summary>
    public ReadOnlySpan<byte> LastAttemptDate => DsnText.Field(Raw, "last-attempt-date");

    /// <summary>The code of the <c>Status</c> field, or null when the field is absent or not a valid code.</summary>
    public StatusCode? StatusCode => DsnText.StatusCode(Raw);

    /// <summary>Parses the <c>Diagnostic-Code</c> field.</summary>
    /// <param name="diagnostic">The parsed field; <c>default</c> when there is none.</param>
    /// <returns>False when the field is absent or has no type.</returns>
    public bool TryGetDiagnosticCode(out Utf8DiagnosticCode diagnostic)
    {
        diagnostic = default;
        return DsnText.TryGetField(Raw, "diagnostic-code", out var value) && DsnField.TryParseDiagnosticCode(value, out diagnostic);
    }

    /// <summary>Finds a field by name, case-insensitively (RFC 822 field names).</summary>
    /// <param name="name">The field name without the colon, e.g. <c>X-Postfix-Sender</c>.</param>
    /// <param name="value">The value, folded lines included, trimmed; empty when the group does not have the field.</param>
    /// <returns>True when the group has the field.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public bool TryGetField(string name, out ReadOnlySpan<byte> value) => DsnText.TryGetField(Raw, name, out value);
}
