using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SmtpStatusCodes.Generators.Tests;

/// <summary>The generated code compiles for every target of the library: netstandard2.0 and the current runtime.</summary>
public sealed class CompilationTests
{
    /// <summary>Exactly the library members the generated code uses, with the same shapes.</summary>
    private const string LibraryStubs = """
        namespace SmtpStatusCodes
        {
            public readonly struct StatusCode
            {
                private readonly int _packed;
                private StatusCode(int packed) => _packed = packed;
                internal static StatusCode FromPacked(int packed) => new StatusCode(packed);
            }

            public readonly struct ReplyCode
            {
                private readonly int _value;
                private ReplyCode(int value) => _value = value;
                internal static ReplyCode FromValue(int value) => new ReplyCode(value);
            }

            public enum ReplyCodeStatus
            {
                Standard,
                Extension,
                AssociationOnly,
                Draft,
                Folklore,
            }

            public sealed class StatusCodeInfo
            {
                internal StatusCodeInfo(int subject, int detail, string name, string title, int advisedClassBits, string reference, bool isDeprecated, bool isDraft)
                {
                }
            }

            public sealed class ReplyCodeInfo
            {
                internal ReplyCodeInfo(int value, string name, ReplyCodeStatus status, string title, string reference, bool isDeprecated)
                {
                }
            }
        }
        """;

    private static string NetStandardReference => Metadata("NetStandardReference");

    /// <summary>A reference assembly path passed in by the project file (PackageDownload at restore).</summary>
    private static string Metadata(string key)
    {
        var path = typeof(CompilationTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == key).Value;
        File.Exists(path).Should().BeTrue("the reference assembly is downloaded at restore (PackageDownload), expected at {0}", path);
        return path!;
    }

    private static IEnumerable<MetadataReference> NetStandardReferences() =>
        [MetadataReference.CreateFromFile(NetStandardReference), MetadataReference.CreateFromFile(Metadata("SystemMemoryReference"))];

    private static IEnumerable<MetadataReference> RuntimeReferences()
    {
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return trusted
            .Where(p => string.Equals(Path.GetDirectoryName(p), runtimeDirectory, StringComparison.Ordinal))
            .Select(p => MetadataReference.CreateFromFile(p));
    }

    private static void ShouldCompile(GeneratorRunResult run, IEnumerable<MetadataReference> references, LanguageVersion languageVersion = LanguageVersion.Latest)
    {
        run.Diagnostics.Should().BeEmpty();
        run.GeneratedSources.Should().HaveCount(4);

        // Documentation diagnostics on: a badly escaped title would also break the XML doc comments.
        var options = new CSharpParseOptions(languageVersion, DocumentationMode.Diagnose);
        var trees = run.GeneratedSources
            .Select(s => CSharpSyntaxTree.ParseText(s.SourceText, options, path: s.HintName))
            .Append(CSharpSyntaxTree.ParseText(LibraryStubs, options, path: "LibraryStubs.cs"))
            .ToList();
        var compilation = CSharpCompilation.Create(
            "SmtpStatusCodes",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var problems = compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error
                || (d.Severity == DiagnosticSeverity.Warning && d.Location.SourceTree?.FilePath != "LibraryStubs.cs"))
            .Select(d => d.ToString())
            .ToList();
        problems.Should().BeEmpty();

        using var stream = new MemoryStream();
        compilation.Emit(stream).Success.Should().BeTrue();
    }

    [Fact]
    public void RealData_CompilesForNetStandard20()
    {
        ShouldCompile(GeneratorHarness.Run(GeneratorHarness.RealDataFiles()), NetStandardReferences());
    }

    [Fact]
    public void RealData_CompilesForNetStandard20_WithCSharp10()
    {
        // File-scoped namespaces need C# 10; the library builds with LangVersion latest, but nothing newer is needed.
        ShouldCompile(GeneratorHarness.Run(GeneratorHarness.RealDataFiles()), NetStandardReferences(), LanguageVersion.CSharp10);
    }

    [Fact]
    public void RealData_CompilesForCurrentRuntime()
    {
        ShouldCompile(GeneratorHarness.Run(GeneratorHarness.RealDataFiles()), RuntimeReferences());
    }

    [Fact]
    public void MinimalData_CompilesForNetStandard20()
    {
        ShouldCompile(new TestDataSet().Run(), NetStandardReferences());
    }

    [Fact]
    public void TextNeedingEscapes_CompilesAndRoundTrips()
    {
        var data = new TestDataSet();
        const string Title = "Quote \" backslash \\ less < amp & greater > brace { } percent %";
        TestDataSet.Append(data.Enhanced, $"X.1.3\tTricky\t{Title}\tany\tRFC <1> & \"2\"\t");
        TestDataSet.Append(data.English, "X.1.3\tC:\\path \"quoted\" \u0001 control, 中文 text.");
        var run = data.Run();

        ShouldCompile(run, NetStandardReferences());
        var tables = GeneratorHarness.Sources(run)["CodeTables.g.cs"];
        tables.Should().Contain(SmtpCodesGenerator.Emitter.Literal(Title));
        SmtpCodesGenerator.Emitter.Literal("a\"b\\c\n\r\t\u0001").Should().Be("\"a\\\"b\\\\c\\n\\r\\t\\u0001\"");
    }

    [Theory]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    [InlineData("\u0085")]
    public void TextWithUnicodeLineSeparators_CompilesOrIsRejected(string separator)
    {
        // C# treats U+0085, U+2028 and U+2029 as line ends: unescaped in a string literal or a /// comment they break the code.
        var data = new TestDataSet();
        TestDataSet.Append(data.Enhanced, $"X.1.3\tTricky\tLine{separator}separator\tany\tRFC 3463\t");
        TestDataSet.Append(data.English, $"X.1.3\tLine{separator}separator.");
        var run = data.Run();

        if (run.Diagnostics.Length == 0)
        {
            ShouldCompile(run, NetStandardReferences());
        }
        else
        {
            run.GeneratedSources.Should().BeEmpty();
        }
    }

    [Theory]
    [InlineData("class")]
    [InlineData("default")]
    [InlineData("Success")]
    public void NamesThatAreNotUsableAsMembers_CompileOrAreRejected(string name)
    {
        // A keyword, or the name of the enclosing class (StatusCodes.Success.Success: CS0542), passes the identifier check.
        var data = new TestDataSet();
        TestDataSet.Append(data.Enhanced, $"X.1.3\t{name}\tSome title\t2\tRFC 3463\t");
        TestDataSet.Append(data.English, "X.1.3\tSome description.");
        var run = data.Run();

        if (run.Diagnostics.Length == 0)
        {
            ShouldCompile(run, NetStandardReferences());
        }
        else
        {
            // The row is refused (SSC007); its description then names a code that is not in the table (SSC006).
            run.Diagnostics.Select(d => d.Id).Should().Equal("SSC007", "SSC006");
            run.GeneratedSources.Should().BeEmpty();
        }
    }

    [Fact]
    public void ReplyCodeNamedLikeItsClass_CompilesOrIsRejected()
    {
        var data = new TestDataSet();
        TestDataSet.Append(data.Reply, "551\tReplyCodes\tstandard\tUser not local\tRFC 5321\t");
        TestDataSet.Append(data.English, "551\tUser not local.");
        var run = data.Run();

        if (run.Diagnostics.Length == 0)
        {
            ShouldCompile(run, NetStandardReferences());
        }
        else
        {
            run.GeneratedSources.Should().BeEmpty();
        }
    }
}
