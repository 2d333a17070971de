using System;
using System.Collections;
using System.Collections.Generic;
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
    private static readonly string[] PipelineSteps = [TrackingNames.ParsedFiles, TrackingNames.Model, TrackingNames.Diagnostics];

    [Fact]
    public void EveryPipelineStepIsTracked_AndTrackedUnderATrackingName()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.RealDataFiles());

        run.TrackedSteps.Keys.Should().Contain(PipelineSteps);
        var declared = typeof(TrackingNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        OwnSteps(run).Select(p => p.Key).Should().BeSubsetOf(declared);
        run.TrackedSteps[TrackingNames.ParsedFiles].Should().HaveCount(5, "one step per data file; other additional files are filtered out");
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

        AssertCached(second);
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
        AssertCached(GeneratorHarness.Single(driver));

        // Edit a tree.
        var old = compilation.SyntaxTrees.Single(t => t.FilePath == "B.cs");
        compilation = compilation.ReplaceSyntaxTree(old, old.WithChangedText(SourceText.From("class B { int F() => 2; int G; }")));
        driver = driver.RunGenerators(compilation);
        var third = GeneratorHarness.Single(driver);
        AssertCached(third);

        GeneratorHarness.Sources(third).Should().Equal(first);
    }

    [Fact]
    public void EditingOneDataFile_ReparsesThatFileOnly_AndRegenerates()
    {
        var files = GeneratorHarness.RealDataFiles();
        var compilation = GeneratorHarness.CreateCompilation("class A { }");
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);
        var before = GeneratorHarness.Sources(GeneratorHarness.Single(driver));

        var old = files.Single(f => f.Path.EndsWith("descriptions.en.tsv", StringComparison.Ordinal));
        var oldText = old.GetText()!.ToString();
        var newText = oldText.Replace("X.1.1\t", "X.1.1\tEDITED ", StringComparison.Ordinal);
        newText.Should().NotBe(oldText);
        driver = driver.ReplaceAdditionalText(old, new TestAdditionalText(old.Path, newText)).RunGenerators(compilation);
        var run = GeneratorHarness.Single(driver);

        var parsed = run.TrackedSteps[TrackingNames.ParsedFiles];
        var modified = parsed.Where(s => s.Outputs.Any(o => o.Reason == IncrementalStepRunReason.Modified)).ToList();
        modified.Should().ContainSingle("only the edited file is parsed again");
        ((Model.DataFile)modified[0].Outputs[0].Value).Path.Should().Be(old.Path);
        parsed.Except(modified).SelectMany(s => s.Outputs).Select(o => o.Reason).Should().OnlyContain(r => r == IncrementalStepRunReason.Cached);

        Reasons(run, TrackingNames.Model).Should().Equal(IncrementalStepRunReason.Modified);
        Reasons(run, TrackingNames.Diagnostics).Should().Equal(IncrementalStepRunReason.Unchanged);

        var after = GeneratorHarness.Sources(run);
        after.Should().NotEqual(before);
        after["DescriptionTables.g.cs"].Should().Contain("EDITED ");
        after["CodeTables.g.cs"].Should().Be(before["CodeTables.g.cs"]);
    }

    [Fact]
    public void EditThatOnlyTouchesComments_LeavesTheModelUnchanged()
    {
        var files = GeneratorHarness.RealDataFiles();
        var compilation = GeneratorHarness.CreateCompilation("class A { }");
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);

        var old = files.Single(f => f.Path.EndsWith("reply-codes.tsv", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(old, new TestAdditionalText(old.Path, "# a new comment\n" + old.GetText()!)).RunGenerators(compilation);
        var run = GeneratorHarness.Single(driver);

        // Row line numbers move, so the file's model changes; it must still compare by value, not by reference.
        Reasons(run, TrackingNames.ParsedFiles).Should().Contain(IncrementalStepRunReason.Modified);
        Reasons(run, TrackingNames.Diagnostics).Should().Equal(IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void ReplacingADataFileWithIdenticalText_IsUnchanged()
    {
        var files = GeneratorHarness.RealDataFiles();
        var compilation = GeneratorHarness.CreateCompilation("class A { }");
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);

        var old = files.Single(f => f.Path.EndsWith("enhanced-codes.tsv", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(old, new TestAdditionalText(old.Path, old.GetText()!.ToString())).RunGenerators(compilation);
        var run = GeneratorHarness.Single(driver);

        // A new AdditionalText object with the same content parses to an equal DataFile: value equality stops the change there.
        Reasons(run, TrackingNames.ParsedFiles).Should().OnlyContain(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged);
        Reasons(run, TrackingNames.Model).Should().OnlyContain(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged);
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

    private static void AssertCached(GeneratorRunResult run)
    {
        foreach (var name in PipelineSteps)
        {
            run.TrackedSteps.Should().ContainKey(name);
            Reasons(run, name).Should().NotBeEmpty()
                .And.OnlyContain(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged, "step {0} must not run again", name);
        }

        run.TrackedOutputSteps.SelectMany(p => p.Value).SelectMany(s => s.Outputs).Select(o => o.Reason)
            .Should().OnlyContain(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged);
    }

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
        var parsed = SmtpCodesGenerator.Parser.ParseFile(file.Path, file.GetText()!.ToString());
        var model = SmtpCodesGenerator.Parser.Merge([parsed]);
        var seen = new HashSet<Type>();

        FindForbidden(model, seen).Should().BeEmpty();

        // Merged alone, the enhanced file yields rows and diagnostics (the other files are missing): both must be walked.
        seen.Should().Contain([typeof(Model.CodeModel), typeof(Model.EquatableArray<Model.EnhancedCodeRow>), typeof(Model.EnhancedCodeRow),
            typeof(Model.EquatableArray<Model.DataDiagnostic>), typeof(Model.DataDiagnostic), typeof(Model.RowKind)]);
    }
}
