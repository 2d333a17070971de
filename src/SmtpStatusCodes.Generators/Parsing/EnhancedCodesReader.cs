using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using SmtpStatusCodes.Generators.Model;

namespace SmtpStatusCodes.Generators.Parsing;

/// <summary>Reads enhanced-codes.tsv: the RFC 3463 classes, subjects and detail codes, with the registry's fields.</summary>
internal static class EnhancedCodesReader
{
    private static readonly string[] Header = ["code", "name", "title", "classes", "reference", "flags"];

    public static DataFile Read(string path, string? text)
    {
        var diagnostics = new List<DataDiagnostic>();
        var rows = TsvReader.ReadRows(path, text, Header, diagnostics, (fields, line) => ReadRow(fields, path, line, diagnostics), out var snapshot);
        return new DataFile(DataFileKind.EnhancedCodes, path, string.Empty, snapshot,
            new EquatableArray<EnhancedCodeRow>([.. rows]), EquatableArray<ReplyCodeRow>.Empty, EquatableArray<DescriptionRow>.Empty,
            new EquatableArray<DataDiagnostic>([.. diagnostics]));
    }

    private static EnhancedCodeRow? ReadRow(string[] f, string path, int line, List<DataDiagnostic> diagnostics)
    {
        var fileName = Path.GetFileName(path);
        var code = f[0];
        var parts = code.Split('.');
        if (parts.Length != 3 || parts.Any(p => p.Length == 0 || !(p == "X" || p.All(char.IsDigit)) || p.Any(c => c > 127)))
        {
            diagnostics.Add(new("SSC001", path, line,
                $"{fileName}({line}): '{code}' is not an enhanced code pattern: expected a class row '5.X.X', a subject row 'X.1.X' or a detail row 'X.1.1'"));
            return null;
        }

        RowKind kind;
        int cls = 0, subject = -1, detail = -1;
        if (parts[0] != "X")
        {
            if (parts[1] != "X" || parts[2] != "X")
            {
                return Malformed();
            }

            kind = RowKind.Class;
            if (parts[0] is not ("2" or "4" or "5"))
            {
                return OutsideGrammar($"the class must be 2, 4 or 5, found '{parts[0]}'");
            }

            cls = parts[0][0] - '0';
        }
        else if (parts[2] == "X")
        {
            kind = RowKind.Subject;
            if (parts[1] == "X" || !Number(parts[1], "subject", out subject))
            {
                return parts[1] == "X" ? Malformed() : null;
            }
        }
        else
        {
            kind = RowKind.Code;
            if (parts[1] == "X" || !Number(parts[1], "subject", out subject) || !Number(parts[2], "detail", out detail))
            {
                return parts[1] == "X" ? Malformed() : null;
            }
        }

        if (!TsvReader.RequireFields(f, Header, [1, 2, 4], path, line, diagnostics) | !ConstantNames.Check(f[1], kind == RowKind.Code, path, line, diagnostics))
        {
            return null;
        }

        var classes = 0;
        if (f[3] == "any")
        {
            classes = 7;
        }
        else
        {
            foreach (var c in f[3].Split(','))
            {
                classes |= c switch { "2" => 1, "4" => 2, "5" => 4, _ => -1 };
                if (classes < 0)
                {
                    diagnostics.Add(new("SSC007", path, line,
                        $"{fileName}({line}): classes of '{code}' must be 'any' or a comma-separated list of 2, 4 and 5, found '{f[3]}'"));
                    return null;
                }
            }
        }

        var flags = f[5];
        if (flags is not ("" or "deprecated" or "draft"))
        {
            diagnostics.Add(new("SSC007", path, line, $"{fileName}({line}): flags of '{code}' must be empty, 'deprecated' or 'draft', found '{flags}'"));
            return null;
        }

        return new EnhancedCodeRow(line, code, kind, cls, subject, detail, f[1], f[2], classes, f[4], flags == "deprecated", flags == "draft");

        EnhancedCodeRow? Malformed()
        {
            diagnostics.Add(new("SSC001", path, line,
                $"{fileName}({line}): '{code}' mixes digits and X: expected '5.X.X', 'X.1.X' or 'X.1.1'"));
            return null;
        }

        EnhancedCodeRow? OutsideGrammar(string why)
        {
            diagnostics.Add(new("SSC004", path, line, $"{fileName}({line}): '{code}' is outside the RFC 3463 grammar: {why}"));
            return null;
        }

        bool Number(string digits, string part, out int value)
        {
            value = -1;
            if (digits.Length > 3)
            {
                OutsideGrammar($"the {part} has more than 3 digits");
                return false;
            }

            if (digits.Length > 1 && digits[0] == '0')
            {
                OutsideGrammar($"the {part} has a leading zero");
                return false;
            }

            value = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
            return true;
        }
    }
}
