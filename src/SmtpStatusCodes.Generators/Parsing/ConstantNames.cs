using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using SmtpStatusCodes.Generators.Model;

namespace SmtpStatusCodes.Generators.Parsing;

/// <summary>The 'name' column of the code tables: the name of a generated constant, so it must compile.</summary>
internal static class ConstantNames
{
    private static readonly string[] Reserved = ["Success", "PersistentTransientFailure", "PermanentFailure", "StatusCodes", "ReplyCodes"];

    /// <summary>True when <paramref name="name"/> is a valid identifier; else reports why, unless it is empty.</summary>
    /// <param name="emitted">Whether a constant of this name is generated, so keywords and the enclosing class names are refused too.</param>
    public static bool Check(string name, bool emitted, string path, int line, List<DataDiagnostic> diagnostics)
    {
        var fileName = Path.GetFileName(path);
        if (name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => c < 128 && (char.IsLetterOrDigit(c) || c == '_')))
        {
            // A keyword, or the name of a class the constant is emitted in (CS0542), would not compile.
            if (emitted && (SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None
                || Array.IndexOf(Reserved, name) >= 0))
            {
                diagnostics.Add(new("SSC007", path, line, $"{fileName}({line}): name '{name}' is a C# keyword or the name of a generated class"));
                return false;
            }

            return true;
        }

        if (name.Length > 0)
        {
            diagnostics.Add(new("SSC007", path, line, $"{fileName}({line}): name '{name}' is not a C# identifier"));
        }

        return false;
    }
}
