using System;
using System.Linq;
using SmtpStatusCodes.Generators.Model;

namespace SmtpStatusCodes.Generators.Parsing;

/// <summary>The file names the codes generator reads; every other additional file is left to other generators.</summary>
internal static class DataFileNames
{
    public const string Enhanced = "enhanced-codes.tsv";
    public const string Reply = "reply-codes.tsv";
    public const string EnglishCulture = "en";
    public const string English = "descriptions." + EnglishCulture + ".tsv";

    /// <summary>The kind of data file a file name denotes, or null when the codes generator does not read it.</summary>
    public static DataFileKind? Classify(string fileName)
    {
        if (string.Equals(fileName, Enhanced, StringComparison.Ordinal))
        {
            return DataFileKind.EnhancedCodes;
        }

        if (string.Equals(fileName, Reply, StringComparison.Ordinal))
        {
            return DataFileKind.ReplyCodes;
        }

        return CultureOf(fileName) is null ? null : DataFileKind.Descriptions;
    }

    /// <summary>The culture of descriptions.&lt;culture&gt;.tsv, or null for any other name.</summary>
    public static string? CultureOf(string fileName)
    {
        const string Prefix = "descriptions.";
        const string Suffix = ".tsv";
        if (!fileName.StartsWith(Prefix, StringComparison.Ordinal) || !fileName.EndsWith(Suffix, StringComparison.Ordinal)
            || fileName.Length <= Prefix.Length + Suffix.Length)
        {
            return null;
        }

        var culture = fileName.Substring(Prefix.Length, fileName.Length - Prefix.Length - Suffix.Length);
        return culture.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-') ? culture : null;
    }
}
