using System;
using CsCheck;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using SmtpStatusCodes.Tests.TestSupport;

namespace SmtpStatusCodes.Tests;

public class ReplyReaderTests
{
    private const string Gmail =
        "550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n" +
        "550-5.1.1 double-checking the recipient's email address for typos or\r\n" +
        "550 5.1.1 unnecessary spaces. https://support.example.com/mail/?p=NoSuchUser a1si2\r\n";

    [Fact]
    public void Reads_a_multi_line_reply_with_its_lines_and_status()
    {
        var reader = new Utf8ReplyReader(Encoding.UTF8.GetBytes(Gmail));
        reader.TryRead(out var reply).Should().BeTrue();
        reply.Code.Value.Should().Be(550);
        reply.StatusCode.Should().Be(StatusCode.Parse("5.1.1"));
        reply.LineCount.Should().Be(3);
        reply.HasStatusCodeDisagreement.Should().BeFalse();
        reply.IsConsistent.Should().BeTrue();
        var texts = new List<string>();
        foreach (var line in reply)
        {
            texts.Add(Encoding.UTF8.GetString(line.Text));
        }

        texts.Should().Equal(
            "The email account that you tried to reach does not exist. Please try",
            "double-checking the recipient's email address for typos or",
            "unnecessary spaces. https://support.example.com/mail/?p=NoSuchUser a1si2");
        reply.ToReply().Lines.Should().Equal(texts);
        reader.TryRead(out _).Should().BeFalse();
        reader.Status.Should().Be(ReplyReadStatus.End);
        reader.ErrorMessage.Should().BeNull();
    }

    [Fact]
    public void Reads_consecutive_replies_with_bare_LF_and_a_bare_code()
    {
        var data = Encoding.UTF8.GetBytes("250-mx.example.com\n250-PIPELINING\n250 SIZE 1000\n354 Go ahead\n250\n");
        var reader = new Utf8ReplyReader(data);
        var codes = new List<int>();
        var counts = new List<int>();
        while (reader.TryRead(out var reply))
        {
            codes.Add(reply.Code.Value);
            counts.Add(reply.LineCount);
        }

        codes.Should().Equal(250, 354, 250);
        counts.Should().Equal(3, 1, 1);
        reader.Status.Should().Be(ReplyReadStatus.End);
        reader.Consumed.Should().Be(data.Length);
    }

    [Fact]
    public void A_line_with_another_code_is_an_error_that_names_the_line()
    {
        var reader = new Utf8ReplyReader("250 first\r\n550-5.1.1 a\r\n451-4.3.0 b\r\n550 5.1.1 c\r\n"u8);
        reader.TryRead(out _).Should().BeTrue();
        reader.TryRead(out _).Should().BeFalse();
        reader.Status.Should().Be(ReplyReadStatus.Invalid);
        reader.ErrorLine.Should().Be(3);
        reader.ErrorMessage.Should().Be("line 3 has reply code 451, but the reply began with 550; every line of a reply must carry the same code (RFC 5321 section 4.2)");
        reader.TryRead(out _).Should().BeFalse("an invalid reader stays invalid");
    }

    [Fact]
    public void A_line_that_is_not_a_reply_line_is_an_error_with_the_reason()
    {
        var reader = new Utf8ReplyReader("550-first\r\n55x second\r\n"u8);
        reader.TryRead(out _).Should().BeFalse();
        reader.Status.Should().Be(ReplyReadStatus.Invalid);
        reader.ErrorMessage.Should().StartWith("line 2 is not a reply line: expected an ASCII digit at position 2");
    }

    [Fact]
    public void Lines_that_disagree_on_the_enhanced_code_are_flagged_and_the_last_one_wins()
    {
        var reader = new Utf8ReplyReader("550-5.1.1 a\r\n550-b\r\n550 5.7.1 c\r\n"u8);
        reader.TryRead(out var reply).Should().BeTrue();
        reply.HasStatusCodeDisagreement.Should().BeTrue();
        reply.StatusCode.Should().Be(StatusCode.Parse("5.7.1"));
        var owned = reply.ToReply();
        owned.HasStatusCodeDisagreement.Should().BeTrue();
        owned.StatusCode.Should().Be(StatusCode.Parse("5.7.1"));
    }

    [Fact]
    public void A_class_mismatch_is_reported()
    {
        var reader = new Utf8ReplyReader("550 4.1.1 x\r\n"u8);
        reader.TryRead(out var reply).Should().BeTrue();
        reply.IsConsistent.Should().BeFalse();
    }

