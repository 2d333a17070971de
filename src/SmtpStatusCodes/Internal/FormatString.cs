using System;

namespace SmtpStatusCodes.Internal;

/// <summary>The one format both code types accept: "G" (or null or empty), the code as RFC 3463 and RFC 5321 write it.</summary>
internal static class FormatString
{
    public static void Validate(ReadOnlySpan<char> format, string typeName)
    {
        if (!(format.IsEmpty || (format.Length == 1 && (format[0] == 'G' || format[0] == 'g'))))
        {
            throw new FormatException($"The format '{format.ToString()}' is not supported for {typeName}: use \"G\" (or null).");
        }
    }
}
