using System;
using SmtpStatusCodes.Internal;

namespace SmtpStatusCodes;

/// <summary>
/// Yields the groups of a delivery-status body: first the per-message fields, then one group per recipient
/// (RFC 3464 section 2.1). Create it with <see cref="DeliveryStatus.CreateReader(ReadOnlySpan{char})"/>.
/// </summary>
/// <typeparam name="T"><see cref="char"/> or <see cref="byte"/> (UTF-8).</typeparam>
public ref struct DeliveryStatusReader<T>
    where T : unmanaged
{
    private readonly ReadOnlySpan<T> _body;
    private int _position;

    internal DeliveryStatusReader(ReadOnlySpan<T> body)
    {
        _body = body;
        _position = 0;
    }

    /// <summary>Reads the next group of fields.</summary>
    /// <param name="group">The group, valid while the body is.</param>
    /// <returns>False when no group is left.</returns>
    public bool TryRead(out DeliveryStatusGroup<T> group)
    {
        group = default;
        var body = _body;

        // Skip blank lines between groups.
        while (_position < body.Length)
        {
            var lineEnd = LineEnd(body, _position);
            if (!IsBlankLine(body.Slice(_position, lineEnd - _position)))
            {
                break;
            }

            _position = lineEnd;
        }

        if (_position >= body.Length)
        {
            return false;
        }

        var start = _position;
        while (_position < body.Length)
        {
            var lineEnd = LineEnd(body, _position);
            if (IsBlankLine(body.Slice(_position, lineEnd - _position)))
            {
                break;
            }

            _position = lineEnd;
        }

        group = new DeliveryStatusGroup<T>(body.Slice(start, _position - start));
        return true;
    }

    /// <summary>The index just past the next LF at or after <paramref name="from"/>, or the end.</summary>
    internal static int LineEnd(ReadOnlySpan<T> text, int from)
    {
        var nl = Ascii.IndexOf(text, '\n', from);
        return nl < 0 ? text.Length : nl + 1;
    }

    private static bool IsBlankLine(ReadOnlySpan<T> line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (!Ascii.IsBlank(TextUnit.At(line, i)))
            {
                return false;
            }
        }

        return true;
    }
}
