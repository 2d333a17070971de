using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace SmtpStatusCodes.Cli.Tests;

public sealed class LineReaderTests
{
    private static List<(long Line, string Text)> ReadAll(byte[] bytes)
    {
        var reader = new LineReader(new MemoryStream(bytes), "test input");
        var lines = new List<(long, string)>();
        while (reader.TryReadLine(out var line))
        {
            lines.Add((reader.LineNumber, line.ToString()));
        }

        return lines;
    }

    [Fact]
    public void Splits_at_LF_and_CRLF_drops_a_BOM_and_keeps_a_last_line_without_a_break()
    {
        var lines = ReadAll(Encoding.UTF8.GetBytes("\uFEFFone\r\ntwo\n\nthree"));

        lines.Should().Equal((1, "one"), (2, "two"), (3, string.Empty), (4, "three"));
    }

    [Fact]
    public void A_long_line_is_cut_at_white_space_that_does_not_follow_a_digit()
    {
        // "550 5.1.1" straddles the 64 KiB limit: the cut must not fall between 550 and 5.1.1.
        var prefix = new string('a', LineReader.MaxLineBytes - 8) + " ";
        var text = prefix + "550 5.1.1 tail";
        var lines = ReadAll(Encoding.UTF8.GetBytes(text));

        lines.Should().HaveCount(2);
        lines.Select(l => l.Line).Should().Equal(1, 1);
        string.Concat(lines.Select(l => l.Text)).Should().Be(text);
        lines[1].Text.Should().StartWith("550 5.1.1");
    }

    [Fact]
    public void A_long_line_without_white_space_is_cut_between_utf8_sequences()
    {
        var text = new string('中', LineReader.MaxLineBytes);   // 3 bytes each: the limit falls inside a character
        var lines = ReadAll(Encoding.UTF8.GetBytes(text));

        string.Concat(lines.Select(l => l.Text)).Should().Be(text);
        lines.Should().OnlyContain(l => !l.Text.Contains('\uFFFD'));
    }

    [Fact]
    public void A_nul_byte_is_reported_with_its_offset_and_line()
    {
        var reader = new LineReader(new MemoryStream([.. "ok\nab"u8, 0]), "the file");
        reader.TryReadLine(out _).Should().BeTrue();

        var read = () => reader.TryReadLine(out _);

        read.Should().Throw<UnreadableInputException>().WithMessage("the file holds binary data (a NUL byte at byte 5, line 2)*");
    }
}
