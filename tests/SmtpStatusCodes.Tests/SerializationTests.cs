using System;
using System.ComponentModel;
using System.Linq;
using System.Globalization;
using System.Reflection;
#if !LIB_NETSTANDARD
using System.Collections.Generic;
using System.Text.Json;
#endif

namespace SmtpStatusCodes.Tests;

public class SerializationTests
{
    [Fact]
    public void Tests_run_against_the_intended_library_build()
    {
        var expected = typeof(SerializationTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "LibraryTargetFramework").Value;
        var actual = typeof(StatusCode).Assembly.GetCustomAttribute<System.Runtime.Versioning.TargetFrameworkAttribute>()!.FrameworkName;
        var expectedName = expected switch
        {
            "netstandard2.0" => ".NETStandard,Version=v2.0",
            "net8.0" => ".NETCoreApp,Version=v8.0",
            _ => ".NETCoreApp,Version=v10.0",
        };
        actual.Should().Be(expectedName);
    }

    [Fact]
    public void TypeConverter_converts_strings_both_ways()
    {
        var converter = TypeDescriptor.GetConverter(typeof(StatusCode));
        converter.CanConvertFrom(typeof(string)).Should().BeTrue();
        converter.ConvertFromInvariantString("5.1.1").Should().Be(StatusCode.Parse("5.1.1"));
        converter.ConvertToInvariantString(StatusCode.Parse("4.7.26")).Should().Be("4.7.26");
        var bad = () => converter.ConvertFromInvariantString("5.01.1");
        bad.Should().Throw<FormatException>().WithMessage("*leading zero*");

        var reply = TypeDescriptor.GetConverter(typeof(ReplyCode));
        reply.ConvertFromString(null, CultureInfo.InvariantCulture, "550").Should().Be(new ReplyCode(550));
        reply.ConvertToInvariantString(new ReplyCode(421)).Should().Be("421");
    }

    [Fact]
    public void TypeConverter_writes_unset_codes_as_an_empty_string_and_reads_them_back()
    {
        var status = TypeDescriptor.GetConverter(typeof(StatusCode));
        status.ConvertToInvariantString(default(StatusCode)).Should().Be(string.Empty);
        status.ConvertFromInvariantString(string.Empty).Should().Be(default(StatusCode));
        status.ConvertFromInvariantString(" \t").Should().Be(default(StatusCode));
        var reply = TypeDescriptor.GetConverter(typeof(ReplyCode));
        reply.ConvertToInvariantString(default(ReplyCode)).Should().Be(string.Empty);
        reply.ConvertFromInvariantString(string.Empty).Should().Be(default(ReplyCode));
        reply.ConvertFromInvariantString("  ").Should().Be(default(ReplyCode));

        // What the converter writes it reads back, set or unset; the sentinels' own text is not a code.
        foreach (var code in new[] { default, StatusCode.Parse("5.1.1"), StatusCode.Parse("2.999.0") })
        {
            status.ConvertFromInvariantString(status.ConvertToInvariantString(code)!).Should().Be(code);
        }

        foreach (var code in new[] { default, new ReplyCode(550), new ReplyCode(221) })
        {
            reply.ConvertFromInvariantString(reply.ConvertToInvariantString(code)!).Should().Be(code);
        }

        var sentinel = () => status.ConvertFromInvariantString("0.0.0");
        sentinel.Should().Throw<FormatException>();
        var replySentinel = () => reply.ConvertFromInvariantString("000");
        replySentinel.Should().Throw<FormatException>();
        var padded = () => status.ConvertFromInvariantString(" 5.1.1");
        padded.Should().Throw<FormatException>("only an all-blank string means unset; a code is still exact");
    }

#if !LIB_NETSTANDARD
    private sealed record Bounce(StatusCode Status, ReplyCode Reply);

    private sealed record Report(StatusCode Status, ReplyCode Reply, StatusCode? MaybeStatus, ReplyCode? MaybeReply);

