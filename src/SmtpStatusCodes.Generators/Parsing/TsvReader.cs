using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using SmtpStatusCodes.Generators.Model;

namespace SmtpStatusCodes.Generators.Parsing;

/// <summary>
/// The layout every data file shares, whatever its columns: blank lines and '#' comments are skipped, a '#!' line is
/// a directive, the first other line is the header, and each row after it has the header's column count and a
/// first column that is neither empty nor repeated. A reader for one format adds the checks of its own columns.
/// </summary>
internal static class TsvReader
{
    /// <summary>Checks the layout of <paramref name="text"/> and hands each well-formed row to <paramref name="readRow"/>.</summary>
    /// <returns>The date of the '#! snapshot: yyyy-MM-dd' directive, or null when there is none.</returns>
    public static string? Read(string path, string? text, string[] header, List<DataDiagnostic> diagnostics, Action<int, string[]> readRow)
    {
        var fileName = Path.GetFileName(path);
        if (text is null)
        {
            diagnostics.Add(new("SSC008", path, 0, $"{fileName}: the file could not be read"));
            return null;
        }

        string? snapshot = null;
        var lines = text.Split('\n');
        var headerSeen = false;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Length; i++)
        {
            var lineNumber = i + 1;
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith("#!", StringComparison.Ordinal))
            {
                snapshot ??= ReadSnapshot(line, path, lineNumber, diagnostics);
                continue;
            }

            if (line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (!headerSeen)
            {
                headerSeen = true;
                if (!fields.SequenceEqual(header, StringComparer.Ordinal))
                {
                    diagnostics.Add(new("SSC008", path, lineNumber,
                        $"{fileName}({lineNumber}): expected the header '{string.Join("<TAB>", header)}', found '{line}'"));
                    return snapshot;
                }

                continue;
            }

            if (fields.Length != header.Length)
            {
                diagnostics.Add(new("SSC002", path, lineNumber,
                    $"{fileName}({lineNumber}): expected {header.Length} tab-separated columns ({string.Join(", ", header)}), found {fields.Length}"));
                continue;
            }

            var code = fields[0];
            if (code.Length == 0)
            {
                diagnostics.Add(new("SSC005", path, lineNumber, $"{fileName}({lineNumber}): the required field 'code' is empty"));
                continue;
            }

            if (seen.TryGetValue(code, out var firstLine))
            {
                diagnostics.Add(new("SSC003", path, lineNumber,
                    $"{fileName}({lineNumber}): code '{code}' is listed twice (first on line {firstLine})"));
                continue;
            }

            seen[code] = lineNumber;
            readRow(lineNumber, fields);
        }

        if (!headerSeen)
        {
            diagnostics.Add(new("SSC008", path, 1, $"{fileName}: the file has no header line '{string.Join("<TAB>", header)}'"));
        }

        return snapshot;
    }

    /// <summary>Reads a file whose rows are checked one at a time by <paramref name="readRow"/>: a row is kept only when
    /// checking it reported nothing.</summary>
    public static List<TRow> ReadRows<TRow>(
        string path, string? text, string[] header, List<DataDiagnostic> diagnostics, Func<string[], int, TRow?> readRow, out string? snapshot)
        where TRow : class
    {
        var rows = new List<TRow>();
        snapshot = Read(path, text, header, diagnostics, (line, fields) =>
        {
            var before = diagnostics.Count;
            var row = readRow(fields, line);
            if (row is not null && diagnostics.Count == before)
            {
                rows.Add(row);
            }
        });
        return rows;
    }

    /// <summary>Reports each of <paramref name="required"/> (column indexes) that is empty; true when none is.</summary>
    public static bool RequireFields(string[] fields, string[] header, int[] required, string path, int line, List<DataDiagnostic> diagnostics)
    {
        var ok = true;
        foreach (var index in required)
        {
            if (fields[index].Trim().Length == 0)
            {
                diagnostics.Add(new("SSC005", path, line,
                    $"{Path.GetFileName(path)}({line}): the required field '{header[index]}' of code '{fields[0]}' is empty"));
                ok = false;
            }
        }

        return ok;
    }

    private static string? ReadSnapshot(string line, string path, int lineNumber, List<DataDiagnostic> diagnostics)
    {
        const string Directive = "#! snapshot:";
        if (line.StartsWith(Directive, StringComparison.Ordinal))
        {
            var value = line.Substring(Directive.Length).Trim();
            if (DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                return value;
            }
        }

        diagnostics.Add(new("SSC007", path, lineNumber,
            $"{Path.GetFileName(path)}({lineNumber}): expected a directive '#! snapshot: yyyy-MM-dd', found '{line}'"));
        return null;
    }
}
