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

        var limited = new Utf8ReplyReader(data, true, 512);
        limited.TryRead(out _).Should().BeFalse();
        limited.Status.Should().Be(ReplyReadStatus.Invalid);
        limited.ErrorMessage.Should().Be("line 1 is longer than the maximum of 512 bytes (with its line end)");
        limited.ErrorLine.Should().Be(1);
        Action negative = () => _ = new Utf8ReplyReader(data, true, -1);
        negative.Should().Throw<ArgumentOutOfRangeException>();
        Action negativeSequence = () => _ = new Utf8ReplyReader(new ReadOnlySequence<byte>(data), Span<byte>.Empty, true, -1);
        negativeSequence.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void An_incomplete_reply_asks_for_more_data_when_the_block_is_not_final()
    {
        var partial = "550-5.1.1 a\r\n550 5.1"u8;
        var streaming = new Utf8ReplyReader(partial, isFinalBlock: false);
        streaming.TryRead(out _).Should().BeFalse();
        streaming.Status.Should().Be(ReplyReadStatus.NeedMoreData);
        streaming.Consumed.Should().Be(0);

        var unfinished = new Utf8ReplyReader("550-5.1.1 a\r\n"u8, isFinalBlock: false);
        unfinished.TryRead(out _).Should().BeFalse();
        unfinished.Status.Should().Be(ReplyReadStatus.NeedMoreData);
        unfinished.ErrorMessage.Should().BeNull();

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
        var reader = new Utf8ReplyReader(sequence, scratch, isFinalBlock: false);
        reader.Status.Should().Be(ReplyReadStatus.None);
        reader.TryRead(out var first).Should().BeTrue();
        reader.ErrorMessage.Should().BeNull();
        first.Code.Value.Should().Be(550);
        first.LineCount.Should().Be(3);
        first.StatusCode.Should().Be(StatusCode.Parse("5.1.1"));
        reader.Consumed.Should().Be(Gmail.Length);
        sequence.Slice(reader.Position).Length.Should().Be(bytes.Length - Gmail.Length);
        reader.TryRead(out var second).Should().BeTrue();
        second.Code.Value.Should().Be(250);
        reader.TryRead(out _).Should().BeFalse();
        reader.Status.Should().Be(ReplyReadStatus.End);
        reader.Position.Should().Be(sequence.End);

        var partial = Segments.Split(Encoding.UTF8.GetBytes("550-5.1.1 a\r\n550 5."), 4);
        var waiting = new Utf8ReplyReader(partial, scratch, isFinalBlock: false);
        waiting.TryRead(out _).Should().BeFalse();
        waiting.Status.Should().Be(ReplyReadStatus.NeedMoreData);
        waiting.Consumed.Should().Be(0, "nothing is consumed until a reply is complete");
        waiting.Position.Should().Be(partial.Start);

        var final = new Utf8ReplyReader(partial, scratch, isFinalBlock: true);
        final.TryRead(out var whole).Should().BeTrue("in final data the last line needs no line end");
        whole.ToReply().Lines.Should().Equal("a", "5.");

        var truncated = new Utf8ReplyReader(Segments.Split(Encoding.UTF8.GetBytes("550-5.1.1 a\r\n550-"), 4), scratch, isFinalBlock: true);
        truncated.TryRead(out _).Should().BeFalse();
        truncated.Status.Should().Be(ReplyReadStatus.Invalid);
        truncated.ErrorLine.Should().Be(2);
        truncated.ErrorMessage.Should().StartWith("the data ends after line 2, inside a reply");

        var tooBig = Segments.Split(Encoding.UTF8.GetBytes("550-" + new string('x', 100) + "\r\n550 end\r\n"), 10);
        var small = new Utf8ReplyReader(tooBig, scratch.Slice(0, 32), isFinalBlock: true);
        small.TryRead(out _).Should().BeFalse();
        small.Status.Should().Be(ReplyReadStatus.Invalid);
        small.ErrorLine.Should().Be(1);
        small.ErrorMessage.Should().Be("the reply that starts at line 1 spans segments and is longer than the scratch buffer of 32 bytes");

        var single = new ReadOnlySequence<byte>("421 4.7.0 Try again later\r\n"u8.ToArray());
        var one = new Utf8ReplyReader(single, Span<byte>.Empty, isFinalBlock: true);
        one.TryRead(out var reply).Should().BeTrue();
        reply.StatusCode.Should().Be(StatusCode.Parse("4.7.0"));
    }

    [Fact]
    public void A_reply_split_across_segments_needs_room_in_the_scratch_buffer_and_says_so()
    {
        // Defect: an empty scratch buffer gave End with every byte unread.
        var split = Segments.Cut("250 ok\r\n"u8.ToArray(), 3);
        var reader = new Utf8ReplyReader(split, Span<byte>.Empty, isFinalBlock: true);
        reader.TryRead(out _).Should().BeFalse();
        reader.Status.Should().Be(ReplyReadStatus.Invalid);
        reader.ErrorMessage.Should().Be("the reply that starts at line 1 spans segments and is longer than the scratch buffer of 0 bytes");
        reader.Consumed.Should().Be(0);

        Span<byte> scratch = stackalloc byte[8];
        var roomy = new Utf8ReplyReader(split, scratch, isFinalBlock: true);
        roomy.TryRead(out var reply).Should().BeTrue();
        Encoding.UTF8.GetString(reply.Raw).Should().Be("250 ok\r\n");
        roomy.TryRead(out _).Should().BeFalse();
        roomy.Status.Should().Be(ReplyReadStatus.End);
    }

    [Fact]
    public void A_reply_inside_one_segment_is_read_in_place_whatever_the_scratch_buffer()
    {
        // Defect: with a 4-byte scratch buffer the first of these said Invalid ("longer than the scratch buffer").
        var data = Encoding.UTF8.GetBytes("250 ok\r\n250 next\r\n");
        var sequence = Segments.Cut(data, 8);
        Span<byte> scratch = stackalloc byte[4];
        var reader = new Utf8ReplyReader(sequence, scratch, isFinalBlock: true);
        reader.TryRead(out var first).Should().BeTrue();
        Encoding.UTF8.GetString(first.Raw).Should().Be("250 ok\r\n");
        reader.TryRead(out var second).Should().BeTrue();
        Encoding.UTF8.GetString(second.Raw).Should().Be("250 next\r\n");
        reader.TryRead(out _).Should().BeFalse();
        reader.Status.Should().Be(ReplyReadStatus.End);
        reader.Consumed.Should().Be(data.Length);
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
    public void A_final_block_that_ends_inside_a_reply_is_an_error_that_says_so()
    {
        // Defect: a final block answered NeedMoreData, and SmtpReply.Parse threw with an empty reason.
        var reader = new Utf8ReplyReader("250-a\r\n"u8, isFinalBlock: true);
        reader.TryRead(out _).Should().BeFalse();
        reader.Status.Should().Be(ReplyReadStatus.Invalid);
        reader.ErrorLine.Should().Be(1);
        reader.ErrorMessage.Should().Be("the data ends after line 1, inside a reply: that line has '-' after its code, so another line of the reply must follow (RFC 5321 section 4.2)");
        Action truncated = () => SmtpReply.Parse("250-a\r\n");
        truncated.Should().Throw<FormatException>().Which.Message.Should().Be(
            "Invalid SMTP reply '250-a\\r\\n': the data ends after line 1, inside a reply: that line has '-' after its code, so another line of the reply must follow (RFC 5321 section 4.2).");
        Action empty = () => SmtpReply.Parse(string.Empty);
        empty.Should().Throw<FormatException>().Which.Message.Should().Be("Invalid SMTP reply '': the text is empty; expected at least one reply line.");
    }

    [Fact]
    public void A_new_reader_has_read_nothing_until_asked()
    {
        // Defect: a new reader said Complete before any read.
        new Utf8ReplyReader().Status.Should().Be(ReplyReadStatus.None);
        var reader = new Utf8ReplyReader("250 ok\r\n"u8);
        reader.Status.Should().Be(ReplyReadStatus.None);
        reader.ErrorMessage.Should().BeNull();
        reader.TryRead(out _).Should().BeTrue();
        reader.Status.Should().Be(ReplyReadStatus.Complete);
        var empty = new Utf8ReplyReader();
        empty.TryRead(out _).Should().BeFalse();
        empty.Status.Should().Be(ReplyReadStatus.End);
    }

    [Fact]
    public void ToString_writes_each_line_with_its_own_enhanced_code()
    {
        // Defect: "250-5.1.1\r\n250 " came back, which parses with no codes at all.
        var reply = SmtpReply.Parse("250-2.0.0 5.1.1\n250");
        reply.LineStatusCodes.Should().Equal(StatusCode.Parse("2.0.0"), null);
        reply.Lines.Should().Equal("5.1.1", string.Empty);
        reply.ToString().Should().Be("250-2.0.0 5.1.1\r\n250 ");
        var back = SmtpReply.Parse(reply.ToString());
        back.Lines.Should().Equal(reply.Lines);
        back.LineStatusCodes.Should().Equal(reply.LineStatusCodes);
        back.HasStatusCodeDisagreement.Should().BeTrue();
        back.StatusCode.Should().BeNull();
        SmtpReply.Parse("550 5.1.1").ToString().Should().Be("550 5.1.1");
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
            var reader = new Utf8ReplyReader(segmented, scratch, isFinalBlock: true);
            reader.TryRead(out var reply);
            _ = reply.Code;
            _ = reader.Position;
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

    }

    [Theory]
    [InlineData("550-", 1, "the data ends after line 1, inside a reply: that line has '-' after its code, so another line of the reply must follow (RFC 5321 section 4.2)")]
    [InlineData("5", 1, "line 1 is not a reply line: expected ' ', '-' or the end of the line after the reply code at position 3, found '5'")]
    [InlineData("\n", 1, "line 1 is not a reply line: the line is empty")]
    [InlineData("550-5.1.1 x\n", 174762, "the data ends after line 174762, inside a reply: that line has '-' after its code, so another line of the reply must follow (RFC 5321 section 4.2)")]
    [InlineData("2.5.0.0.", 1, "line 1 is not a reply line: expected an ASCII digit at position 1, found '.'")]
    [InlineData("250-a\r", 1, "line 1 is not a reply line: a line break (U+000D) at position 5 inside the line; CR and LF may only end a line (RFC 5321 section 2.3.8), so read multi-line replies with SmtpReply.Parse or Utf8ReplyReader")]
    public void Two_megabytes_of_a_hostile_repetition_give_the_exact_error(string unit, int errorLine, string message)
    {
        var big = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(unit, (2 << 20) / unit.Length)));
        var reader = new Utf8ReplyReader(big);
        reader.TryRead(out _).Should().BeFalse();
        reader.Status.Should().Be(ReplyReadStatus.Invalid);
        reader.ErrorLine.Should().Be(errorLine);
        reader.ErrorMessage.Should().Be(message);
        reader.Consumed.Should().Be(0);

        var streaming = new Utf8ReplyReader(big, isFinalBlock: false);
        streaming.TryRead(out _).Should().BeFalse();
        streaming.Status.Should().Be(unit == "\n" ? ReplyReadStatus.Invalid : ReplyReadStatus.NeedMoreData);
        streaming.Consumed.Should().Be(0);

        // The same data in 4 KB segments: but for the empty line, one line or reply spans them all, so a 64 KB
        // scratch buffer is too small (a line is only parsed once it is complete).
        var segmented = Segments.Split(big, 4096);
        var scratch = new byte[65536];
        var fromSequence = new Utf8ReplyReader(segmented, scratch, isFinalBlock: true);
        fromSequence.TryRead(out _).Should().BeFalse();
        fromSequence.Status.Should().Be(ReplyReadStatus.Invalid);
        fromSequence.Consumed.Should().Be(0);
        fromSequence.ErrorMessage.Should().Be(unit == "\n" ? message : "the reply that starts at line 1 spans segments and is longer than the scratch buffer of 65536 bytes");
    }
}
