using System;
using System.Globalization;
using System.Text;
using SmtpStatusCodes.Tests.TestSupport;

namespace SmtpStatusCodes.Tests;

/// <summary>The hot paths allocate nothing: GC.GetAllocatedBytesForCurrentThread() does not move across a loop.</summary>
public class AllocationTests
{
    private static readonly string[] Texts = ["5.1.1", "4.7.26", "2.0.0", "5.7.133", "5.01.1", "6.1.1", "x", "5.999.999"];
    private static readonly StatusClass[] Classes = [StatusClass.Success, StatusClass.PersistentTransientFailure, StatusClass.PermanentFailure];
    private static readonly byte[][] Utf8Texts = Array.ConvertAll(Texts, Encoding.UTF8.GetBytes);

    [Fact]
    public void Parsing_chars_and_utf8_allocates_nothing()
    {
        Allocations.Measure(() =>
        {
            foreach (var t in Texts)
            {
                StatusCode.TryParse(t.AsSpan(), out _);
                StatusCode.TryParseLenient(t.AsSpan(), out _, out _);
            }

            foreach (var t in Utf8Texts)
            {
                StatusCode.TryParse(t, out _);
            }

            ReplyCode.TryParse("550".AsSpan(), out _);
            ReplyCode.TryParse("550"u8, out _);
            StatusCode.Parse("5.1.1".AsSpan());
            ReplyCode.Parse("421"u8);
        }).Should().Be(0);
    }

    [Fact]
    public void Formatting_equality_comparison_and_ToString_of_known_codes_allocate_nothing()
    {
        var a = StatusCode.Parse("5.1.1");
        var b = StatusCode.Parse("4.7.26");
        var r = ReplyCode.Parse("550");
        var chars = new char[16];
        var bytes = new byte[16];
        Allocations.Measure(() =>
        {
            a.TryFormat(chars, out _);
            a.TryFormat(bytes, out _);
            r.TryFormat(chars, out _);
            r.TryFormat(bytes, out _);
            _ = a == b;
            _ = a.Equals(b);
            _ = a.CompareTo(b);
            _ = a < b;
            _ = a.GetHashCode();
            _ = a.EqualsIgnoringClass(b);
            _ = r.CompareTo(r);
            _ = a.ToString();
            _ = b.ToString();
            _ = r.ToString();
        }).Should().Be(0);
    }

    [Fact]
    public void Lookups_of_every_known_code_allocate_nothing()
    {
        var en = CultureInfo.GetCultureInfo("en-US");
        var hant = CultureInfo.GetCultureInfo("zh-TW");
        var hans = CultureInfo.GetCultureInfo("zh-CN");
        var entries = CodeRegistry.StatusCodeEntries;
        var replies = CodeRegistry.ReplyCodeEntries;
        Allocations.Measure(() =>
        {
            for (var i = 0; i < entries.Count; i++)
            {
                foreach (var cls in Classes)
                {
                    var code = new StatusCode(cls, entries[i].Subject, entries[i].Detail);
                    _ = code.IsKnown;
                    _ = code.Title;
                    _ = code.Info;
                    _ = code.ToString();
                    _ = code.GetDescription(en);
                    _ = code.GetDescription(hant);
                    _ = code.GetDescription(hans);
                }
            }

            for (var i = 0; i < replies.Count; i++)
            {
                var code = replies[i].Code;
                _ = code.IsKnown;
                _ = code.Title;
                _ = code.ToString();
                _ = code.GetDescription(en);
                _ = code.GetDescription(hant);
            }

            // Unknown codes: composed titles and descriptions are precomputed too.
            _ = StatusCode.Parse("5.1.90").Title;
            _ = StatusCode.Parse("5.1.90").GetDescription(hant);
            _ = StatusCode.Parse("4.12.3").GetDescription(en);
            _ = new ReplyCode(559).GetDescription(hans);
            _ = new ReplyCode(559).Title;
            var language = DescriptionLanguage.Resolve(hant);
            _ = StatusCode.Parse("5.1.1").GetDescription(language);
            _ = new ReplyCode(550).GetDescription(language);
        }, iterations: 20).Should().Be(0);
    }
}
