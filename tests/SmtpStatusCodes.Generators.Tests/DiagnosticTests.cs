using System.Linq;
using Microsoft.CodeAnalysis;
using static SmtpStatusCodes.Generators.Tests.TestDataSet;

namespace SmtpStatusCodes.Generators.Tests;

/// <summary>One broken thing per test in an otherwise valid data set: the right SSC00x error at the right row, and no output.</summary>
public sealed class DiagnosticTests
{
    private static string EnhancedRow(string code, string name = "SomeName", string title = "Some title", string classes = "any", string reference = "RFC 3463", string flags = "") =>
        string.Join("\t", code, name, title, classes, reference, flags);

    private static string ReplyRow(string code, string name = "SomeReply", string status = "standard", string title = "Some title", string reference = "RFC 5321", string flags = "") =>
        string.Join("\t", code, name, status, title, reference, flags);

    [Fact]
    public void ValidDataSet_GeneratesAllFourFiles_WithoutDiagnostics()
    {
        var run = new TestDataSet().Run();

        run.Diagnostics.Should().BeEmpty();
        run.GeneratedSources.Select(s => s.HintName).Should()
            .BeEquivalentTo("CodeTables.g.cs", "DescriptionTables.g.cs", "StatusCodes.g.cs", "ReplyCodes.g.cs");
    }

    // SSC001 ---------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("abc")]
    [InlineData("X.1")]
    [InlineData("X.1.1.1")]
    [InlineData("X..1")]
    [InlineData("2.1.X")]
    [InlineData("2.1.1")]
    [InlineData("X.X.1")]
    [InlineData("X.1.a")]
    [InlineData("x.1.1")]
    [InlineData("X.\u0661.1")]
    public void SSC001_MalformedEnhancedCode(string code)
    {
        var data = new TestDataSet();
        var line = Append(data.Enhanced, EnhancedRow(code));

        var d = ShouldReportOnly(data.Run(), "SSC001", EnhancedPath, line);
        d.GetMessage().Should().Contain($"enhanced-codes.tsv({line}):").And.Contain($"'{code}'");
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("5X0")]
    [InlineData("X5")]
    [InlineData("XXX")]
    [InlineData("5x0")]
    [InlineData("5.0")]
    public void SSC001_MalformedReplyCode(string code)
    {
        var data = new TestDataSet();
        var line = Append(data.Reply, ReplyRow(code));

        var d = ShouldReportOnly(data.Run(), "SSC001", ReplyPath, line);
        d.GetMessage().Should().Contain($"reply-codes.tsv({line}):").And.Contain($"'{code}'");
    }

    // SSC002 ---------------------------------------------------------------------------------------------------

    [Fact]
    public void SSC002_EnhancedRowWithTooFewColumns()
    {
        var data = new TestDataSet();
        var line = Append(data.Enhanced, "X.1.3\tBadDestinationMailboxAddressSyntax\tBad syntax\t5\tRFC 3463");

        var d = ShouldReportOnly(data.Run(), "SSC002", EnhancedPath, line);
        d.GetMessage().Should().Contain("expected 6 tab-separated columns").And.Contain("found 5");
    }

    [Fact]
    public void SSC002_ReplyRowWithTooManyColumns()
    {
        var data = new TestDataSet();
        var line = Append(data.Reply, ReplyRow("551") + "\textra");

        var d = ShouldReportOnly(data.Run(), "SSC002", ReplyPath, line);
        d.GetMessage().Should().Contain("expected 6 tab-separated columns").And.Contain("found 7");
    }

    [Fact]
    public void SSC002_DescriptionRowWithoutTab()
    {
        var data = new TestDataSet();
        var line = Replace(data.English, "X.2.2", "X.2.2 The mailbox is full.");
        Append(data.English, "X.2.2\tThe mailbox is full.");

        var d = ShouldReportOnly(data.Run(), "SSC002", EnglishPath, line);
        d.GetMessage().Should().Contain("expected 2 tab-separated columns").And.Contain("found 1");
    }

