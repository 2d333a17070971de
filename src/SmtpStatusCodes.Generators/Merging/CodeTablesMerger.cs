using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using SmtpStatusCodes.Generators.Model;
using SmtpStatusCodes.Generators.Parsing;

namespace SmtpStatusCodes.Generators.Merging;

/// <summary>Checks enhanced-codes.tsv and reply-codes.tsv against each other and builds the code tables.</summary>
internal static class CodeTablesMerger
{
    /// <param name="files">The parsed code table files (any other kind is ignored).</param>
    public static CodeModel Merge(ImmutableArray<DataFile> files)
    {
        var diagnostics = new List<DataDiagnostic>();
        var enhancedFiles = files.Where(f => f.Kind == DataFileKind.EnhancedCodes).ToList();
        var replyFiles = files.Where(f => f.Kind == DataFileKind.ReplyCodes).ToList();
        RequireOne(enhancedFiles, DataFileNames.Enhanced, diagnostics);
        RequireOne(replyFiles, DataFileNames.Reply, diagnostics);

        var enhanced = enhancedFiles.SelectMany(f => f.EnhancedRows)
            .OrderBy(r => r.Kind).ThenBy(r => r.Class).ThenBy(r => r.Subject).ThenBy(r => r.Detail).ToList();
        var reply = replyFiles.SelectMany(f => f.ReplyRows).OrderBy(r => r.Kind).ThenBy(r => r.Value).ToList();
        var enhancedFile = enhancedFiles.FirstOrDefault();
        var snapshot = enhancedFile?.Snapshot;
        if (enhancedFile is not null && snapshot is null && enhancedFile.Diagnostics.Count == 0)
        {
            diagnostics.Add(new("SSC008", enhancedFile.Path, 1, $"{DataFileNames.Enhanced}: the directive '#! snapshot: yyyy-MM-dd' (registry snapshot date) is missing"));
        }

        // The emitted lookups are byte tables of index + 1.
        if (enhanced.Count(r => r.Kind == RowKind.Code) > 255 || reply.Count(r => r.Kind == RowKind.Code) > 255)
        {
            diagnostics.Add(new("SSC007", enhancedFile?.Path ?? DataFileNames.Enhanced, 0, "more than 255 codes in one table: the generated lookup tables hold at most 255"));
        }

        var replyPath = replyFiles.FirstOrDefault()?.Path;
        var earlierProblems = diagnostics.Count > 0 || files.Any(f => f.Diagnostics.Count > 0);
        if (!earlierProblems || (enhanced.Count > 0 && reply.Count > 0))
        {
            CheckCompleteness(enhanced, reply, enhancedFile?.Path ?? DataFileNames.Enhanced, replyPath ?? DataFileNames.Reply, diagnostics);
        }

        CheckNames(enhanced.Where(r => r.Kind == RowKind.Code).Select(r => (r.Name, r.Line, r.Code)), enhancedFile?.Path, diagnostics);
        CheckNames(reply.Where(r => r.Name.Length > 0).Select(r => (r.Name, r.Line, r.Code)), replyPath, diagnostics);

        return new CodeModel(
            snapshot ?? string.Empty,
            new EquatableArray<EnhancedCodeRow>([.. enhanced.Select(r => r with { Line = 0 })]),
            new EquatableArray<ReplyCodeRow>([.. reply.Select(r => r with { Line = 0 })]),
            new EquatableArray<DataDiagnostic>([.. diagnostics]));
    }

    private static void RequireOne(List<DataFile> list, string name, List<DataDiagnostic> diagnostics)
    {
        if (list.Count == 0)
        {
            diagnostics.Add(new("SSC008", name, 0, $"{name} is missing: add it to the project as an AdditionalFiles item"));
        }
        else if (list.Count > 1)
        {
            diagnostics.Add(new("SSC003", list[1].Path, 0, $"{name} is given twice ({list[0].Path} and {list[1].Path})"));
        }
    }

    /// <summary>Composed descriptions of unregistered codes need every class and every defined subject (RFC 3463 s2: 0-7)
    /// and every reply class (2-5) and category (0-5, RFC 5321 s4.2.1).</summary>
    private static void CheckCompleteness(List<EnhancedCodeRow> enhanced, List<ReplyCodeRow> reply, string enhancedPath, string replyPath, List<DataDiagnostic> diagnostics)
    {
        foreach (var cls in new[] { 2, 4, 5 }.Where(c => !enhanced.Any(r => r.Kind == RowKind.Class && r.Class == c)))
        {
            diagnostics.Add(new("SSC005", enhancedPath, 0, $"{DataFileNames.Enhanced}: the class row '{cls}.X.X' is missing"));
        }

        foreach (var subject in Enumerable.Range(0, 8).Where(s => !enhanced.Any(r => r.Kind == RowKind.Subject && r.Subject == s)))
        {
            diagnostics.Add(new("SSC005", enhancedPath, 0, $"{DataFileNames.Enhanced}: the subject row 'X.{subject}.X' is missing"));
        }

        foreach (var digit in Enumerable.Range(2, 4).Where(d => !reply.Any(r => r.Kind == RowKind.Class && r.Value == d)))
        {
            diagnostics.Add(new("SSC005", replyPath, 0, $"{DataFileNames.Reply}: the class row '{digit}XX' is missing"));
        }

        foreach (var digit in Enumerable.Range(0, 6).Where(d => !reply.Any(r => r.Kind == RowKind.Subject && r.Value == d)))
        {
            diagnostics.Add(new("SSC005", replyPath, 0, $"{DataFileNames.Reply}: the category row 'X{digit}X' is missing"));
        }
    }

    private static void CheckNames(IEnumerable<(string Name, int Line, string Code)> names, string? path, List<DataDiagnostic> diagnostics)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, line, code) in names)
        {
            if (seen.TryGetValue(name, out var other))
            {
                diagnostics.Add(new("SSC003", path ?? string.Empty, line, $"{Path.GetFileName(path)}({line}): name '{name}' of '{code}' is already used by '{other}'"));
            }
            else
            {
                seen[name] = code;
            }
        }
    }
}
