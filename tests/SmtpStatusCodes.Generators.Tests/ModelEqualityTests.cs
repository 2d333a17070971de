using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SmtpStatusCodes.Generators.Merging;
using SmtpStatusCodes.Generators.Model;
using SmtpStatusCodes.Generators.Parsing;

namespace SmtpStatusCodes.Generators.Tests;

/// <summary>Pipeline models compare by value, so the incremental driver can tell that nothing changed.</summary>
public sealed class ModelEqualityTests
{
    private static EnhancedCodeRow Row(string title = "Mailbox full") =>
        new(15, "X.2.2", RowKind.Code, 0, 2, 2, "MailboxFull", title, 6, "RFC 3463 s3.3", false, false);

    [Fact]
    public void EquatableArray_EqualContent_IsEqualWithSameHash()
    {
        var a = new EquatableArray<string>(["a", "b", "c"]);
        var b = new EquatableArray<string>(new[] { "a", "b" }.Append("c").ToArray());

        a.Equals(b).Should().BeTrue();
        a.Equals((object)b).Should().BeTrue();
        (a == b).Should().BeTrue();
        (a != b).Should().BeFalse();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Theory]
    [InlineData(new[] { "a", "b" }, new[] { "a", "c" })]
    [InlineData(new[] { "a", "b" }, new[] { "b", "a" })]
    [InlineData(new[] { "a", "b" }, new[] { "a", "b", "c" })]
    [InlineData(new[] { "a" }, new string[0])]
    public void EquatableArray_DifferentContent_IsNotEqual(string[] left, string[] right)
    {
        var a = new EquatableArray<string>(left);
        var b = new EquatableArray<string>(right);

        a.Equals(b).Should().BeFalse();
        (a == b).Should().BeFalse();
        (a != b).Should().BeTrue();
        a.Equals((object)b).Should().BeFalse();
    }

    [Fact]
    public void EquatableArray_DefaultAndEmpty_AreEqual()
    {
        var empty = EquatableArray<int>.Empty;
        var @default = default(EquatableArray<int>);

        @default.Equals(empty).Should().BeTrue();
        (@default == empty).Should().BeTrue();
        @default.GetHashCode().Should().Be(empty.GetHashCode());
        @default.Count.Should().Be(0);
        @default.Should().BeEmpty();
        @default.Equals((object)"not an array").Should().BeFalse();
    }

