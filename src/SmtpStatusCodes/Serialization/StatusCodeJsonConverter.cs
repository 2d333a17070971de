#if NET8_0_OR_GREATER
using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SmtpStatusCodes.Serialization;

/// <summary>Reads and writes a <see cref="StatusCode"/> as a JSON string, <c>"5.1.1"</c>, also as a dictionary key.</summary>
/// <remarks>Attached to <see cref="StatusCode"/>, so System.Text.Json uses it without registration. On netstandard2.0
/// the library does not reference System.Text.Json; there, convert with <see cref="StatusCode.ToString()"/> and
/// <see cref="StatusCode.Parse(string)"/>.</remarks>
public sealed class StatusCodeJsonConverter : JsonConverter<StatusCode>
{
    /// <inheritdoc />
    public override StatusCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected an enhanced status code as a JSON string such as \"5.1.1\", found {reader.TokenType}.");
        }

        return ReadText(ref reader);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, StatusCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<byte> buffer = stackalloc byte[16];
        value.TryFormat(buffer, out var written);
        writer.WriteStringValue(buffer[..written]);
    }

    /// <inheritdoc />
    public override StatusCode ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadText(ref reader);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, StatusCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<byte> buffer = stackalloc byte[16];
        value.TryFormat(buffer, out var written);
        writer.WritePropertyName(buffer[..written]);
    }

    private static StatusCode ReadText(ref Utf8JsonReader reader)
    {
        // Codes contain no escapes; an escaped or long token is copied and checked like any other text.
        if (!reader.HasValueSequence && !reader.ValueIsEscaped)
        {
            if (StatusCode.TryParse(reader.ValueSpan, out var direct))
            {
                return direct;
            }
        }

        var text = reader.GetString() ?? string.Empty;
        try
        {
            return StatusCode.Parse(text);
        }
        catch (FormatException e)
        {
            throw new JsonException(e.Message, e);
        }
    }
}
#endif
