using System;
using System.ComponentModel;
using System.Globalization;

namespace SmtpStatusCodes.Serialization;

/// <summary>Converts between <see cref="StatusCode"/> and strings, so configuration binding and designers accept "5.1.1".</summary>
/// <remarks>The unset code, <c>default(StatusCode)</c>, converts to the empty string, and an empty or white-space string
/// converts back to it, so a value the converter wrote always reads back. Any other string must be exactly a code.</remarks>
public sealed class StatusCodeTypeConverter : TypeConverter
{
    /// <inheritdoc />
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) =>
        sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);

    /// <inheritdoc />
    public override bool CanConvertTo(ITypeDescriptorContext? context, Type? destinationType) =>
        destinationType == typeof(string) || base.CanConvertTo(context, destinationType);

    /// <inheritdoc />
    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value) =>
        value is string text
            ? (string.IsNullOrWhiteSpace(text) ? default(StatusCode) : StatusCode.Parse(text))
            : base.ConvertFrom(context, culture, value);

    /// <inheritdoc />
    public override object? ConvertTo(ITypeDescriptorContext? context, CultureInfo? culture, object? value, Type destinationType) =>
        destinationType == typeof(string) && value is StatusCode code
            ? (code.IsDefault ? string.Empty : code.ToString())
            : base.ConvertTo(context, culture, value, destinationType);
}
