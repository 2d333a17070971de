using System;
using System.Linq;
using SmtpStatusCodes.Generators.Model;

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

        var t1 = new CultureTable("en", new EquatableArray<string>(["a"]), new EquatableArray<string>(["b"]));
        var t2 = new CultureTable("en", new EquatableArray<string>(["a"]), new EquatableArray<string>(["b"]));
        t1.Should().Be(t2);
        t1.GetHashCode().Should().Be(t2.GetHashCode());
        t1.Should().NotBe(t2 with { Reply = new EquatableArray<string>(["c"]) });
    }

    [Fact]
    public void ParsedFilesAndMergedModel_FromEqualText_AreEqual()
    {
        var files = GeneratorHarness.RealDataFiles();
        var first = files.Select(f => SmtpCodesGenerator.Parser.ParseFile(f.Path, f.GetText()!.ToString())).ToList();
        var second = files.Select(f => SmtpCodesGenerator.Parser.ParseFile(f.Path, new string(f.GetText()!.ToString().AsSpan()))).ToList();

        for (var i = 0; i < first.Count; i++)
        {
            first[i].Should().NotBeSameAs(second[i]);
            first[i].Should().Be(second[i]);
            first[i].GetHashCode().Should().Be(second[i].GetHashCode());
        }

        var m1 = SmtpCodesGenerator.Parser.Merge(first);
        var m2 = SmtpCodesGenerator.Parser.Merge(second);
        m1.Diagnostics.Should().BeEmpty();
        m1.Should().Be(m2);
        m1.GetHashCode().Should().Be(m2.GetHashCode());
    }

    [Fact]
    public void ParsedFilesAndMergedModel_FromDifferentText_AreNotEqual()
    {
        var data = new TestDataSet();
        var before = SmtpCodesGenerator.Parser.ParseFile(TestDataSet.EnglishPath, TestDataSet.Text(data.English));
        TestDataSet.Replace(data.English, "550", "550\tNo such mailbox here.");
        var after = SmtpCodesGenerator.Parser.ParseFile(TestDataSet.EnglishPath, TestDataSet.Text(data.English));

        after.Should().NotBe(before);

        var enhanced = SmtpCodesGenerator.Parser.ParseFile(TestDataSet.EnhancedPath, TestDataSet.Text(data.Enhanced));
        var reply = SmtpCodesGenerator.Parser.ParseFile(TestDataSet.ReplyPath, TestDataSet.Text(data.Reply));
        SmtpCodesGenerator.Parser.Merge([enhanced, reply, after]).Should().NotBe(SmtpCodesGenerator.Parser.Merge([enhanced, reply, before]));
        SmtpCodesGenerator.Parser.Merge([enhanced, reply, before]).Should().Be(SmtpCodesGenerator.Parser.Merge([reply, before, enhanced]),
            "the model must not depend on the order of the additional files");
    }
}
