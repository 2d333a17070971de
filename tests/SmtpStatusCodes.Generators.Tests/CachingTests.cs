using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace SmtpStatusCodes.Generators.Tests;

/// <summary>The incremental pipeline: cached when nothing relevant changed, regenerated when a data file changed,
/// and holding no Roslyn objects that would pin compilations in memory.</summary>
public sealed class CachingTests
{
    private const IncrementalStepRunReason Cached = IncrementalStepRunReason.Cached;
    private const IncrementalStepRunReason Unchanged = IncrementalStepRunReason.Unchanged;
    private const IncrementalStepRunReason Modified = IncrementalStepRunReason.Modified;

    /// <summary>Every step name the generator declares.</summary>
    private static readonly string[] PipelineSteps = typeof(TrackingNames).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToArray();

    private static readonly string[] GeneratedFiles =
        [TrackingNames.CodeTablesFile, TrackingNames.DescriptionTablesFile, TrackingNames.StatusCodesFile, TrackingNames.ReplyCodesFile];

    [Fact]
    public void EveryPipelineStepIsTracked_AndTrackedUnderATrackingName()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.RealDataFiles());

        OwnSteps(run).Select(p => p.Key).Should().BeEquivalentTo(PipelineSteps, "every step is tracked and every tracking name is used");
        run.TrackedSteps[TrackingNames.ParsedFiles].Should().HaveCount(5, "one step per data file; other additional files are filtered out");
        run.TrackedSteps[TrackingNames.CultureTables].Should().HaveCount(3, "one step per culture");
        GeneratorHarness.Sources(run).Keys.Should().BeEquivalentTo(GeneratedFiles, "each generated file has the step named after it");
        foreach (var file in GeneratedFiles)
        {
            run.TrackedSteps[file].Single().Outputs.Single().Value.Should().Be(GeneratorHarness.Sources(run)[file]);
        }
    }

    [Fact]
    public void SecondRunWithNothingChanged_IsFullyCached()
    {
        var compilation = GeneratorHarness.CreateCompilation("class A { }");
        var driver = GeneratorHarness.CreateDriver(GeneratorHarness.RealDataFiles()).RunGenerators(compilation);
        var first = GeneratorHarness.Single(driver);
        AllReasons(first).Should().OnlyContain(r => r == IncrementalStepRunReason.New);

        driver = driver.RunGenerators(compilation);
        var second = GeneratorHarness.Single(driver);

        AssertNothingRan(second);
        GeneratorHarness.Sources(second).Should().Equal(GeneratorHarness.Sources(first));
    }

    [Fact]
    public void EditingCSharpSources_LeavesEveryStepCached()
    {
        var compilation = GeneratorHarness.CreateCompilation("class A { }");
        var driver = GeneratorHarness.CreateDriver(GeneratorHarness.RealDataFiles()).RunGenerators(compilation);
        var first = GeneratorHarness.Sources(GeneratorHarness.Single(driver));

        // Add a tree.
        compilation = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { int F() => 1; }", GeneratorHarness.ParseOptions, path: "B.cs"));
        driver = driver.RunGenerators(compilation);
        AssertNothingRan(GeneratorHarness.Single(driver));

        // Edit a tree.
        var old = compilation.SyntaxTrees.Single(t => t.FilePath == "B.cs");
        compilation = compilation.ReplaceSyntaxTree(old, old.WithChangedText(SourceText.From("class B { int F() => 2; int G; }")));
        driver = driver.RunGenerators(compilation);
        var third = GeneratorHarness.Single(driver);
        AssertNothingRan(third);

        GeneratorHarness.Sources(third).Should().Equal(first);
    }

    [Fact]
    public void EditingAZhHantDescription_ChangesOnlyTheDescriptionSteps()
    {
        var (run, before, after) = RunAfterEdit("descriptions.zh-Hant.tsv", text => text.Replace("X.1.1\t", "X.1.1\t已編輯 ", StringComparison.Ordinal));

        ParsedFileReasons(run).Should().Equal(new Dictionary<string, IncrementalStepRunReason>
        {
            ["descriptions.en.tsv"] = Cached,
            ["descriptions.zh-Hans.tsv"] = Cached,
            ["descriptions.zh-Hant.tsv"] = Modified,
            ["enhanced-codes.tsv"] = Cached,
            ["reply-codes.tsv"] = Cached,
        });
        CultureReasons(run).Should().Equal(new Dictionary<string, IncrementalStepRunReason> { ["en"] = Cached, ["zh-Hans"] = Cached, ["zh-Hant"] = Modified });
        Reasons(run, TrackingNames.CodeTables).Should().Equal(Cached);
        Reasons(run, TrackingNames.CodeIndex).Should().Equal(Cached);
        Reasons(run, TrackingNames.EnglishDescriptions).Should().Equal(Cached);
        Reasons(run, TrackingNames.Descriptions).Should().Equal(Modified);
        Reasons(run, TrackingNames.Diagnostics).Should().Equal(Unchanged);
        FileReasons(run).Should().Equal(Files(codeTables: Cached, descriptionTables: Modified, statusCodes: Cached, replyCodes: Cached));

        after[TrackingNames.DescriptionTablesFile].Should().Contain("已編輯 ").And.NotBe(before[TrackingNames.DescriptionTablesFile]);
        after.Remove(TrackingNames.DescriptionTablesFile).Should().Equal(before.Remove(TrackingNames.DescriptionTablesFile));
    }

    [Fact]
    public void EditingAnEnglishDescription_RebuildsTheOtherCulturesWithoutChangingThem()
    {
        // English is every culture's fallback, so each culture step runs again; the others describe X.1.1 themselves.
        var (run, before, after) = RunAfterEdit("descriptions.en.tsv", text => text.Replace("X.1.1\t", "X.1.1\tEDITED ", StringComparison.Ordinal));

        ParsedFileReasons(run).Where(p => p.Value == Modified).Select(p => p.Key).Should().Equal("descriptions.en.tsv");
        ParsedFileReasons(run).Where(p => p.Key != "descriptions.en.tsv").Select(p => p.Value).Should().OnlyContain(r => r == Cached);
        Reasons(run, TrackingNames.EnglishDescriptions).Should().Equal(Modified);
        CultureReasons(run).Should().Equal(new Dictionary<string, IncrementalStepRunReason> { ["en"] = Modified, ["zh-Hans"] = Unchanged, ["zh-Hant"] = Unchanged });
        Reasons(run, TrackingNames.CodeTables).Should().Equal(Cached);
        Reasons(run, TrackingNames.Diagnostics).Should().Equal(Unchanged);
        FileReasons(run).Should().Equal(Files(codeTables: Cached, descriptionTables: Modified, statusCodes: Cached, replyCodes: Cached));

        after[TrackingNames.DescriptionTablesFile].Should().Contain("EDITED ");
        after[TrackingNames.CodeTablesFile].Should().Be(before[TrackingNames.CodeTablesFile]);
    }

    [Fact]
    public void EditingAnEnhancedCodeTitle_ChangesTheStatusConstantsAndTables_NotTheDescriptions()
    {
        var (run, before, after) = RunAfterEdit("enhanced-codes.tsv",
            text => text.Replace("\tBad destination mailbox address\t", "\tBad destination mailbox address (edited)\t", StringComparison.Ordinal));

        ParsedFileReasons(run).Where(p => p.Value == Modified).Select(p => p.Key).Should().Equal("enhanced-codes.tsv");
        Reasons(run, TrackingNames.CodeTables).Should().Equal(Modified);
        Reasons(run, TrackingNames.CodeIndex).Should().Equal([Unchanged], "a title is not part of the code index");
        CultureReasons(run).Values.Should().OnlyContain(r => r == Cached);
        Reasons(run, TrackingNames.Descriptions).Should().Equal(Cached);
        Reasons(run, TrackingNames.Diagnostics).Should().Equal(Unchanged);
        FileReasons(run).Should().Equal(Files(codeTables: Modified, descriptionTables: Cached, statusCodes: Modified, replyCodes: Unchanged));

        after[TrackingNames.StatusCodesFile].Should().Contain("Bad destination mailbox address (edited)");
        after[TrackingNames.ReplyCodesFile].Should().Be(before[TrackingNames.ReplyCodesFile]);
        after[TrackingNames.DescriptionTablesFile].Should().Be(before[TrackingNames.DescriptionTablesFile]);
    }

    [Fact]
    public void EditingAReplyCodeTitle_ChangesTheReplyConstantsAndTables_NotTheStatusConstants()
    {
        var (run, before, after) = RunAfterEdit("reply-codes.tsv",
            text => text.Replace("\tRequested action not taken: mailbox unavailable\t", "\tMailbox unavailable (edited)\t", StringComparison.Ordinal));

        Reasons(run, TrackingNames.CodeTables).Should().Equal(Modified);
        Reasons(run, TrackingNames.CodeIndex).Should().Equal(Unchanged);
        Reasons(run, TrackingNames.Descriptions).Should().Equal(Cached);
        FileReasons(run).Should().Equal(Files(codeTables: Modified, descriptionTables: Cached, statusCodes: Unchanged, replyCodes: Modified));

        after[TrackingNames.ReplyCodesFile].Should().Contain("Mailbox unavailable (edited)");
        after[TrackingNames.StatusCodesFile].Should().Be(before[TrackingNames.StatusCodesFile]);
    }

    [Fact]
    public void AddingALanguage_AddsOneCultureStep_AndLeavesTheCodeStepsCached()
    {
        var files = GeneratorHarness.RealDataFiles();
        var compilation = GeneratorHarness.CreateCompilation("class A { }");
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);
        var before = GeneratorHarness.Sources(GeneratorHarness.Single(driver));

        var path = Path.Combine(GeneratorHarness.DataDirectory, "descriptions.fr.tsv");
        driver = driver.AddAdditionalTexts([new TestAdditionalText(path, "code\tdescription\n550\tLa boîte aux lettres est indisponible.\n")])
            .RunGenerators(compilation);
        var run = GeneratorHarness.Single(driver);

        CultureReasons(run).Should().Equal(new Dictionary<string, IncrementalStepRunReason>
        {
            ["en"] = Cached,
            ["fr"] = IncrementalStepRunReason.New,
            ["zh-Hans"] = Cached,
            ["zh-Hant"] = Cached,
        });
        Reasons(run, TrackingNames.CodeTables).Should().Equal(Cached);
        FileReasons(run).Should().Equal(Files(codeTables: Cached, descriptionTables: Modified, statusCodes: Cached, replyCodes: Cached));
        GeneratorHarness.Sources(run)[TrackingNames.DescriptionTablesFile].Should().Contain("\"fr\"").And.Contain("La boîte aux lettres est indisponible.");
        GeneratorHarness.Sources(run)[TrackingNames.StatusCodesFile].Should().Be(before[TrackingNames.StatusCodesFile]);
    }

    [Fact]
    public void EditThatOnlyTouchesComments_LeavesTheModelUnchanged()
    {
        var (run, before, after) = RunAfterEdit("reply-codes.tsv", text => "# a new comment\n" + text);

        // Row line numbers move, so the file's parsed form changes; the merged tables hold no line numbers, so they do not.
        ParsedFileReasons(run)["reply-codes.tsv"].Should().Be(Modified);
        Reasons(run, TrackingNames.CodeTables).Should().Equal(Unchanged);
        Reasons(run, TrackingNames.CodeIndex).Should().Equal(Cached);
        Reasons(run, TrackingNames.Descriptions).Should().Equal(Cached);
        Reasons(run, TrackingNames.FileDiagnostics).Should().Equal(Unchanged);
        Reasons(run, TrackingNames.Diagnostics).Should().Equal([Cached], "no input of the diagnostics changed");
        FileReasons(run).Values.Should().OnlyContain(r => r == Cached);
        after.Should().Equal(before);
    }

    [Fact]
    public void ReplacingADataFileWithIdenticalText_IsUnchanged()
    {
        var (run, before, after) = RunAfterEdit("enhanced-codes.tsv", text => new string(text.AsSpan()), mustChange: false);

        // A new AdditionalText object with the same content parses to an equal DataFile: value equality stops the change there.
        ParsedFileReasons(run)["enhanced-codes.tsv"].Should().Be(Unchanged);
        ParsedFileReasons(run).Values.Should().OnlyContain(r => r == Cached || r == Unchanged);
        foreach (var step in PipelineSteps.Where(s => s != TrackingNames.ParsedFiles))
        {
            Reasons(run, step).Should().OnlyContain(r => r == Cached, "step {0} has no changed input", step);
        }

        after.Should().Equal(before);
    }

    [Fact]
    public void StepOutputs_HoldNoRoslynObjects()
    {
        var files = GeneratorHarness.RealDataFiles();
        var compilation = GeneratorHarness.CreateCompilation("class A { }");
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);
        AssertNoRoslynObjects(GeneratorHarness.Single(driver));

        // Also with errors in the model (diagnostics are the likeliest place for a Location to sneak in).
        var data = new TestDataSet();
        TestDataSet.Append(data.Enhanced, "abc\tName\tTitle\tany\tRFC\t");
        var broken = GeneratorHarness.Run(data.Files());
        broken.Diagnostics.Should().NotBeEmpty();
        AssertNoRoslynObjects(broken);
    }

    [Fact]
    public void ObjectGraphWalker_FindsRoslynObjects()
    {
        var location = Location.Create("a.tsv", default, default);
        var tree = CSharpSyntaxTree.ParseText("class C { }");

        FindForbidden(new object[] { 1, "x", new List<object> { location } }).Should().NotBeEmpty();
        FindForbidden(new Holder(tree)).Should().NotBeEmpty();
        FindForbidden(new Holder(tree.GetRoot())).Should().NotBeEmpty();
        FindForbidden(new Holder(new TestAdditionalText("a.tsv", "x"))).Should().NotBeEmpty();
        FindForbidden(new Holder(GeneratorHarness.CreateCompilation())).Should().NotBeEmpty();
        FindForbidden(new Holder(new Model.DataDiagnostic("SSC001", "a.tsv", 1, "m"))).Should().BeEmpty();
    }

    private sealed record Holder(object Value);

    /// <summary>The generator runs on the real data, then again after <paramref name="edit"/> rewrote one data file.</summary>
    /// <returns>The second run and the generated files of both runs.</returns>
    private static (GeneratorRunResult Run, ImmutableSortedDictionary<string, string> Before, ImmutableSortedDictionary<string, string> After) RunAfterEdit(
        string fileName, Func<string, string> edit, bool mustChange = true)
    {
        var files = GeneratorHarness.RealDataFiles();
        var compilation = GeneratorHarness.CreateCompilation("class A { }");
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);
        var before = GeneratorHarness.Sources(GeneratorHarness.Single(driver));

        var old = files.Single(f => Path.GetFileName(f.Path) == fileName);
        var oldText = old.GetText()!.ToString();
        var newText = edit(oldText);
        if (mustChange)
        {
            newText.Should().NotBe(oldText, "the edit must change {0}", fileName);
        }

        driver = driver.ReplaceAdditionalText(old, new TestAdditionalText(old.Path, newText)).RunGenerators(compilation);
        var run = GeneratorHarness.Single(driver);
        return (run, before, GeneratorHarness.Sources(run));
    }

    /// <summary>Every step of the generator and every output was taken from the cache: nothing ran at all.</summary>
    private static void AssertNothingRan(GeneratorRunResult run)
    {
        foreach (var name in PipelineSteps)
        {
            run.TrackedSteps.Should().ContainKey(name);
            Reasons(run, name).Should().NotBeEmpty().And.OnlyContain(r => r == Cached, "step {0} must not run again", name);
        }

        run.TrackedOutputSteps.SelectMany(p => p.Value).SelectMany(s => s.Outputs).Select(o => o.Reason)
            .Should().NotBeEmpty().And.OnlyContain(r => r == Cached);
    }

    /// <summary>The reason of each parsed file's step, by file name.</summary>
    private static Dictionary<string, IncrementalStepRunReason> ParsedFileReasons(GeneratorRunResult run) =>
        run.TrackedSteps[TrackingNames.ParsedFiles].SelectMany(s => s.Outputs)
            .ToDictionary(o => Path.GetFileName(((Model.DataFile)o.Value).Path), o => o.Reason);

    /// <summary>The reason of each culture's step, by culture.</summary>
    private static Dictionary<string, IncrementalStepRunReason> CultureReasons(GeneratorRunResult run) =>
        run.TrackedSteps[TrackingNames.CultureTables].SelectMany(s => s.Outputs)
            .ToDictionary(o => ((Model.CultureTable)o.Value).Culture, o => o.Reason);

    private static Dictionary<string, IncrementalStepRunReason> Files(
        IncrementalStepRunReason codeTables, IncrementalStepRunReason descriptionTables, IncrementalStepRunReason statusCodes, IncrementalStepRunReason replyCodes) =>
        new()
        {
            [TrackingNames.CodeTablesFile] = codeTables,
            [TrackingNames.DescriptionTablesFile] = descriptionTables,
            [TrackingNames.StatusCodesFile] = statusCodes,
            [TrackingNames.ReplyCodesFile] = replyCodes,
        };

    /// <summary>The reason of the step of each generated file, by hint name.</summary>
    private static Dictionary<string, IncrementalStepRunReason> FileReasons(GeneratorRunResult run) =>
        GeneratedFiles.ToDictionary(f => f, f => Reasons(run, f).Single());

    /// <summary>The tracked steps of the generator's pipeline, without the driver's own input and output nodes.</summary>
    private static IEnumerable<KeyValuePair<string, System.Collections.Immutable.ImmutableArray<IncrementalGeneratorRunStep>>> OwnSteps(GeneratorRunResult run) =>
        run.TrackedSteps.Where(p => p.Key is not (WellKnownGeneratorInputs.AdditionalTexts or WellKnownGeneratorOutputs.SourceOutput));

    private static IEnumerable<IncrementalStepRunReason> AllReasons(GeneratorRunResult run) =>
        run.TrackedSteps.Values.SelectMany(steps => steps).SelectMany(s => s.Outputs).Select(o => o.Reason);

    private static List<IncrementalStepRunReason> Reasons(GeneratorRunResult run, string step) =>
        run.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();

    private static void AssertNoRoslynObjects(GeneratorRunResult run)
    {
        OwnSteps(run).Should().NotBeEmpty();
        foreach (var (name, steps) in OwnSteps(run))
        {
            foreach (var output in steps.SelectMany(s => s.Outputs))
            {
                FindForbidden(output.Value).Should().BeEmpty("the output of step {0} must hold only value-equatable data", name);
            }
        }
    }

    private static readonly Type[] ForbiddenTypes =
        [typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(AdditionalText), typeof(Location)];

    /// <summary>Every forbidden object reachable from <paramref name="root"/> through fields and enumerations, as paths.</summary>
    private static List<string> FindForbidden(object? root, HashSet<Type>? seenTypes = null)
    {
        var found = new List<string>();
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        Walk(root, "root");
        return found;

        void Walk(object? value, string path)
        {
            if (value is null)
            {
                return;
            }

            var type = value.GetType();
            seenTypes?.Add(type);
            if (ForbiddenTypes.Any(t => t.IsAssignableFrom(type)))
            {
                found.Add($"{path}: {type.FullName}");
                return;
            }

            if (type.IsPrimitive || type.IsEnum || value is string or decimal or DateTime or DateTimeOffset or TimeSpan or Guid or Type)
            {
                return;
            }

            if (!type.IsValueType && !visited.Add(value))
            {
                return;
            }

            if (value is IEnumerable enumerable)
            {
                var i = 0;
                foreach (var item in enumerable)
                {
                    Walk(item, $"{path}[{i++}]");
                }

                if (type.IsArray)
                {
                    return;
                }
            }

            for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
            {
                foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (field.FieldType.IsPointer || field.FieldType.IsByRefLike)
                    {
                        continue;
                    }

                    Walk(field.GetValue(value), $"{path}.{field.Name}");
                }
            }
        }
    }

    [Fact]
    public void ObjectGraphWalker_ReachesIntoEquatableArraysAndRecords()
    {
        var file = GeneratorHarness.RealDataFiles().Single(f => f.Path.EndsWith("enhanced-codes.tsv", StringComparison.Ordinal));
        var parsed = Parsing.DataFileParser.Parse(file.Path, file.GetText()!.ToString());
        var model = Merging.CodeTablesMerger.Merge([parsed]);
        var seen = new HashSet<Type>();

        FindForbidden(model, seen).Should().BeEmpty();

        // Merged alone, the enhanced file yields rows and diagnostics (the other files are missing): both must be walked.
        seen.Should().Contain([typeof(Model.CodeModel), typeof(Model.EquatableArray<Model.EnhancedCodeRow>), typeof(Model.EnhancedCodeRow),
            typeof(Model.EquatableArray<Model.DataDiagnostic>), typeof(Model.DataDiagnostic), typeof(Model.RowKind)]);
    }
}
