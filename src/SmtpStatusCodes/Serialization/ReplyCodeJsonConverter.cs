#if NET8_0_OR_GREATER
using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SmtpStatusCodes.Serialization;

/// <summary>Reads and writes a <see cref="ReplyCode"/> as a JSON number, <c>550</c>; as a dictionary key, <c>"550"</c>.</summary>
/// <remarks>Attached to <see cref="ReplyCode"/>, so System.Text.Json uses it without registration. A JSON string
/// holding three digits (<c>"550"</c>) is read as well. On netstandard2.0 use <see cref="ReplyCode.Value"/>.</remarks>
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
            default:
                throw new JsonException($"Expected an SMTP reply code as a JSON number such as 550, found {reader.TokenType}.");
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ReplyCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value.Value);
    }

    /// <inheritdoc />
    public override ReplyCode ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadText(ref reader);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, ReplyCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.ToString());
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
