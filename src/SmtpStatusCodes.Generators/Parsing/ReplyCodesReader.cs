using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using SmtpStatusCodes.Generators.Model;

namespace SmtpStatusCodes.Generators.Parsing;

/// <summary>Reads reply-codes.tsv: the RFC 5321 reply classes, categories and three-digit codes.</summary>
internal static class ReplyCodesReader
{
    private static readonly string[] Header = ["code", "name", "status", "title", "reference", "flags"];
    private static readonly string[] Statuses = ["standard", "extension", "association", "draft", "folklore"];

    public static DataFile Read(string path, string? text)
    {
        var diagnostics = new List<DataDiagnostic>();
        var rows = TsvReader.ReadRows(path, text, Header, diagnostics, (fields, line) => ReadRow(fields, path, line, diagnostics), out var snapshot);
        return new DataFile(DataFileKind.ReplyCodes, path, string.Empty, snapshot,
            EquatableArray<EnhancedCodeRow>.Empty, new EquatableArray<ReplyCodeRow>([.. rows]), EquatableArray<DescriptionRow>.Empty,
            new EquatableArray<DataDiagnostic>([.. diagnostics]));
    }

    private static ReplyCodeRow? ReadRow(string[] f, string path, int line, List<DataDiagnostic> diagnostics)
    {
        var fileName = Path.GetFileName(path);
        var code = f[0];
        if (code.Length != 3 || !code.All(c => c == 'X' || c is >= '0' and <= '9'))
        {
            var why = code.All(c => c is >= '0' and <= '9') ? $"a reply code has exactly 3 digits, found {code.Length}" : null;
            diagnostics.Add(why is null
                ? new("SSC001", path, line, $"{fileName}({line}): '{code}' is not a reply code pattern: expected '5XX', 'X5X' or '550'")
                : new("SSC004", path, line, $"{fileName}({line}): '{code}' is outside the RFC 5321 grammar: {why}"));
            return null;
        }

        RowKind kind;
        int value;
        if (code[1] == 'X' && code[2] == 'X' && code[0] != 'X')
        {
            kind = RowKind.Class;
            value = code[0] - '0';
            if (value is < 2 or > 5)
            {
                return OutsideGrammar($"the first digit must be 2-5, found '{code[0]}'");
            }
        }
        else if (code[0] == 'X' && code[2] == 'X' && code[1] != 'X')
        {
            kind = RowKind.Subject;
            value = code[1] - '0';
            if (value > 5)
            {
                return OutsideGrammar($"the second digit must be 0-5, found '{code[1]}'");
            }
        }
        else if (code.IndexOf('X') < 0)
        {
            kind = RowKind.Code;
            value = int.Parse(code, NumberStyles.None, CultureInfo.InvariantCulture);
            if (code[0] is < '2' or > '5')
            {
                return OutsideGrammar($"the first digit must be 2-5, found '{code[0]}'");
            }

            if (code[1] > '5')
            {
                return OutsideGrammar($"the second digit must be 0-5, found '{code[1]}'");
            }
        }
        else
        {
            diagnostics.Add(new("SSC001", path, line, $"{fileName}({line}): '{code}' mixes digits and X: expected '5XX', 'X5X' or '550'"));
            return null;
        }

        if (!TsvReader.RequireFields(f, Header, [2, 3, 4], path, line, diagnostics))
        {
            return null;
        }

        var status = f[2];
        if (Array.IndexOf(Statuses, status) < 0)
        {
            diagnostics.Add(new("SSC007", path, line,
                $"{fileName}({line}): status of '{code}' must be one of {string.Join(", ", Statuses)}, found '{status}'"));
            return null;
        }

        var known = status is "standard" or "extension";
        if (known && !TsvReader.RequireFields(f, Header, [1], path, line, diagnostics))
        {
            return null;
        }

        if (f[1].Length > 0 && !ConstantNames.Check(f[1], kind == RowKind.Code, path, line, diagnostics))
        {
            return null;
        }

        if (f[5] is not ("" or "deprecated"))
        {
            diagnostics.Add(new("SSC007", path, line, $"{fileName}({line}): flags of '{code}' must be empty or 'deprecated', found '{f[5]}'"));
            return null;
        }

        return new ReplyCodeRow(line, code, kind, value, f[1], status, f[3], f[4], f[5] == "deprecated");

        ReplyCodeRow? OutsideGrammar(string why)
        {
            diagnostics.Add(new("SSC004", path, line, $"{fileName}({line}): '{code}' is outside the RFC 5321 grammar: {why}"));
            return null;
        }
    }
}
