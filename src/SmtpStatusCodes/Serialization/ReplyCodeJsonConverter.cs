#if NET8_0_OR_GREATER
using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SmtpStatusCodes.Serialization;

/// <summary>Reads and writes a <see cref="ReplyCode"/> as a JSON number, <c>550</c>; as a dictionary key, <c>"550"</c>.</summary>
/// <remarks>
/// <para>Attached to <see cref="ReplyCode"/>, so System.Text.Json uses it without registration. A JSON string
/// holding three digits (<c>"550"</c>) is read as well. On netstandard2.0 use <see cref="ReplyCode.Value"/>.</para>
/// <para>The unset code, <c>default(ReplyCode)</c>, is written as JSON <c>null</c> and read back from <c>null</c>; as a
/// dictionary key it is the empty string. A <c>ReplyCode?</c> holding <c>default(ReplyCode)</c> reads back as
/// <c>null</c>: both mean "no code".</para>
/// </remarks>
public sealed class ReplyCodeJsonConverter : JsonConverter<ReplyCode>
{
    /// <inheritdoc />
    public override ReplyCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                if (reader.TryGetInt32(out var value) && ReplyCode.IsValid(value))
                {
                    return new ReplyCode(value);
                }

                throw new JsonException($"The number is not an SMTP reply code: expected three digits, the first 2-5 and the second 0-5 (RFC 5321 section 4.2), such as 550.");
            case JsonTokenType.String:
                return ReadText(ref reader);
            case JsonTokenType.Null:
                return default;
            default:
                throw new JsonException($"Expected an SMTP reply code as a JSON number such as 550 or null, found {reader.TokenType}.");
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ReplyCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.IsDefault)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteNumberValue(value.Value);
        }
    }

    /// <inheritdoc />
    public override ReplyCode ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.ValueTextEquals(ReadOnlySpan<byte>.Empty) ? default : ReadText(ref reader);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, ReplyCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.IsDefault ? string.Empty : value.ToString());
    }

    private static ReplyCode ReadText(ref Utf8JsonReader reader)
    {
        var text = reader.GetString() ?? string.Empty;
        try
        {
            return ReplyCode.Parse(text);
        }
        catch (FormatException e)
        {
            throw new JsonException(e.Message, e);
        }
    }
}
#endif
