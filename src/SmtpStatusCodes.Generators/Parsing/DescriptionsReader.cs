using System.Collections.Generic;
using System.IO;
using SmtpStatusCodes.Generators.Model;

namespace SmtpStatusCodes.Generators.Parsing;

/// <summary>Reads descriptions.&lt;culture&gt;.tsv: one plain-language text per code. Which codes exist is checked later,
/// against the code tables (<see cref="Merging.CultureTableBuilder"/>).</summary>
internal static class DescriptionsReader
{
    private static readonly string[] Header = ["code", "description"];

    public static DataFile Read(string path, string? text)
    {
        var diagnostics = new List<DataDiagnostic>();
        var rows = new List<DescriptionRow>();
        var snapshot = TsvReader.Read(path, text, Header, diagnostics, (line, fields) =>
        {
            if (TsvReader.RequireFields(fields, Header, [1], path, line, diagnostics))
            {
                rows.Add(new DescriptionRow(line, fields[0], fields[1]));
            }
        });

        return new DataFile(DataFileKind.Descriptions, path, DataFileNames.CultureOf(Path.GetFileName(path)) ?? string.Empty, snapshot,
            EquatableArray<EnhancedCodeRow>.Empty, EquatableArray<ReplyCodeRow>.Empty, new EquatableArray<DescriptionRow>([.. rows]),
            new EquatableArray<DataDiagnostic>([.. diagnostics]));
    }
}
