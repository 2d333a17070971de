using System;
using System.Collections.Immutable;
using System.Linq;
using SmtpStatusCodes.Generators.Model;
using SmtpStatusCodes.Generators.Parsing;

namespace SmtpStatusCodes.Generators.Merging;

/// <summary>Puts the culture tables in the emitted order (English first, then by name) and checks that English is there.</summary>
internal static class DescriptionsMerger
{
    public static DescriptionModel Merge(ImmutableArray<CultureTable> cultures, CodeIndex index)
    {
        var diagnostics = cultures.Any(c => c.Culture == DataFileNames.EnglishCulture)
            ? EquatableArray<DataDiagnostic>.Empty
            : new EquatableArray<DataDiagnostic>([new("SSC008", DataFileNames.English, 0, $"{DataFileNames.English} is missing: every code needs an English description")]);
        var ordered = cultures.OrderBy(c => c.Culture == DataFileNames.EnglishCulture ? 0 : 1).ThenBy(c => c.Culture, StringComparer.Ordinal);
        return new DescriptionModel(index, new EquatableArray<CultureTable>([.. ordered]), diagnostics);
    }
}