    [Fact]
    public void Lines_over_512_octets_are_flagged_not_truncated_and_a_caller_limit_rejects_them()
    {
        var longText = new string('x', 600);
        var data = Encoding.UTF8.GetBytes($"550-{longText}\r\n550 end\r\n");
        var reader = new Utf8ReplyReader(data);
        reader.TryRead(out var reply).Should().BeTrue();
        reply.HasOverlongLine.Should().BeTrue();
        reply.ToReply().Lines[0].Should().HaveLength(600);

        var exactly512 = Encoding.UTF8.GetBytes($"550 {new string('y', 506)}\r\n");
        exactly512.Length.Should().Be(512);
        var ok = new Utf8ReplyReader(exactly512);
        ok.TryRead(out var fits).Should().BeTrue();
        fits.HasOverlongLine.Should().BeFalse();

        var limited = new Utf8ReplyReader(data, maxLineLength: 512);
        limited.TryRead(out _).Should().BeFalse();
        limited.Status.Should().Be(ReplyReadStatus.Invalid);
        limited.ErrorMessage.Should().Be("line 1 is 606 bytes long, more than the maximum of 512");
        Action negative = () => _ = new Utf8ReplyReader(data, maxLineLength: -1);
        negative.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void An_incomplete_reply_asks_for_more_data_when_the_block_is_not_final()
    {
        var partial = "550-5.1.1 a\r\n550 5.1"u8;
        var streaming = new Utf8ReplyReader(partial, isFinalBlock: false);
        streaming.TryRead(out _).Should().BeFalse();
        streaming.Status.Should().Be(ReplyReadStatus.NeedMoreData);
        streaming.Consumed.Should().Be(0);

        var unfinished = new Utf8ReplyReader("550-5.1.1 a\r\n"u8);
        unfinished.TryRead(out _).Should().BeFalse();
        unfinished.Status.Should().Be(ReplyReadStatus.NeedMoreData);

        var final = new Utf8ReplyReader("550 5.1.1 a"u8);
        final.TryRead(out var reply).Should().BeTrue("a final block's last line needs no line end");
        reply.Code.Value.Should().Be(550);
    }

    [Fact]
    public void Reads_from_a_multi_segment_sequence_and_says_when_it_needs_more()
    {
        var bytes = Encoding.UTF8.GetBytes(Gmail + "250 2.0.0 OK\r\n");
        var sequence = Segments.Split(bytes, 7);
        sequence.IsSingleSegment.Should().BeFalse();
        Span<byte> scratch = stackalloc byte[1024];
        Utf8ReplyReader.TryRead(ref sequence, scratch, out var first, out var error).Should().Be(ReplyReadStatus.Complete);
        error.Should().BeNull();
        first.Code.Value.Should().Be(550);
        first.LineCount.Should().Be(3);
        first.StatusCode.Should().Be(StatusCode.Parse("5.1.1"));
        Utf8ReplyReader.TryRead(ref sequence, scratch, out var second, out _).Should().Be(ReplyReadStatus.Complete);
        second.Code.Value.Should().Be(250);
        Utf8ReplyReader.TryRead(ref sequence, scratch, out _, out _).Should().Be(ReplyReadStatus.End);

        var partial = Segments.Split(Encoding.UTF8.GetBytes("550-5.1.1 a\r\n550 5."), 4);
        Utf8ReplyReader.TryRead(ref partial, scratch, out _, out _).Should().Be(ReplyReadStatus.NeedMoreData);
        partial.Length.Should().Be(19, "nothing is consumed until a reply is complete");

        var tooBig = Segments.Split(Encoding.UTF8.GetBytes("550-" + new string('x', 100) + "\r\n550 end\r\n"), 10);
        Utf8ReplyReader.TryRead(ref tooBig, scratch.Slice(0, 32), out _, out var tooBigError).Should().Be(ReplyReadStatus.Invalid);
        tooBigError.Should().Contain("longer than the scratch buffer of 32 bytes");

        var single = new ReadOnlySequence<byte>("421 4.7.0 Try again later\r\n"u8.ToArray());
        Utf8ReplyReader.TryRead(ref single, scratch, out var one, out _).Should().Be(ReplyReadStatus.Complete);
        one.StatusCode.Should().Be(StatusCode.Parse("4.7.0"));
    }

    [Fact]
    public void SmtpReply_parses_a_whole_reply_string_or_says_what_is_wrong()
    {
        var reply = SmtpReply.Parse(Gmail);
        reply.Code.Value.Should().Be(550);
        reply.Lines.Should().HaveCount(3);
        reply.ToString().Should().StartWith("550-5.1.1 The email account");
        var mismatch = () => SmtpReply.Parse("550-a\r\n450 b\r\n");
        mismatch.Should().Throw<FormatException>().WithMessage("*line 2 has reply code 450*");
        var trailing = () => SmtpReply.Parse("250 ok\r\n250 again\r\n");
        trailing.Should().Throw<FormatException>().WithMessage("*text follows the last line*");
        var nul = () => SmtpReply.Parse(null!);
        nul.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Reading_replies_allocates_nothing()
    {
        var data = Encoding.UTF8.GetBytes(Gmail + "250-a\n250 b\n");
        Allocations.Measure(() =>
        {
            var reader = new Utf8ReplyReader(data);
            while (reader.TryRead(out var reply))
            {
                _ = reply.StatusCode;
                foreach (var line in reply)
                {
                    _ = line.Text;
                }
            }
        }).Should().Be(0);
    }

    [Fact]
    public void Reading_from_a_sequence_allocates_nothing()
    {
        var bytes = Encoding.UTF8.GetBytes(Gmail);
        var segmented = Segments.Split(bytes, 16);
        var scratch = new byte[1024];
        Allocations.Measure(() =>
        {
            var sequence = segmented;
            Utf8ReplyReader.TryRead(ref sequence, scratch, out var reply, out _);
            _ = reply.Code;
        }).Should().Be(0);
    }

    [Fact]
    public void Random_bytes_and_hostile_repetitions_never_throw_or_hang()
    {
        Gen.Byte.Array[0, 300].Sample(bytes =>
        {
            var reader = new Utf8ReplyReader(bytes);
            var guard = 0;
            while (reader.TryRead(out var reply))
            {
                reply.ToReply();
                (++guard).Should().BeLessThan(400);
            }
        }, iter: 20_000);

        foreach (var unit in new[] { "550-", "5", "\n", "550-5.1.1 x\n", "2.5.0.0." })
        {
            var big = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(unit, (2 << 20) / unit.Length)));
            var reader = new Utf8ReplyReader(big);
            while (reader.TryRead(out _))
            {
            }

            reader.Status.Should().NotBe(ReplyReadStatus.Complete);
        }
    }
}
