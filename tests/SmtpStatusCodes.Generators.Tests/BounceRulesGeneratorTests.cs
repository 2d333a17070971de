using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SmtpStatusCodes.Generators.Classification;

namespace SmtpStatusCodes.Generators.Tests;

/// <summary>The bounce rules generator: a valid minimal rule set compiles to BounceTables; each broken row is an error at its line.</summary>
public sealed class BounceRulesGeneratorTests
{
    private const string Reasons = "reason\tstandard\tkind\tretry\tretry-transient\nUndefined\tUndefined\tsoft\tDoNotRetry\tRetryLater\nUserUnknown\tUserUnknown\thard\tDoNotRetry\tRetryLater\nMailboxFull\tMailboxFull\tsoft\tRetryLater\tRetryLater\n";
    private const string Codes = "code\treason\tphrases\tsource\n5.X.X\tUndefined\tcues\tRFC 3463\nX.1.1\tUserUnknown\tfinal\tRFC 3463\n5XX\tUndefined\tcues\tRFC 5321\n";
    private const string Phrases = "phrase\treason\tapplies\tsource\nuser unknown\tUserUnknown\tany\tPostfix\nmailbox full\tMailboxFull\t5.2.X,552\tPostfix\n";
    private const string Texts = "reason\tname\tadvice\nUndefined\tUndefined\tNothing.\nUserUnknown\tUnknown\tRemove it.\nMailboxFull\tFull\tRetry later.\n";

    private static GeneratorRunResult Run(string reasons = Reasons, string codes = Codes, string phrases = Phrases, string texts = Texts)
    {
        var files = new List<AdditionalText>
        {
            new TestAdditionalText("/data/bounce-reasons.tsv", reasons),
            new TestAdditionalText("/data/bounce-codes.tsv", codes),
            new TestAdditionalText("/data/bounce-phrases.tsv", phrases),
            new TestAdditionalText("/data/bounce-texts.en.tsv", texts),
        };
        var driver = CSharpGeneratorDriver.Create(new[] { new BounceRulesGenerator().AsSourceGenerator() }, files, GeneratorHarness.ParseOptions)
            .RunGenerators(GeneratorHarness.CreateCompilation("class Empty { }"));
        var run = driver.GetRunResult().Results.Single();
        run.Exception.Should().BeNull();
        return run;
    }

    [Fact]
    public void A_valid_rule_set_generates_the_tables()
    {
        var run = Run();
        run.Diagnostics.Should().BeEmpty();
        var source = run.GeneratedSources.Single().SourceText.ToString();
        run.GeneratedSources.Single().HintName.Should().Be("BounceTables.g.cs");
        source.Should().Contain("internal static int EnhancedRule(").And.Contain("\"user unknown\"").And.Contain("\"Remove it.\"");
    }

    [Fact]
    public void No_bounce_files_means_no_output_and_no_error()
    {
        var driver = CSharpGeneratorDriver.Create(new[] { new BounceRulesGenerator().AsSourceGenerator() }, [], GeneratorHarness.ParseOptions)
            .RunGenerators(GeneratorHarness.CreateCompilation("class Empty { }"));
        var run = driver.GetRunResult().Results.Single();
        run.Diagnostics.Should().BeEmpty();
        run.GeneratedSources.Should().BeEmpty();
    }

