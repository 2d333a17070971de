using System.IO;
using SmtpStatusCodes.Generators.Model;

namespace SmtpStatusCodes.Generators.Parsing;

/// <summary>The first pipeline step: one data file, read by the reader of its kind, checked row by row on its own.</summary>
internal static class DataFileParser
{
    public static DataFile Parse(string path, string? text) => DataFileNames.Classify(Path.GetFileName(path)) switch
    {
        DataFileKind.EnhancedCodes => EnhancedCodesReader.Read(path, text),
        DataFileKind.ReplyCodes => ReplyCodesReader.Read(path, text),
        _ => DescriptionsReader.Read(path, text),
    };
}
