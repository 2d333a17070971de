using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;

namespace SmtpStatusCodes.Tests;

public class StatusCodeTests
{
    [Fact]
    public void Is_four_bytes() => Marshal.SizeOf<StatusCode>().Should().Be(4);

    [Fact]
    public void Constructor_builds_the_code_from_its_parts()
    {
        var code = new StatusCode(StatusClass.PermanentFailure, 7, 26);
        code.Class.Should().Be(StatusClass.PermanentFailure);
        code.Subject.Should().Be(7);
        code.Detail.Should().Be(26);
        code.SubjectCategory.Should().Be(StatusSubject.SecurityOrPolicy);
        code.ToString().Should().Be("5.7.26");
    }

    [Theory]
    [InlineData(3, 1, 1, "statusClass")]
    [InlineData(0, 1, 1, "statusClass")]
    [InlineData(5, -1, 1, "subject")]
    [InlineData(5, 1000, 1, "subject")]
    [InlineData(5, 1, -1, "detail")]
    [InlineData(5, 1, 1000, "detail")]
    public void Constructor_names_the_part_out_of_range(int cls, int subject, int detail, string parameter)
    {
        var act = () => new StatusCode((StatusClass)cls, subject, detail);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(parameter);
    }

    [Theory]
    [InlineData("2.1.5", true, false, false)]
    [InlineData("4.2.2", false, true, false)]
    [InlineData("5.1.1", false, false, true)]
    public void Class_predicates(string text, bool success, bool transient, bool permanent)
    {
        var code = StatusCode.Parse(text);
        code.IsSuccess.Should().Be(success);
        code.IsTransient.Should().Be(transient);
        code.IsPermanent.Should().Be(permanent);
    }

    [Fact]
    public void Default_is_a_documented_sentinel()
    {
        var none = default(StatusCode);
        none.IsDefault.Should().BeTrue();
        none.IsKnown.Should().BeFalse();
        none.Info.Should().BeNull();
        none.ToString().Should().Be("0.0.0");
        none.Title.Should().BeEmpty();
        none.GetDescription().Should().BeEmpty();
        ((int)none.Class).Should().Be(0);
        StatusCode.Parse("2.0.0").IsDefault.Should().BeFalse();
    }

    [Fact]
    public void Equality_and_ordering_follow_class_subject_detail_numerically()
    {
        var codes = new[] { "5.1.10", "2.0.0", "5.1.2", "4.7.1", "5.1.1", "5.10.0", "4.7.1" }.Select(StatusCode.Parse).ToList();
        codes.Sort();
        codes.Select(c => c.ToString()).Should().Equal("2.0.0", "4.7.1", "4.7.1", "5.1.1", "5.1.2", "5.1.10", "5.10.0");

        var a = StatusCode.Parse("5.1.1");
        var b = new StatusCode(StatusClass.PermanentFailure, 1, 1);
        var c = StatusCode.Parse("5.1.2");
        (a == b).Should().BeTrue();
        (a != c).Should().BeTrue();
        (a < c).Should().BeTrue();
        (c > a).Should().BeTrue();
        (a <= b).Should().BeTrue();
        (a >= b).Should().BeTrue();
        a.Equals((object)b).Should().BeTrue();
        a.Equals((object)"5.1.1").Should().BeFalse();
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.CompareTo((object?)null).Should().BePositive();
        a.CompareTo((object)c).Should().BeNegative();
        var act = () => a.CompareTo((object)"5.1.1");
        act.Should().Throw<ArgumentException>();
        new HashSet<StatusCode> { a, b, c }.Should().HaveCount(2);
    }

    [Fact]
    public void Codes_compare_ignoring_class()
    {
        var transient = StatusCode.Parse("4.2.2");
        var permanent = StatusCode.Parse("5.2.2");
        transient.EqualsIgnoringClass(permanent).Should().BeTrue();
        transient.Equals(permanent).Should().BeFalse();
        transient.EqualsIgnoringClass(StatusCode.Parse("4.2.3")).Should().BeFalse();
        permanent.WithClass(StatusClass.PersistentTransientFailure).Should().Be(transient);
    }

    [Theory]
    [InlineData("5.1.1")]
    [InlineData("2.0.0")]
    [InlineData("4.999.999")]
    [InlineData("5.100.10")]
    public void TryFormat_writes_chars_and_utf8_and_reports_short_buffers(string text)
    {
        var code = StatusCode.Parse(text);
        Span<char> chars = stackalloc char[16];
        code.TryFormat(chars, out var written).Should().BeTrue();
        chars.Slice(0, written).ToString().Should().Be(text);
        Span<byte> bytes = stackalloc byte[16];
        code.TryFormat(bytes, out var bytesWritten).Should().BeTrue();
        Encoding.ASCII.GetString(bytes.Slice(0, bytesWritten).ToArray()).Should().Be(text);

        for (var size = 0; size < text.Length; size++)
        {
            code.TryFormat(new char[size], out var w).Should().BeFalse($"{size} characters cannot hold {text}");
            w.Should().Be(0);
            code.TryFormat(new byte[size], out var wb).Should().BeFalse();
            wb.Should().Be(0);
        }
    }

    [Fact]
    public void ToString_of_known_codes_is_cached_and_of_others_is_built()
    {
        var known = StatusCode.Parse("5.1.1");
        ReferenceEquals(known.ToString(), known.ToString()).Should().BeTrue();
        var unknown = StatusCode.Parse("5.7.133");
        unknown.ToString().Should().Be("5.7.133");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("G")]
    [InlineData("g")]
    public void IFormattable_accepts_the_general_format(string? format) =>
        StatusCode.Parse("4.7.1").ToString(format, null).Should().Be("4.7.1");

    [Fact]
    public void IFormattable_rejects_other_formats()
    {
        var act = () => StatusCode.Parse("4.7.1").ToString("X", null);
        act.Should().Throw<FormatException>().WithMessage("*'X'*");
        $"{StatusCode.Parse("5.7.26")}".Should().Be("5.7.26");
    }
}
