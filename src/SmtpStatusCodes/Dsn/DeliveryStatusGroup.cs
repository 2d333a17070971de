using System;
using SmtpStatusCodes.Internal;

namespace SmtpStatusCodes;

/// <summary>
/// One group of a delivery-status body: the per-message fields or one recipient's fields. Field values are slices of
/// the body, folded continuation lines included, surrounding white space removed; an absent field is empty.
/// </summary>
/// <typeparam name="T"><see cref="char"/> or <see cref="byte"/> (UTF-8).</typeparam>
public readonly ref struct DeliveryStatusGroup<T>
    where T : unmanaged
{
    internal DeliveryStatusGroup(ReadOnlySpan<T> raw) => Raw = raw;

    /// <summary>The group's lines as they are in the body.</summary>
    public ReadOnlySpan<T> Raw { get; }

    /// <summary>True for a per-recipient group (it has a <c>Final-Recipient</c> or <c>Status</c> field); false for the per-message fields.</summary>
    public bool IsPerRecipient => TryGetField("final-recipient", out _) || TryGetField("status", out _);

    /// <summary>The <c>Reporting-MTA</c> field (per-message).</summary>
    public ReadOnlySpan<T> ReportingMta => Field("reporting-mta");

    /// <summary>The <c>Final-Recipient</c> field, e.g. <c>rfc822; bob@example.org</c> (or <c>utf-8; ...</c>, RFC 6533).</summary>
    public ReadOnlySpan<T> FinalRecipient => Field("final-recipient");

    /// <summary>The <c>Original-Recipient</c> field.</summary>
    public ReadOnlySpan<T> OriginalRecipient => Field("original-recipient");

    /// <summary>The <c>Action</c> field: failed, delayed, delivered, relayed or expanded.</summary>
    public ReadOnlySpan<T> Action => Field("action");

    /// <summary>The <c>Status</c> field as written, e.g. <c>5.1.1 (bad destination mailbox)</c>.</summary>
    public ReadOnlySpan<T> Status => Field("status");

    /// <summary>The <c>Remote-MTA</c> field.</summary>
    public ReadOnlySpan<T> RemoteMta => Field("remote-mta");

    /// <summary>The <c>Diagnostic-Code</c> field as written; see <see cref="TryGetDiagnosticCode"/>.</summary>
    public ReadOnlySpan<T> DiagnosticCode => Field("diagnostic-code");

    /// <summary>The <c>Last-Attempt-Date</c> field.</summary>
    public ReadOnlySpan<T> LastAttemptDate => Field("last-attempt-date");

    /// <summary>The code of the <c>Status</c> field, or null when it is absent or not a valid code.</summary>
    public StatusCode? StatusCode
    {
        get
        {
            return DsnField.TryParseStatusCore(Status, out var code, out _) ? code : null;
        }
    }

    /// <summary>Parses the <c>Diagnostic-Code</c> field.</summary>
    /// <param name="diagnostic">The parsed field.</param>
    /// <returns>False when the field is absent or has no type.</returns>
    public bool TryGetDiagnosticCode(out DiagnosticCode<T> diagnostic)
    {
        diagnostic = default;
        return TryGetField("diagnostic-code", out var value) && DsnField.TryParseDiagnosticCore(value, out diagnostic);
    }

    /// <summary>Finds a field by name, case-insensitively (RFC 822 field names).</summary>
    /// <param name="name">The field name without the colon, e.g. <c>X-Postfix-Sender</c>.</param>
    /// <param name="value">The value, folded lines included, trimmed.</param>
    /// <returns>True when the group has the field.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public bool TryGetField(string name, out ReadOnlySpan<T> value)
    {
        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        var raw = Raw;
        var position = 0;
        while (position < raw.Length)
        {
            var lineEnd = DeliveryStatusReader<T>.LineEnd(raw, position);
            var colon = Ascii.IndexOf(raw.Slice(0, lineEnd), ':', position);
            if (colon > position && !Ascii.IsBlank(TextUnit.At(raw, position)) && NameEquals(raw.Slice(position, colon - position), name))
            {
                // The value runs on over continuation lines, which start with white space (RFC 822 folding).
                var end = lineEnd;
                while (end < raw.Length && TextUnit.At(raw, end) is ' ' or '\t')
                {
                    end = DeliveryStatusReader<T>.LineEnd(raw, end);
                }

                value = Ascii.Trim(raw.Slice(colon + 1, end - colon - 1));
                return true;
            }

            position = lineEnd;
        }

        value = default;
        return false;
    }

    private ReadOnlySpan<T> Field(string lowerName) => TryGetField(lowerName, out var value) ? value : default;

    private static bool NameEquals(ReadOnlySpan<T> candidate, string name)
    {
        candidate = Ascii.Trim(candidate);
        if (candidate.Length != name.Length)
        {
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            var a = TextUnit.At(candidate, i);
            var b = (int)name[i];
            if (a is >= 'A' and <= 'Z')
            {
                a |= 0x20;
            }

            if (b is >= 'A' and <= 'Z')
            {
                b |= 0x20;
            }

            if (a != b)
            {
                return false;
            }
        }

        return true;
    }
}
