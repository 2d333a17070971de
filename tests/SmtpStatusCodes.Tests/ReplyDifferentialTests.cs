using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;
using SmtpStatusCodes.Tests.TestSupport;

namespace SmtpStatusCodes.Tests;

/// <summary>
/// The fast line parsers and readers against <see cref="ReferenceReplies"/>, and the sequence reader against the span
/// reader, on generated replies: well-formed ones (with every kind of line end, codes, no codes and near-codes) mixed
/// with line soup (bad codes, separators, stray CR and LF).
/// </summary>
public class ReplyDifferentialTests
{
    private const int Iterations = 20_000;

    private static readonly Gen<string> StatusPrefix = Gen.OneOfConst("", "", "5.1.1 ", "2.0.0 ", "4.7.0 ", "5.7.1", "5.01.1 ", "5.1.1:", "2.0.0   ", "4.4.1 5.1.1 ");

    private static readonly Gen<string> Ending = Gen.OneOfConst("\r\n", "\r\n", "\n", "\r", "");

    private static readonly Gen<string> WellFormedReply = Gen.Select(
        Gen.OneOfConst("250", "550", "354", "421", "452"),
        Gen.Select(StatusPrefix, Gen.String[Gen.Char["ab 5.1-\u00fc\u4e2d"], 0, 8]).Array[1, 4],
        Ending,
        (code, lines, ending) => string.Concat(lines.Select((line, i) =>
            code + (i == lines.Length - 1 ? " " : "-") + line.Item1 + line.Item2 + (i == lines.Length - 1 ? ending : "\r\n"))));

    private static readonly Gen<string> SoupLine = Gen.Select(
        Gen.OneOfConst("250", "550", "354", "25", "2x0", "650", "", "550"),
        Gen.OneOfConst(" ", "-", "", "x", "-"),
        StatusPrefix,
        Gen.String[Gen.Char["ab 5.1-\u00fc\r\n"], 0, 6],
        Ending,
        (code, separator, status, text, ending) => code + separator + status + text + ending);

    private static readonly Gen<string> Data = Gen.OneOf(WellFormedReply, WellFormedReply, SoupLine).Array[0, 5].Select(string.Concat);

    private static readonly Gen<int> MaxLineLength = Gen.OneOfConst(0, 0, 0, 8, 20);

    [Fact]
    public void Line_parsers_agree_with_the_reference_on_generated_lines()
    {
        Gen.OneOf(SoupLine, WellFormedReply).Sample(line =>
        {
            var expected = ReferenceReplies.ParseLine(line);
            ReplyLine.TryParse(line.AsSpan(), out var chars).Should().Be(expected is not null, Show(line));
            Utf8ReplyLine.TryParse(Encoding.UTF8.GetBytes(line), out var bytes).Should().Be(expected is not null, Show(line));
            if (expected is null)
            {
                return;
            }

            Describe(chars).Should().Be(Describe(expected), Show(line));
            Describe(bytes).Should().Be(Describe(expected), Show(line));
        }, iter: Iterations);
    }

    [Fact]
    public void The_span_reader_agrees_with_the_reference_on_generated_replies()
    {
        Gen.Select(Data, Gen.Bool, MaxLineLength).Sample((data, isFinalBlock, maxLineLength) =>
        {
            var expected = ReferenceReplies.Read(data, isFinalBlock, maxLineLength);
            var reader = new Utf8ReplyReader(Encoding.UTF8.GetBytes(data), isFinalBlock, maxLineLength);
            var actual = ReadAll(ref reader, withMessage: false);
            actual.Should().Equal(Describe(expected), Show(data));
            (reader.ErrorMessage is null).Should().Be(reader.Status != ReplyReadStatus.Invalid);
            if (reader.ErrorMessage is not null)
            {
                reader.ErrorMessage.Should().NotBeEmpty();
            }
        }, iter: Iterations);
    }

    [Fact]
    public void The_sequence_reader_gives_what_the_span_reader_gives_however_the_data_is_cut()
    {
        Gen.Select(Data, Gen.Int[0, 7].Array[0, 12], Gen.Bool, MaxLineLength).Sample((data, cuts, isFinalBlock, maxLineLength) =>
        {
            var bytes = Encoding.UTF8.GetBytes(data);
            var span = new Utf8ReplyReader(bytes, isFinalBlock, maxLineLength);
            var expected = ReadAll(ref span, withMessage: true);
            var scratch = new byte[bytes.Length];
            foreach (var sequence in new[] { new ReadOnlySequence<byte>(bytes), Segments.Split(bytes, 1), Segments.Cut(bytes, cuts) })
            {
                var reader = new Utf8ReplyReader(sequence, scratch, isFinalBlock, maxLineLength);
                ReadAll(ref reader, withMessage: true).Should().Equal(expected, Show(data));
                sequence.Slice(reader.Position).Length.Should().Be(sequence.Length - reader.Consumed);
            }
        }, iter: Iterations);
    }

