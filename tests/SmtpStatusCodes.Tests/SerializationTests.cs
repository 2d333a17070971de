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

#if !LIB_NETSTANDARD
    private sealed record Bounce(StatusCode Status, ReplyCode Reply);

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
    [InlineData("null", "Expected an enhanced status code as a JSON string")]
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