    [Fact]
    public void Json_writes_unset_codes_as_null_and_reads_them_back()
    {
        var unset = new Report(default, default, null, null);
        var json = JsonSerializer.Serialize(unset);
        json.Should().Be("{\"Status\":null,\"Reply\":null,\"MaybeStatus\":null,\"MaybeReply\":null}");
        JsonSerializer.Deserialize<Report>(json).Should().Be(unset);

        var set = new Report(StatusCode.Parse("4.7.26"), new ReplyCode(451), StatusCode.Parse("5.1.1"), new ReplyCode(550));
        json = JsonSerializer.Serialize(set);
        json.Should().Be("{\"Status\":\"4.7.26\",\"Reply\":451,\"MaybeStatus\":\"5.1.1\",\"MaybeReply\":550}");
        JsonSerializer.Deserialize<Report>(json).Should().Be(set);

        // A nullable that holds the unset code is "no code" too, and reads back as null.
        json = JsonSerializer.Serialize(new Report(default, default, default(StatusCode), default(ReplyCode)));
        json.Should().Be("{\"Status\":null,\"Reply\":null,\"MaybeStatus\":null,\"MaybeReply\":null}");
        JsonSerializer.Deserialize<Report>(json).Should().Be(unset);

        JsonSerializer.Serialize(default(StatusCode)).Should().Be("null");
        JsonSerializer.Deserialize<StatusCode>("null").Should().Be(default(StatusCode));
        JsonSerializer.Serialize(default(ReplyCode)).Should().Be("null");
        JsonSerializer.Deserialize<ReplyCode>("null").Should().Be(default(ReplyCode));
        var arrays = JsonSerializer.Serialize(new[] { default, StatusCode.Parse("5.1.1") });
        arrays.Should().Be("[null,\"5.1.1\"]");
        JsonSerializer.Deserialize<StatusCode[]>(arrays).Should().Equal(default, StatusCode.Parse("5.1.1"));

        // The sentinels' text is not a code: only null means unset.
        var zeros = () => JsonSerializer.Deserialize<StatusCode>("\"0.0.0\"");
        zeros.Should().Throw<JsonException>();
        var zero = () => JsonSerializer.Deserialize<ReplyCode>("0");
        zero.Should().Throw<JsonException>();
    }

    [Fact]
    public void Json_dictionary_keys_write_unset_codes_as_an_empty_name_and_read_them_back()
    {
        var map = new Dictionary<StatusCode, int> { [default] = 1, [StatusCode.Parse("5.1.1")] = 2 };
        var json = JsonSerializer.Serialize(map);
        json.Should().Be("{\"\":1,\"5.1.1\":2}");
        JsonSerializer.Deserialize<Dictionary<StatusCode, int>>(json).Should().BeEquivalentTo(map);
        var replies = new Dictionary<ReplyCode, int> { [default] = 1, [new ReplyCode(550)] = 2 };
        json = JsonSerializer.Serialize(replies);
        json.Should().Be("{\"\":1,\"550\":2}");
        JsonSerializer.Deserialize<Dictionary<ReplyCode, int>>(json).Should().BeEquivalentTo(replies);
    }

    [Fact]
    public void Json_writes_a_status_code_as_a_string_and_a_reply_code_as_a_number()
    {
        var json = JsonSerializer.Serialize(new Bounce(StatusCode.Parse("5.1.1"), new ReplyCode(550)));
        json.Should().Be("{\"Status\":\"5.1.1\",\"Reply\":550}");
        JsonSerializer.Deserialize<Bounce>(json).Should().Be(new Bounce(StatusCode.Parse("5.1.1"), new ReplyCode(550)));
        JsonSerializer.Deserialize<ReplyCode>("\"421\"").Should().Be(new ReplyCode(421));
    }

