using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace SmtpStatusCodes.Generators.Tests;

/// <summary>Runs a generator of this project (by default <see cref="SmtpCodesGenerator"/>) through a
/// <see cref="CSharpGeneratorDriver"/> with step tracking on.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>A driver over the given data files, with every incremental step tracked.</summary>
    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> additionalTexts, IIncrementalGenerator? generator = null) =>
        CSharpGeneratorDriver.Create(
            new[] { (generator ?? new SmtpCodesGenerator()).AsSourceGenerator() },
            additionalTexts,
            ParseOptions,
            optionsProvider: null,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>A small compilation for the driver to run on; the generator reads none of it.</summary>
    public static CSharpCompilation CreateCompilation(params string[] sources) =>
        CSharpCompilation.Create(
            "GeneratorInput",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"Input{i}.cs")),
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    /// <summary>Runs a fresh driver once and returns its single generator result.</summary>
    public static GeneratorRunResult Run(IEnumerable<AdditionalText> additionalTexts, IIncrementalGenerator? generator = null)
    {
        var driver = CreateDriver(additionalTexts, generator).RunGenerators(CreateCompilation("class Empty { }"));
        return Single(driver);
    }

    public static GeneratorRunResult Single(GeneratorDriver driver)
    {
        var result = driver.GetRunResult();
        result.Results.Should().ContainSingle();
        var run = result.Results[0];
        run.Exception.Should().BeNull("the generator must never throw (it failed with: {0})", run.Exception);
        return run;
    }

    /// <summary>The generated files by hint name, as text.</summary>
    public static ImmutableSortedDictionary<string, string> Sources(GeneratorRunResult run) =>
        run.GeneratedSources.ToImmutableSortedDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);

    /// <summary>The folder holding SmtpStatusCodes.sln, found by walking up from the test binaries.</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "SmtpStatusCodes.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds SmtpStatusCodes.sln.");
        }
    }

    public static string DataDirectory => Path.Combine(RepositoryRoot, "src", "SmtpStatusCodes", "Data");

    /// <summary>The real data files of the library, as the build passes them (AdditionalFiles Include="Data/*.tsv").</summary>
    public static ImmutableArray<AdditionalText> RealDataFiles() =>
        Directory.GetFiles(DataDirectory, "*.tsv")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (AdditionalText)new TestAdditionalText(p, SourceText.From(File.ReadAllText(p), System.Text.Encoding.UTF8)))
            .ToImmutableArray();
}