    // SSC003 ---------------------------------------------------------------------------------------------------

    [Fact]
    public void SSC003_DuplicateEnhancedCode()
    {
        var data = new TestDataSet();
        var line = Append(data.Enhanced, EnhancedRow("X.1.1", name: "Again"));

        var d = ShouldReportOnly(data.Run(), "SSC003", EnhancedPath, line);
        d.GetMessage().Should().Contain("'X.1.1' is listed twice (first on line 15)");
    }

    [Fact]
    public void SSC003_DuplicateReplyCode()
    {
        var data = new TestDataSet();
        var line = Append(data.Reply, ReplyRow("550", name: "Again"));

        var d = ShouldReportOnly(data.Run(), "SSC003", ReplyPath, line);
        d.GetMessage().Should().Contain("'550' is listed twice (first on line 13)");
    }

    [Fact]
    public void SSC003_DuplicateDescription()
    {
        var data = new TestDataSet();
        var line = Append(data.English, "X.1.1\tDescribed twice.");

        var d = ShouldReportOnly(data.Run(), "SSC003", EnglishPath, line);
        d.GetMessage().Should().Contain("'X.1.1' is listed twice");
    }

    [Fact]
    public void SSC003_DuplicateEnhancedName()
    {
        var data = new TestDataSet();
        var line = Append(data.Enhanced, EnhancedRow("X.3.3", name: "MailboxFull"));
        Append(data.English, "X.3.3\tSomething else.");

        var d = ShouldReportOnly(data.Run(), "SSC003", EnhancedPath, line);
        d.GetMessage().Should().Contain("name 'MailboxFull' of 'X.3.3' is already used by 'X.2.2'");
    }

    [Fact]
    public void SSC003_DuplicateReplyName()
    {
        var data = new TestDataSet();
        var line = Append(data.Reply, ReplyRow("552", name: "MailboxUnavailable"));
        Append(data.English, "552\tSomething else.");

        var d = ShouldReportOnly(data.Run(), "SSC003", ReplyPath, line);
        d.GetMessage().Should().Contain("name 'MailboxUnavailable' of '552' is already used by '550'");
    }

    [Fact]
    public void SSC003_DataFileGivenTwice()
    {
        var data = new TestDataSet();
        data.Extra["/other/reply-codes.tsv"] = [.. data.Reply];

        var run = data.Run();

        ShouldReport(run, "SSC003", "/other/reply-codes.tsv", line: 1)
            .GetMessage().Should().Contain("reply-codes.tsv is given twice");
    }

    // SSC004 ---------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("3.X.X", "the class must be 2, 4 or 5, found '3'")]
    [InlineData("6.X.X", "the class must be 2, 4 or 5, found '6'")]
    [InlineData("1.X.X", "the class must be 2, 4 or 5")]
    [InlineData("22.X.X", "the class must be 2, 4 or 5")]
    [InlineData("X.01.1", "the subject has a leading zero")]
    [InlineData("X.1.01", "the detail has a leading zero")]
    [InlineData("X.08.X", "the subject has a leading zero")]
    [InlineData("X.1.1000", "the detail has more than 3 digits")]
    [InlineData("X.1000.1", "the subject has more than 3 digits")]
    public void SSC004_EnhancedCodeOutsideTheGrammar(string code, string why)
    {
        var data = new TestDataSet();
        var line = Append(data.Enhanced, EnhancedRow(code));

        var d = ShouldReportOnly(data.Run(), "SSC004", EnhancedPath, line);
        d.GetMessage().Should().Contain($"'{code}' is outside the RFC 3463 grammar").And.Contain(why);
    }

