#if NET8_0_OR_GREATER
using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SmtpStatusCodes.Serialization;

/// <summary>Reads and writes a <see cref="StatusCode"/> as a JSON string, <c>"5.1.1"</c>, also as a dictionary key.</summary>
/// <remarks>
/// <para>Attached to <see cref="StatusCode"/>, so System.Text.Json uses it without registration. On netstandard2.0
/// the library does not reference System.Text.Json; there, convert with <see cref="StatusCode.ToString()"/> and
/// <see cref="StatusCode.Parse(string)"/>.</para>
/// <para>The unset code, <c>default(StatusCode)</c>, is written as JSON <c>null</c> and read back from <c>null</c>, so a
/// type with an unset code reads back what it wrote. As a dictionary key (which cannot be null) it is the empty string.
/// A <c>StatusCode?</c> is <c>null</c> when it has no value, and so is one that holds <c>default(StatusCode)</c>: both
/// mean "no code", and both read back as <c>null</c>.</para>
/// </remarks>
public sealed class StatusCodeJsonConverter : JsonConverter<StatusCode>
{
    /// <inheritdoc />
    public override StatusCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        return reader.TokenType switch
        {
            JsonTokenType.Null => default,
            JsonTokenType.String => ReadText(ref reader),
            _ => throw new JsonException($"Expected an enhanced status code as a JSON string such as \"5.1.1\" or null, found {reader.TokenType}."),
        };
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, StatusCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.IsDefault)
        {
            writer.WriteNullValue();
            return;
        }

        Span<byte> buffer = stackalloc byte[16];
        value.TryFormat(buffer, out var written);
        writer.WriteStringValue(buffer[..written]);
    }

    /// <inheritdoc />
    public override StatusCode ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.ValueTextEquals(ReadOnlySpan<byte>.Empty) ? default : ReadText(ref reader);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, StatusCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<byte> buffer = stackalloc byte[16];
        var written = 0;
        if (!value.IsDefault)
        {
            value.TryFormat(buffer, out written);
        }

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
