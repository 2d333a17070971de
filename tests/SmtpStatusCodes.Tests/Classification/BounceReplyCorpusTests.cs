using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using SmtpStatusCodes.Tests.TestSupport;

namespace SmtpStatusCodes.Tests.Classification;

/// <summary>Corpus/bounce-replies.tsv: reply lines in the style of the systems issue 12 lists, with the expected verdict.</summary>
public class BounceReplyCorpusTests
{
    public static IEnumerable<object[]> Lines() =>
        File.ReadAllLines(Repository.Corpus("bounce-replies.tsv")).Where(l => l.Length > 0 && l[0] != '#').Skip(1)
            .Select(l => l.Split('\t')).Select(f => new object[] { f[3], f[0].Replace("\\n", "\n"), f[1], f[2] });

    [Fact]
    public void The_corpus_has_at_least_150_lines_from_every_listed_kind_of_system()
    {
        var lines = Lines().ToList();
        lines.Should().HaveCountGreaterThanOrEqualTo(150);
        var systems = lines.Select(l => (string)l[0]).ToHashSet();
        foreach (var system in new[] { "Gmail", "Microsoft 365", "Yahoo/AOL", "Apple iCloud", "Amazon SES", "Postfix", "Exim", "Sendmail", "qmail", "OpenSMTPD", "Courier", "Zimbra", "Mimecast", "Proofpoint", "Barracuda", "Cisco IronPort", "QQ Mail", "NetEase 163", "Mail.ru", "Yandex", "NTT docomo", "GMX/WEB.DE", "Orange" })
        {
            systems.Should().Contain(system);
        }
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public void Each_line_classifies_as_expected(string system, string line, string reason, string type)
    {
        var verdict = BounceClassifier.Classify(line.AsSpan());
        verdict.Reason.ToString().Should().Be(reason, $"{system}: {line}");
        verdict.Type.ToString().Should().Be(type, $"{system}: {line}");
        BounceClassifier.Classify(Encoding.UTF8.GetBytes(line)).Should().Be(verdict);
    }
}