    [Theory]
    [InlineData("unknown\tMailboxFull\tany\tX\nuser unknown\tUserUnknown\t5.1.0\tPostfix\n", "SSC009", 3)]
    [InlineData("unknown\tUserUnknown\tany\tPostfix\nuser unknown here\tMailboxFull\tany\tX\n", "SSC009", 3)]
    [InlineData("user unknown\tNoSuchReason\tany\tPostfix\n", "SSC007", 2)]
    [InlineData("User Unknown\tUserUnknown\tany\tPostfix\n", "SSC001", 2)]
    [InlineData("ab\tUserUnknown\tany\tPostfix\n", "SSC001", 2)]
    [InlineData("user unknown\tUserUnknown\t5.1\tPostfix\n", "SSC007", 2)]
    [InlineData("in reply to rcpt to\tUserUnknown\tafter-rcpt,5\tPostfix\n", "SSC007", 2)]
    [InlineData("in reply to rcpt to\tUserUnknown\tafter-rcpts\tPostfix\n", "SSC007", 2)]
    [InlineData("rcpt to\tUserUnknown\ttranscript-rcpt\tSendmail\n", "SSC007", 2)]
    [InlineData(">>> rcpt to\tUserUnknown\ttranscript-rcpt,5\tSendmail\n", "SSC007", 2)]
    [InlineData("user unknown\tUserUnknown\tany\t\n", "SSC005", 2)]
    [InlineData("user unknown\tUserUnknown\tany\n", "SSC002", 2)]
    [InlineData("user unknown\tUserUnknown\tany\tA\nuser unknown\tUserUnknown\tany\tB\n", "SSC003", 3)]
    public void A_broken_phrase_row_is_an_error_at_its_line(string rows, string id, int line)
    {
        var run = Run(phrases: "phrase\treason\tapplies\tsource\n" + rows);
        run.GeneratedSources.Should().BeEmpty();
        var d = run.Diagnostics.Should().ContainSingle().Subject;
        d.Id.Should().Be(id);
        d.Location.GetLineSpan().StartLinePosition.Line.Should().Be(line - 1);
    }

    [Theory]
    [InlineData("X.X.X\tUndefined\tcues\tRFC\n", "SSC001")]
    [InlineData("6.1.1\tUndefined\tcues\tRFC\n", "SSC001")]
    [InlineData("5.1.1\tUndefined\tsometimes\tRFC\n", "SSC007")]
    [InlineData("5.1.1\tNoSuchReason\tfinal\tRFC\n", "SSC007")]
    [InlineData("5XX\tUndefined\tfinal\tRFC\n", "SSC003")]
    public void A_broken_code_row_is_an_error(string row, string id)
    {
        var run = Run(codes: Codes + row);
        run.GeneratedSources.Should().BeEmpty();
        run.Diagnostics.Select(d => d.Id).Should().Equal(id);
    }

    [Fact]
    public void Reasons_need_their_standard_an_English_text_and_Undefined_first()
    {
        Run(reasons: Reasons + "Greylisted\tNoSuch\tsoft\tRetryLater\tRetryLater\n").Diagnostics.Select(d => d.Id).Should().Contain("SSC007");
        Run(texts: "reason\tname\tadvice\nUndefined\tUndefined\tNothing.\n").Diagnostics.Select(d => d.Id).Should().Contain("SSC005");
        Run(reasons: "reason\tstandard\tkind\tretry\tretry-transient\nUserUnknown\tUserUnknown\thard\tDoNotRetry\tRetryLater\n", codes: "code\treason\tphrases\tsource\n", phrases: "phrase\treason\tapplies\tsource\n", texts: "reason\tname\tadvice\nUserUnknown\tU\tR.\n")
            .Diagnostics.Select(d => d.Id).Should().Contain("SSC007");
    }

    [Fact]
    public void Code_rules_resolve_from_the_most_specific_row()
    {
        var rules = "code\treason\tphrases\tsource\n5.X.X\tUndefined\tcues\tR\nX.1.X\tMailboxFull\tcues\tR\nX.1.1\tUserUnknown\tfinal\tR\n5.1.1\tMailboxFull\tfinal\tR\n";
        var source = Run(codes: rules).GeneratedSources.Single().SourceText.ToString();

        // Class 5, subject 1, detail 1 is slot (2 << 8) | (1 << 5) | 1 = 545; it must hold rule 3 (the exact row) + 1.
        var slots = source.Split("EnhancedSlots => new byte[] { ")[1].Split(" }")[0].Split(", ").Select(int.Parse).ToArray();
        slots[(2 << 8) | (1 << 5) | 1].Should().Be(4);
        slots[(1 << 8) | (1 << 5) | 1].Should().Be(3, "4.1.1 takes the X.1.1 row");
        slots[(2 << 8) | (1 << 5) | 7].Should().Be(2, "5.1.7 takes the X.1.X row");
        slots[(2 << 8) | (3 << 5) | 7].Should().Be(1, "5.3.7 takes the class row");
        slots[(1 << 8) | (3 << 5) | 7].Should().Be(0, "4.3.7 has no row");
    }
}