    [Theory]
    [InlineData("650", "the first digit must be 2-5, found '6'")]
    [InlineData("190", "the first digit must be 2-5, found '1'")]
    [InlineData("560", "the second digit must be 0-5, found '6'")]
    [InlineData("1XX", "the first digit must be 2-5, found '1'")]
    [InlineData("6XX", "the first digit must be 2-5, found '6'")]
    [InlineData("X6X", "the second digit must be 0-5, found '6'")]
    [InlineData("2500", "a reply code has exactly 3 digits, found 4")]
    [InlineData("25", "a reply code has exactly 3 digits, found 2")]
    public void SSC004_ReplyCodeOutsideTheGrammar(string code, string why)
    {
        var data = new TestDataSet();
        var line = Append(data.Reply, ReplyRow(code));

        var d = ShouldReportOnly(data.Run(), "SSC004", ReplyPath, line);
        d.GetMessage().Should().Contain($"'{code}' is outside the RFC 5321 grammar").And.Contain(why);
    }

    // SSC005 ---------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("name")]
    [InlineData("title")]
    [InlineData("reference")]
    public void SSC005_EnhancedRowWithEmptyRequiredField(string field)
    {
        var data = new TestDataSet();
        var row = field switch
        {
            "name" => EnhancedRow("X.1.3", name: ""),
            "title" => EnhancedRow("X.1.3", title: ""),
            _ => EnhancedRow("X.1.3", reference: " "),
        };
        var line = Append(data.Enhanced, row);

        var d = ShouldReportOnly(data.Run(), "SSC005", EnhancedPath, line);
        d.GetMessage().Should().Contain($"the required field '{field}' of code 'X.1.3' is empty");
    }

    [Fact]
    public void SSC005_EmptyCode()
    {
        var data = new TestDataSet();
        var line = Append(data.Enhanced, EnhancedRow(""));

        var d = ShouldReportOnly(data.Run(), "SSC005", EnhancedPath, line);
        d.GetMessage().Should().Contain("the required field 'code' is empty");
    }

    [Theory]
    [InlineData("status")]
    [InlineData("title")]
    [InlineData("name")]
    public void SSC005_ReplyRowWithEmptyRequiredField(string field)
    {
        var data = new TestDataSet();
        var row = field switch
        {
            "status" => ReplyRow("551", status: ""),
            "title" => ReplyRow("551", title: ""),
            _ => ReplyRow("551", name: ""), // a standard code needs a name for its constant
        };
        var line = Append(data.Reply, row);

        var d = ShouldReportOnly(data.Run(), "SSC005", ReplyPath, line);
        d.GetMessage().Should().Contain($"the required field '{field}' of code '551' is empty");
    }

    [Fact]
    public void SSC005_EmptyDescription()
    {
        var data = new TestDataSet();
        var line = Replace(data.English, "X.1.1", "X.1.1\t");

        var run = data.Run();

        // The empty row is dropped, so the code also counts as having no English description.
        run.Diagnostics.Should().HaveCount(2);
        ShouldReport(run, "SSC005", EnglishPath, line)
            .GetMessage().Should().Contain("the required field 'description' of code 'X.1.1' is empty");
    }

    [Fact]
    public void SSC005_MissingEnglishDescription()
    {
        var data = new TestDataSet();
        data.English.RemoveAll(l => l.StartsWith("X.2.2\t", System.StringComparison.Ordinal));

        // No row to point at: the error names the English file (line 0, shown as line 1) and the code.
        var d = ShouldReportOnly(data.Run(), "SSC005", EnglishPath, line: 1);
        d.GetMessage().Should().Contain("no English description for 'X.2.2'");
    }

    [Fact]
    public void SSC005_MissingClassAndCategoryRows()
    {
        var data = new TestDataSet();
        data.Enhanced.RemoveAll(l => l.StartsWith("4.X.X\t", System.StringComparison.Ordinal));
        data.English.RemoveAll(l => l.StartsWith("4.X.X\t", System.StringComparison.Ordinal));
        data.Reply.RemoveAll(l => l.StartsWith("X3X\t", System.StringComparison.Ordinal));
        data.English.RemoveAll(l => l.StartsWith("X3X\t", System.StringComparison.Ordinal));

        var run = data.Run();

        run.Diagnostics.Should().HaveCount(2);
        ShouldReport(run, "SSC005", EnhancedPath, 1).GetMessage().Should().Contain("the class row '4.X.X' is missing");
        ShouldReport(run, "SSC005", ReplyPath, 1).GetMessage().Should().Contain("the category row 'X3X' is missing");
    }