    [Fact]
    public void A_small_scratch_buffer_only_stops_a_reply_that_spans_segments_and_does_not_fit()
    {
        Gen.Select(Data, Gen.Int[0, 7].Array[0, 12], Gen.Int[0, 16]).Sample((data, cuts, scratchLength) =>
        {
            var bytes = Encoding.UTF8.GetBytes(data);
            var span = new Utf8ReplyReader(bytes);
            var expected = ReadAll(ref span, withMessage: true);
            var replyEnds = ReplyEnds(bytes);
            var sequence = Segments.Cut(bytes, cuts);
            var boundaries = SegmentBoundaries(sequence);
            var reader = new Utf8ReplyReader(sequence, new byte[scratchLength], true, 0);
            var actual = ReadAll(ref reader, withMessage: true);
            if (reader.ErrorMessage?.Contains("scratch buffer") != true)
            {
                actual.Should().Equal(expected, Show(data));
                return;
            }

            // Everything before the stop is what the span reader gave; the stopped reply spans segments and is too long.
            actual.Take(actual.Count - 1).Should().Equal(expected.Take(actual.Count - 1), Show(data));
            var start = (int)reader.Consumed;
            var end = replyEnds.FirstOrDefault(e => e > start, bytes.Length);
            (end - start).Should().BeGreaterThan(scratchLength, Show(data));
            boundaries.Should().Contain(b => b > start && b < end, Show(data));
        }, iter: Iterations);
    }

    [Fact]
    public void Parse_of_ToString_gives_back_every_line_text_and_code()
    {
        Data.Sample(data =>
        {
            var reader = new Utf8ReplyReader(Encoding.UTF8.GetBytes(data));
            var expected = ReferenceReplies.Read(data, true, 0).Replies;
            var i = 0;
            while (reader.TryRead(out var reply))
            {
                var owned = reply.ToReply();
                owned.Lines.Should().Equal(expected[i].Lines.Select(l => l.Text), Show(data));
                owned.LineStatusCodes.Select(c => c?.ToString()).Should().Equal(expected[i].Lines.Select(l => l.Status), Show(data));
                owned.HasStatusCodeDisagreement.Should().Be(expected[i].HasStatusCodeDisagreement);
                i++;

                var back = SmtpReply.Parse(owned.ToString());
                back.Code.Should().Be(owned.Code);
                back.Lines.Should().Equal(owned.Lines, Show(owned.ToString()));
                back.LineStatusCodes.Should().Equal(owned.LineStatusCodes, Show(owned.ToString()));
                back.StatusCode.Should().Be(owned.StatusCode);
                back.IsConsistent.Should().Be(owned.IsConsistent);
                back.HasStatusCodeDisagreement.Should().Be(owned.HasStatusCodeDisagreement);
            }
        }, iter: Iterations);
    }

    private static string Show(string text) => "input " + TextForMessage(text);

    private static string TextForMessage(string text) => "'" + text.Replace("\r", "\\r").Replace("\n", "\\n") + "'";

    private static string Describe(ReplyLine line) =>
        $"{line.Code.Value} last={line.IsLast} status={line.StatusCode} consistent={line.IsConsistent} text={TextForMessage(line.Text.ToString())}";

    private static string Describe(Utf8ReplyLine line) =>
        $"{line.Code.Value} last={line.IsLast} status={line.StatusCode} consistent={line.IsConsistent} text={TextForMessage(Encoding.UTF8.GetString(line.Text))}";

    private static string Describe(ReferenceReplies.Line line) =>
        $"{line.Code} last={line.IsLast} status={line.Status} consistent={line.Status is null || line.Status[0] == line.Code.ToString()[0]} text={TextForMessage(line.Text)}";

    private static List<string> ReadAll(ref Utf8ReplyReader reader, bool withMessage)
    {
        var result = new List<string>();
        while (reader.TryRead(out var reply))
        {
            var text = new StringBuilder($"reply {reply.Code.Value} status={reply.StatusCode} lines={reply.LineCount} consistent={reply.IsConsistent} disagree={reply.HasStatusCodeDisagreement} overlong={reply.HasOverlongLine}");
            foreach (var line in reply)
            {
                text.Append(" | ").Append(Describe(line));
            }

            result.Add(text.ToString());
        }

        result.Add($"{reader.Status} line={reader.ErrorLine} consumed={reader.Consumed}{(withMessage ? " " + reader.ErrorMessage : string.Empty)}");
        return result;
    }

    private static List<string> Describe(ReferenceReplies.Result expected)
    {
        var result = expected.Replies.Select(r =>
            $"reply {r.Code} status={r.Status} lines={r.Lines.Count} consistent={r.IsConsistent} disagree={r.HasStatusCodeDisagreement} overlong={r.HasOverlongLine}"
            + string.Concat(r.Lines.Select(l => " | " + Describe(l)))).ToList();
        result.Add($"{expected.Status} line={expected.ErrorLine} consumed={expected.Consumed}");
        return result;
    }

    private static List<int> ReplyEnds(byte[] bytes)
    {
        var ends = new List<int>();
        var reader = new Utf8ReplyReader(bytes);
        while (reader.TryRead(out _))
        {
            ends.Add((int)reader.Consumed);
        }

        return ends;
    }

    private static List<long> SegmentBoundaries(ReadOnlySequence<byte> sequence)
    {
        var boundaries = new List<long>();
        long offset = 0;
        foreach (var segment in sequence)
        {
            offset += segment.Length;
            boundaries.Add(offset);
        }

        return boundaries;
    }
}