    [Fact]
    public void Json_uses_codes_as_dictionary_keys()
    {
        var map = new Dictionary<StatusCode, int> { [StatusCode.Parse("5.1.1")] = 3, [StatusCode.Parse("4.2.2")] = 1 };
        var json = JsonSerializer.Serialize(map);
        json.Should().Be("{\"5.1.1\":3,\"4.2.2\":1}");
        JsonSerializer.Deserialize<Dictionary<StatusCode, int>>(json).Should().BeEquivalentTo(map);
        var replies = new Dictionary<ReplyCode, string> { [new ReplyCode(550)] = "x" };
        JsonSerializer.Serialize(replies).Should().Be("{\"550\":\"x\"}");
        JsonSerializer.Deserialize<Dictionary<ReplyCode, string>>("{\"550\":\"x\"}").Should().BeEquivalentTo(replies);
    }

    [Theory]
    [InlineData("\"5.01.1\"", "leading zero")]
    [InlineData("\"6.1.1\"", "class must be 2, 4 or 5")]
    [InlineData("511", "Expected an enhanced status code as a JSON string")]
    [InlineData("true", "Expected an enhanced status code as a JSON string")]
    public void Bad_json_status_codes_throw_JsonException_saying_why(string json, string reason)
    {
        var act = () => JsonSerializer.Deserialize<StatusCode>(json);
        act.Should().Throw<JsonException>().Which.Message.Should().Contain(reason);
    }

    [Theory]
    [InlineData("650", "not an SMTP reply code")]
    [InlineData("55.0", "not an SMTP reply code")]
    [InlineData("\"5500\"", "exactly 3 digits")]
    [InlineData("true", "Expected an SMTP reply code as a JSON number")]
    public void Bad_json_reply_codes_throw_JsonException_saying_why(string json, string reason)
    {
        var act = () => JsonSerializer.Deserialize<ReplyCode>(json);
        act.Should().Throw<JsonException>().Which.Message.Should().Contain(reason);
    }

    [Fact]
    public void Generic_parsing_and_formatting_interfaces_forward_to_the_span_methods()
    {
        static T ParseVia<T>(string s) where T : ISpanParsable<T> => T.Parse(s.AsSpan(), CultureInfo.InvariantCulture);
        static T ParseUtf8Via<T>(byte[] s) where T : IUtf8SpanParsable<T> => T.Parse(s, null);
        static string FormatVia<T>(T value) where T : ISpanFormattable
        {
            Span<char> buffer = stackalloc char[16];
            value.TryFormat(buffer, out var n, default, null).Should().BeTrue();
            return buffer[..n].ToString();
        }

        static string FormatUtf8Via<T>(T value) where T : IUtf8SpanFormattable
        {
            Span<byte> buffer = stackalloc byte[16];
            value.TryFormat(buffer, out var n, "G", null).Should().BeTrue();
            return System.Text.Encoding.ASCII.GetString(buffer[..n]);
        }

        ParseVia<StatusCode>("5.7.26").Should().Be(StatusCode.Parse("5.7.26"));
        ParseUtf8Via<StatusCode>("4.2.2"u8.ToArray()).Should().Be(StatusCode.Parse("4.2.2"));
        ParseVia<ReplyCode>("550").Should().Be(new ReplyCode(550));
        FormatVia(StatusCode.Parse("5.1.10")).Should().Be("5.1.10");
        FormatUtf8Via(new ReplyCode(421)).Should().Be("421");
        var bad = () => ParseUtf8Via<StatusCode>("5.1"u8.ToArray());
        bad.Should().Throw<FormatException>();
        var badFormat = () =>
        {
            ISpanFormattable formattable = StatusCode.Parse("5.1.1");
            formattable.TryFormat(new char[16], out _, "X", null);
        };
        badFormat.Should().Throw<FormatException>();
        $"{StatusCode.Parse("5.1.1"):G}".Should().Be("5.1.1");
    }
#endif
}