    [Fact]
    public void SSC005_EnhancedTableWithNoRows()
    {
        // A header-only enhanced-codes.tsv must be reported, not crash the emitter (KeyNotFoundException).
        var data = new TestDataSet();
        data.Enhanced.RemoveRange(3, data.Enhanced.Count - 3);
        data.English.RemoveAll(l => l.Contains('.', System.StringComparison.Ordinal) && l.IndexOf('.') < l.IndexOf('\t'));

        var run = data.Run();

        ShouldReport(run, "SSC005", EnhancedPath, 1).GetMessage().Should().Contain("the class row '2.X.X' is missing");
    }

    // SSC006 ---------------------------------------------------------------------------------------------------

    [Fact]
    public void SSC006_EnglishDescriptionOfUnknownCode()
    {
        var data = new TestDataSet();
        var line = Append(data.English, "X.1.9\tNot in the code table.");

        var d = ShouldReportOnly(data.Run(), "SSC006", EnglishPath, line);
        d.GetMessage().Should().Contain("descriptions.en.tsv(" + line + "): 'X.1.9' is described but is not a row");
    }

    [Fact]
    public void SSC006_OtherCultureDescriptionOfUnknownCode()
    {
        var data = new TestDataSet();
        const string Path = "/data/descriptions.zh-Hans.tsv";
        data.Extra[Path] = ["code\tdescription", "X.1.1\t邮箱不存在。", "599\t不存在的代码。"];

        var d = ShouldReportOnly(data.Run(), "SSC006", Path, 3);
        d.GetMessage().Should().Contain("'599' is described but is not a row");
    }

    // SSC007 ---------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("3")]
    [InlineData("")]
    [InlineData("2,6")]
    [InlineData("4;5")]
    [InlineData("all")]
    public void SSC007_BadClasses(string classes)
    {
        var data = new TestDataSet();
        var line = Append(data.Enhanced, EnhancedRow("X.1.3", classes: classes));

        var d = ShouldReportOnly(data.Run(), "SSC007", EnhancedPath, line);
        d.GetMessage().Should().Contain($"classes of 'X.1.3' must be 'any' or a comma-separated list of 2, 4 and 5, found '{classes}'");
    }

    [Theory]
    [InlineData("obsolete")]
    [InlineData("Deprecated")]
    [InlineData("deprecated,draft")]
    public void SSC007_BadEnhancedFlags(string flags)
    {
        var data = new TestDataSet();
        var line = Append(data.Enhanced, EnhancedRow("X.1.3", flags: flags));

        var d = ShouldReportOnly(data.Run(), "SSC007", EnhancedPath, line);
        d.GetMessage().Should().Contain($"flags of 'X.1.3' must be empty, 'deprecated' or 'draft', found '{flags}'");
    }

    [Fact]
    public void SSC007_BadReplyFlags()
    {
        var data = new TestDataSet();
        var line = Append(data.Reply, ReplyRow("551", flags: "draft"));

        var d = ShouldReportOnly(data.Run(), "SSC007", ReplyPath, line);
        d.GetMessage().Should().Contain("flags of '551' must be empty or 'deprecated', found 'draft'");
    }

    [Theory]
    [InlineData("bogus")]
    [InlineData("Standard")]
    public void SSC007_BadReplyStatus(string status)
    {
        var data = new TestDataSet();
        var line = Append(data.Reply, ReplyRow("551", status: status));

        var d = ShouldReportOnly(data.Run(), "SSC007", ReplyPath, line);
        d.GetMessage().Should().Contain($"status of '551' must be one of standard, extension, association, draft, folklore, found '{status}'");
    }