    [Fact]
    public void EquatableArray_OfRecords_ComparesItemsByValue()
    {
        var a = new EquatableArray<EnhancedCodeRow>([Row(), Row("x")]);
        var b = new EquatableArray<EnhancedCodeRow>([Row(), Row("x")]);
        var c = new EquatableArray<EnhancedCodeRow>([Row(), Row("y")]);

        a.Equals(b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Equals(c).Should().BeFalse();
        a[1].Title.Should().Be("x");
        a.Count.Should().Be(2);
    }

    [Fact]
    public void Records_CompareByValue()
    {
        Row().Should().Be(Row());
        Row().GetHashCode().Should().Be(Row().GetHashCode());
        Row().Should().NotBe(Row("Mailbox is full"));
        Row().Should().NotBe(Row() with { Line = 16 });
        Row().Should().NotBe(Row() with { Deprecated = true });

        new ReplyCodeRow(1, "550", RowKind.Code, 550, "N", "standard", "T", "R", false)
            .Should().Be(new ReplyCodeRow(1, "550", RowKind.Code, 550, "N", "standard", "T", "R", false));
        new DescriptionRow(3, "550", "x").Should().Be(new DescriptionRow(3, "550", "x"));
        new DescriptionRow(3, "550", "x").Should().NotBe(new DescriptionRow(3, "550", "y"));
        new DataDiagnostic("SSC001", "p", 1, "m").Should().Be(new DataDiagnostic("SSC001", "p", 1, "m"));
        new DataDiagnostic("SSC001", "p", 1, "m").Should().NotBe(new DataDiagnostic("SSC001", "p", 2, "m"));

        var t1 = new CultureTable("en", new EquatableArray<string>(["a"]), new EquatableArray<string>(["b"]), EquatableArray<DataDiagnostic>.Empty);
        var t2 = new CultureTable("en", new EquatableArray<string>(["a"]), new EquatableArray<string>(["b"]), EquatableArray<DataDiagnostic>.Empty);
        t1.Should().Be(t2);
        t1.GetHashCode().Should().Be(t2.GetHashCode());
        t1.Should().NotBe(t2 with { Reply = new EquatableArray<string>(["c"]) });
    }

    [Fact]
    public void ParsedFilesAndMergedModels_FromEqualText_AreEqual()
    {
        var files = GeneratorHarness.RealDataFiles();
        var first = files.Select(f => DataFileParser.Parse(f.Path, f.GetText()!.ToString())).ToList();
        var second = files.Select(f => DataFileParser.Parse(f.Path, new string(f.GetText()!.ToString().AsSpan()))).ToList();

        for (var i = 0; i < first.Count; i++)
        {
            first[i].Should().NotBeSameAs(second[i]);
            first[i].Should().Be(second[i]);
            first[i].GetHashCode().Should().Be(second[i].GetHashCode());
        }

        var (codes1, descriptions1) = Merge(first);
        var (codes2, descriptions2) = Merge(second);
        codes1.Diagnostics.Should().BeEmpty();
        descriptions1.Diagnostics.Should().BeEmpty();
        descriptions1.Cultures.SelectMany(c => c.Diagnostics).Should().BeEmpty();
        codes1.Should().Be(codes2);
        codes1.GetHashCode().Should().Be(codes2.GetHashCode());
        descriptions1.Should().Be(descriptions2);
        descriptions1.GetHashCode().Should().Be(descriptions2.GetHashCode());
    }

    [Fact]
    public void ParsedFilesAndMergedModels_FromDifferentText_AreNotEqual()
    {
        var data = new TestDataSet();
        var before = DataFileParser.Parse(TestDataSet.EnglishPath, TestDataSet.Text(data.English));
        TestDataSet.Replace(data.English, "550", "550\tNo such mailbox here.");
        var after = DataFileParser.Parse(TestDataSet.EnglishPath, TestDataSet.Text(data.English));

        after.Should().NotBe(before);

        var enhanced = DataFileParser.Parse(TestDataSet.EnhancedPath, TestDataSet.Text(data.Enhanced));
        var reply = DataFileParser.Parse(TestDataSet.ReplyPath, TestDataSet.Text(data.Reply));
        Merge([enhanced, reply, after]).Descriptions.Should().NotBe(Merge([enhanced, reply, before]).Descriptions);
        Merge([enhanced, reply, before]).Should().Be(Merge([reply, before, enhanced]),
            "the models must not depend on the order of the additional files");
    }

    [Fact]
    public void MergedCodeTables_HoldNoLineNumbers()
    {
        var data = new TestDataSet();
        var codes = Merge(Parse(data)).Codes;
        data.Enhanced.Insert(0, "# a comment that moves every row");
        data.Reply.Insert(0, "# a comment that moves every row");
        var moved = Merge(Parse(data)).Codes;

        codes.Enhanced.Should().NotBeEmpty().And.OnlyContain(r => r.Line == 0);
        codes.Reply.Should().NotBeEmpty().And.OnlyContain(r => r.Line == 0);
        moved.Should().Be(codes);
    }

    private static List<DataFile> Parse(TestDataSet data) =>
        data.Files().Select(f => f.Path).Where(p => DataFileNames.Classify(Path.GetFileName(p)) is not null)
            .Select(p => DataFileParser.Parse(p, data.Files().Single(f => f.Path == p).GetText()!.ToString())).ToList();

    /// <summary>The merge steps of the pipeline, run in the generator's order.</summary>
    private static (CodeModel Codes, DescriptionModel Descriptions) Merge(IReadOnlyList<DataFile> files)
    {
        var codes = CodeTablesMerger.Merge([.. files.Where(f => f.Kind != DataFileKind.Descriptions)]);
        var index = CodeIndex.Of(codes);
        var english = files.FirstOrDefault(f => f.Kind == DataFileKind.Descriptions && f.Culture == DataFileNames.EnglishCulture);
        var cultures = files.Where(f => f.Kind == DataFileKind.Descriptions)
            .Select(f => CultureTableBuilder.Build(f, index, english?.DescriptionRows ?? EquatableArray<DescriptionRow>.Empty));
        return (codes, DescriptionsMerger.Merge([.. cultures], index));
    }
}