    [Theory]
    [InlineData("Not-An-Identifier")]
    [InlineData("1Abc")]
    [InlineData("Mailbox Full")]
    [InlineData("Näme")]
    public void SSC007_NameIsNotAnIdentifier(string name)
    {
        var data = new TestDataSet();
        var line = Append(data.Enhanced, EnhancedRow("X.1.3", name: name));

        var d = ShouldReportOnly(data.Run(), "SSC007", EnhancedPath, line);
        d.GetMessage().Should().Contain($"name '{name}' is not a C# identifier");
    }

    [Theory]
    [InlineData("#! snapshot: 2024-13-01")]
    [InlineData("#! snapshot: 31.01.2024")]
    [InlineData("#! snapshot 2024-01-31")]
    [InlineData("#! version: 1")]
    public void SSC007_BadSnapshotDirective(string directive)
    {
        var data = new TestDataSet();
        data.Enhanced[1] = directive;

        var d = ShouldReportOnly(data.Run(), "SSC007", EnhancedPath, 2);
        d.GetMessage().Should().Contain("expected a directive '#! snapshot: yyyy-MM-dd'").And.Contain(directive);
    }

    // SSC008 ---------------------------------------------------------------------------------------------------

    [Fact]
    public void SSC008_MissingEnhancedFile()
    {
        var data = new TestDataSet { IncludeEnhanced = false };

        ShouldReport(data.Run(), "SSC008", "enhanced-codes.tsv", 1)
            .GetMessage().Should().Contain("enhanced-codes.tsv is missing");
    }

    [Fact]
    public void SSC008_MissingReplyFile()
    {
        var data = new TestDataSet { IncludeReply = false };

        ShouldReport(data.Run(), "SSC008", "reply-codes.tsv", 1)
            .GetMessage().Should().Contain("reply-codes.tsv is missing");
    }

    [Fact]
    public void SSC008_MissingEnglishDescriptions()
    {
        var data = new TestDataSet { IncludeEnglish = false };

        ShouldReport(data.Run(), "SSC008", "descriptions.en.tsv", 1)
            .GetMessage().Should().Contain("descriptions.en.tsv is missing");
    }

    [Fact]
    public void SSC008_WrongHeader()
    {
        var data = new TestDataSet();
        data.Enhanced[2] = "code\tname\ttitle\tclasses\treference";

        var run = data.Run();

        // The rows of a file with a bad header are not read, so the descriptions of its codes are reported too (SSC006).
        run.Diagnostics[0].Id.Should().Be("SSC008");
        var d = ShouldReport(run, "SSC008", EnhancedPath, 3);
        d.GetMessage().Should().Contain("expected the header 'code<TAB>name<TAB>title<TAB>classes<TAB>reference<TAB>flags'");
    }

    [Fact]
    public void SSC008_DescriptionFileWithoutHeader()
    {
        var data = new TestDataSet();
        data.English.RemoveAt(1);

        var run = data.Run();

        // No row of the file is read, so every code also lacks its English description (SSC005).
        run.Diagnostics[0].Id.Should().Be("SSC008");
        var d = ShouldReport(run, "SSC008", EnglishPath, 2);
        d.GetMessage().Should().Contain("expected the header 'code<TAB>description'");
    }

    [Fact]
    public void SSC008_EmptyFile()
    {
        var data = new TestDataSet();
        data.Reply.Clear();
        data.Reply.Add("# only a comment");

        var run = data.Run();

        ShouldReport(run, "SSC008", ReplyPath, 1).GetMessage().Should().Contain("the file has no header line");
    }

    [Fact]
    public void SSC008_UnreadableFile()
    {
        var data = new TestDataSet();
        data.IncludeReply = false;
        var files = data.Files().Add(new TestAdditionalText(ReplyPath, text: (Microsoft.CodeAnalysis.Text.SourceText?)null));

        var run = GeneratorHarness.Run(files);

        run.GeneratedSources.Should().BeEmpty();
        ShouldReport(run, "SSC008", ReplyPath, 1).GetMessage().Should().Contain("the file could not be read");
    }

    [Fact]
    public void SSC008_MissingSnapshotDirective()
    {
        var data = new TestDataSet();
        data.Enhanced.RemoveAt(1);

        var d = ShouldReportOnly(data.Run(), "SSC008", EnhancedPath, 1);
        d.GetMessage().Should().Contain("'#! snapshot: yyyy-MM-dd' (registry snapshot date) is missing");
    }

    // Cross-cutting ------------------------------------------------------------------------------------------

    [Fact]
    public void OneBadRowAmongManyGoodOnes_StopsEveryOutput()
    {
        var data = new TestDataSet();
        Append(data.Reply, ReplyRow("651"));
        for (var detail = 3; detail < 10; detail++)
        {
            Append(data.Enhanced, EnhancedRow($"X.1.{detail}", name: $"Detail{detail}"));
            Append(data.English, $"X.1.{detail}\tDetail {detail}.");
        }

        var run = data.Run();

        run.Diagnostics.Should().ContainSingle().Which.Id.Should().Be("SSC004");
        run.GeneratedSources.Should().BeEmpty();
    }

    [Fact]
    public void SeveralErrors_AreAllReported_InFileOrder()
    {
        var data = new TestDataSet();
        var first = Append(data.Enhanced, EnhancedRow("abc"));
        var second = Append(data.Enhanced, EnhancedRow("X.1.3", classes: "9"));
        var third = Append(data.Reply, ReplyRow("650"));

        var run = data.Run();

        run.GeneratedSources.Should().BeEmpty();
        run.Diagnostics.Select(d => (d.Id, d.Location.GetLineSpan().Path, d.Location.GetLineSpan().StartLinePosition.Line + 1))
            .Should().Equal(("SSC001", EnhancedPath, first), ("SSC007", EnhancedPath, second), ("SSC004", ReplyPath, third));
    }

    // Helpers --------------------------------------------------------------------------------------------------

    private static string Describe(GeneratorRunResult run) =>
        run.Diagnostics.Length == 0 ? "(no diagnostics)" : string.Join("\n", run.Diagnostics.Select(d => d.ToString()));

    /// <summary>The run reported exactly one diagnostic, an error with this id at this file and 1-based line, and emitted nothing.</summary>
    private static Diagnostic ShouldReportOnly(GeneratorRunResult run, string id, string path, int line)
    {
        run.Diagnostics.Should().HaveCount(1, "only the broken row is wrong; reported:\n{0}", Describe(run));
        return ShouldReport(run, id, path, line);
    }

    /// <summary>The run reported an error with this id at this file and 1-based line, and emitted nothing.</summary>
    private static Diagnostic ShouldReport(GeneratorRunResult run, string id, string path, int line)
    {
        run.GeneratedSources.Should().BeEmpty("a data error must stop all output, never leave a partial table");
        run.Diagnostics.Should().OnlyContain(d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("SSC", System.StringComparison.Ordinal),
            "every data problem is an SSC error; reported:\n{0}", Describe(run));

        var match = run.Diagnostics.FirstOrDefault(d => d.Id == id
            && d.Location.GetLineSpan().Path == path && d.Location.GetLineSpan().StartLinePosition.Line + 1 == line);
        match.Should().NotBeNull("expected {0} at {1}({2}), pointing at the bad row; reported:\n{3}", id, path, line, Describe(run));
        match!.Severity.Should().Be(DiagnosticSeverity.Error);
        match.Descriptor.DefaultSeverity.Should().Be(DiagnosticSeverity.Error);
        match.Descriptor.IsEnabledByDefault.Should().BeTrue();
        match.Location.Kind.Should().Be(LocationKind.ExternalFile);
        match.GetMessage().Should().NotBeNullOrWhiteSpace();
        return match;
    }
}
