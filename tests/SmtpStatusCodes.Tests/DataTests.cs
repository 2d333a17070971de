using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using SmtpStatusCodes.Tests.TestSupport;

namespace SmtpStatusCodes.Tests;

/// <summary>The data files are the source of truth: every row is checked, and the API must show exactly them.</summary>
public class DataTests
{
    private static readonly StatusClass[] Classes = [StatusClass.Success, StatusClass.PersistentTransientFailure, StatusClass.PermanentFailure];

    private static List<string[]> Rows(string file) =>
        File.ReadAllLines(Repository.DataFile(file)).Where(l => l.Length > 0 && l[0] != '#').Skip(1).Select(l => l.Split('\t')).ToList();

    [Fact]
    public void Every_enhanced_row_obeys_the_grammar_and_cites_its_source()
    {
        var rows = Rows("enhanced-codes.tsv");
        rows.Should().HaveCount(3 + 8 + 81);
        rows.Select(r => r[0]).Should().OnlyHaveUniqueItems();
        rows.Select(r => r[1]).Where((_, i) => rows[i][0].Count(c => c == 'X') == 1).Should().OnlyHaveUniqueItems();
        foreach (var r in rows)
        {
            r.Should().HaveCount(6, string.Join("|", r));
            r[0].Should().MatchRegex(@"^([245]\.X\.X|X\.[0-7]\.X|X\.[0-7]\.(0|[1-9][0-9]{0,2}))$");
            r[2].Should().NotBeNullOrWhiteSpace();
            r[3].Should().MatchRegex(@"^(any|[245](,[245])*)$");
            if (r[5] == "draft")
            {
                r[4].Should().StartWith("draft-");
            }
            else
            {
                r[4].Should().MatchRegex(@"^RFC \d{4}", $"{r[0]} cites an RFC");
            }

            r[5].Should().BeOneOf("", "deprecated", "draft");
        }
    }

    [Fact]
    public void Every_reply_row_obeys_the_grammar_and_cites_its_source()
    {
        var rows = Rows("reply-codes.tsv");
        rows.Select(r => r[0]).Should().OnlyHaveUniqueItems();
        foreach (var r in rows)
        {
            r.Should().HaveCount(6);
            r[0].Should().MatchRegex("^([2-5]XX|X[0-5]X|[2-5][0-5][0-9])$");
            r[2].Should().BeOneOf("standard", "extension", "association", "draft", "folklore");
            if (r[2] is "standard" or "extension")
            {
                r[4].Should().MatchRegex(@"^RFC \d{4}");
                r[1].Should().NotBeEmpty();
            }
        }
    }

    [Fact]
    public void All_81_registered_details_are_known_in_every_class_and_listed_in_order()
    {
        var entries = CodeRegistry.StatusCodeEntries;
        entries.Should().HaveCount(81);
        entries.Select(e => (e.Subject, e.Detail)).Should().BeInAscendingOrder(Comparer<(int, int)>.Default);
        var rows = Rows("enhanced-codes.tsv").Where(r => r[0].Count(c => c == 'X') == 1).ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            var e = entries[i];
            $"X.{e.Subject}.{e.Detail}".Should().Be(rows[i][0]);
            e.Title.Should().Be(rows[i][2]);
            e.Reference.Should().Be(rows[i][4]);
            e.Name.Should().Be(rows[i][1]);
            e.IsDeprecated.Should().Be(rows[i][5] == "deprecated");
            e.IsDraft.Should().Be(rows[i][5] == "draft");
            foreach (var cls in Classes)
            {
                var code = e.WithClass(cls);
                code.IsKnown.Should().BeTrue();
                code.Info.Should().BeSameAs(e);
                code.Title.Should().Be(e.Title);
            }
        }

        entries.Single(e => e.Subject == 6 && e.Detail == 10).IsDeprecated.Should().BeTrue();
        entries.Single(e => e.Subject == 7 && e.Detail == 28).IsDraft.Should().BeTrue();
        entries.Single(e => e.Subject == 7 && e.Detail == 30).Title.Should().Be("REQUIRETLS support required");
    }

    [Fact]
    public void Advised_classes_follow_the_data_and_the_RFC_text()
    {
        StatusCode.Parse("5.1.1").Info!.AdvisedClasses.Should().Equal(StatusClass.PersistentTransientFailure, StatusClass.PermanentFailure);
        StatusCode.Parse("2.1.5").Info!.AdvisedClasses.Should().Equal(StatusClass.Success);
        StatusCode.Parse("4.4.1").Info!.AdvisedClasses.Should().Equal(StatusClass.PersistentTransientFailure);
        StatusCode.Parse("4.1.0").Info!.AdvisedClasses.Should().Equal(StatusClass.Success, StatusClass.PersistentTransientFailure, StatusClass.PermanentFailure);
        StatusCode.Parse("5.1.1").Info!.IsAdvisedFor(StatusClass.PermanentFailure).Should().BeTrue();
        StatusCode.Parse("5.1.1").Info!.IsAdvisedFor(StatusClass.Success).Should().BeFalse();
        StatusCode.Parse("5.1.1").Info!.IsAdvisedFor(default).Should().BeFalse("0 is not a class");
    }

    [Fact]
    public void Advised_classes_match_the_classes_column_of_the_data_for_every_entry()
    {
        var rows = Rows("enhanced-codes.tsv").Where(r => r[0].StartsWith("X.", StringComparison.Ordinal) && !r[0].EndsWith(".X", StringComparison.Ordinal)).ToList();
        rows.Should().HaveCount(CodeRegistry.StatusCodeEntries.Count);
        var all = new[] { StatusClass.Success, StatusClass.PersistentTransientFailure, StatusClass.PermanentFailure };
        foreach (var row in rows)
        {
            var parts = row[0].Split('.');
            var entry = CodeRegistry.StatusCodeEntries.Single(e => e.Subject == int.Parse(parts[1], CultureInfo.InvariantCulture) && e.Detail == int.Parse(parts[2], CultureInfo.InvariantCulture));
            var expected = row[3] == "any" ? all : row[3].Split(',').Select(c => (StatusClass)int.Parse(c, CultureInfo.InvariantCulture)).ToArray();
            entry.AdvisedClasses.Should().Equal(expected, row[0]);
            foreach (var statusClass in all)
            {
                entry.IsAdvisedFor(statusClass).Should().Be(expected.Contains(statusClass), row[0]);
            }

            // One shared, read-only list per set of classes: reading it allocates nothing and nobody can change it.
            entry.AdvisedClasses.Should().BeSameAs(entry.AdvisedClasses);
            (entry.AdvisedClasses is StatusClass[]).Should().BeFalse();
        }
    }

    [Fact]
    public void Every_seed_code_is_known()
    {
        // The seed lists X.1.0-X.1.8, X.2.0-X.2.4, X.3.0-X.3.5, X.4.0-X.4.7, X.5.0-X.5.5, X.6.0-X.6.5, X.7.0-X.7.7 in classes 4 and 5.
        var lastDetail = new Dictionary<int, int> { [1] = 8, [2] = 4, [3] = 5, [4] = 7, [5] = 5, [6] = 5, [7] = 7 };
        var count = 0;
        foreach (var (subject, last) in lastDetail.Select(p => (p.Key, p.Value)))
        {
            for (var detail = 0; detail <= last; detail++)
            {
                foreach (var cls in new[] { StatusClass.PersistentTransientFailure, StatusClass.PermanentFailure })
                {
                    new StatusCode(cls, subject, detail).IsKnown.Should().BeTrue($"{(int)cls}.{subject}.{detail}");
                    count++;
                }
            }
        }

        count.Should().Be(96);
        foreach (var reply in new[] { 421, 451, 452, 550, 551, 552, 553, 554 })
        {
            new ReplyCode(reply).IsKnown.Should().BeTrue();
        }
    }

    [Fact]
    public void Exactly_the_RFC_reply_codes_are_known()
    {
        int[] rfc = [211, 214, 220, 221, 235, 250, 251, 252, 253, 334, 354, 421, 432, 450, 451, 452, 453, 454, 455, 458, 459,
            500, 501, 502, 503, 504, 521, 530, 534, 535, 538, 550, 551, 552, 553, 554, 555, 556];
        var known = Enumerable.Range(200, 360).Where(ReplyCode.IsValid).Where(v => new ReplyCode(v).IsKnown).ToArray();
        known.Should().Equal(rfc);
        foreach (var listed in new[] { 420, 422, 430, 441, 456, 510, 511, 512, 520, 523, 524, 525, 533, 557 })
        {
            var code = new ReplyCode(listed);
            code.IsKnown.Should().BeFalse($"{listed} has no RFC meaning");
            code.Info.Should().NotBeNull();
            code.Info!.Status.Should().NotBe(ReplyCodeStatus.Standard).And.NotBe(ReplyCodeStatus.Extension);
        }

        new ReplyCode(538).Info!.IsDeprecated.Should().BeTrue();
        new ReplyCode(550).Title.Should().Be("Requested action not taken: mailbox unavailable");
    }

    [Theory]
    [InlineData("5.1.90", "Permanent Failure: Addressing Status")]
    [InlineData("4.7.650", "Persistent Transient Failure: Security or Policy Status")]
    [InlineData("2.0.9", "Success: Other or Undefined Status")]
    [InlineData("5.12.1", "Permanent Failure")]
    [InlineData("5.7.26", "Multiple authentication checks failed")]
    public void Titles_of_unregistered_codes_are_built_from_class_and_subject(string code, string title)
    {
        var parsed = StatusCode.Parse(code);
        parsed.Title.Should().Be(title);
        ReferenceEquals(parsed.Title, parsed.Title).Should().BeTrue("the composed title is precomputed");
    }

    [Theory]
    [InlineData(559, "Permanent Negative Completion reply: Mail system")]
    [InlineData(300, "Positive Intermediate reply: Syntax")]
    public void Titles_of_unlisted_reply_codes_are_built_from_class_and_category(int code, string title) =>
        new ReplyCode(code).Title.Should().Be(title);

    [Fact]
    public void The_registry_snapshot_is_the_data_file_s_and_is_documented()
    {
        var directive = File.ReadAllLines(Repository.DataFile("enhanced-codes.tsv")).Single(l => l.StartsWith("#! snapshot:", StringComparison.Ordinal));
        var date = directive.Substring("#! snapshot:".Length).Trim();
        CodeRegistry.RegistrySnapshotText.Should().Be(date);
        CodeRegistry.RegistrySnapshot.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).Should().Be(date);
        File.ReadAllText(Path.Combine(Repository.Root, "docs", "data.md")).Should().Contain(date);
    }

    [Fact]
    public void Generated_constants_cover_every_code_in_its_advised_classes()
    {
        StatusCodes.PermanentFailure.BadDestinationMailboxAddress.Should().Be(StatusCode.Parse("5.1.1"));
        StatusCodes.PersistentTransientFailure.MailboxFull.Should().Be(StatusCode.Parse("4.2.2"));
        StatusCodes.Success.DestinationAddressValid.Should().Be(StatusCode.Parse("2.1.5"));
        ReplyCodes.MailboxUnavailable.Should().Be(new ReplyCode(550));
        ReplyCodes.ServiceNotAvailable.Value.Should().Be(421);

        var groups = new (Type Type, StatusClass Class)[]
        {
            (typeof(StatusCodes.Success), StatusClass.Success),
            (typeof(StatusCodes.PersistentTransientFailure), StatusClass.PersistentTransientFailure),
            (typeof(StatusCodes.PermanentFailure), StatusClass.PermanentFailure),
        };
        foreach (var (type, cls) in groups)
        {
            var constants = type.GetProperties(BindingFlags.Public | BindingFlags.Static).ToDictionary(p => p.Name, p => (StatusCode)p.GetValue(null)!);
            var expected = CodeRegistry.StatusCodeEntries.Where(e => e.IsAdvisedFor(cls)).ToList();
            constants.Keys.Should().BeEquivalentTo(expected.Select(e => e.Name));
            foreach (var e in expected)
            {
                constants[e.Name].Should().Be(e.WithClass(cls));
            }
        }

        var replies = typeof(ReplyCodes).GetProperties(BindingFlags.Public | BindingFlags.Static).ToDictionary(p => p.Name, p => (ReplyCode)p.GetValue(null)!);
        replies.Values.Should().OnlyContain(c => c.IsKnown);
        replies.Should().HaveCount(CodeRegistry.ReplyCodeEntries.Count(e => e.IsKnown));
        foreach (var e in CodeRegistry.ReplyCodeEntries.Where(e => e.IsKnown))
        {
            replies[e.Name].Should().Be(e.Code);
        }
    }

    [Fact]
    public void Every_row_is_described_in_every_shipped_culture()
    {
        foreach (var culture in new[] { "en", "zh-Hant", "zh-Hans" })
        {
            var rows = Rows($"descriptions.{culture}.tsv");
            rows.Select(r => r[0]).Should().BeEquivalentTo(
                Rows("enhanced-codes.tsv").Select(r => r[0]).Concat(Rows("reply-codes.tsv").Select(r => r[0])), culture);
            rows.Should().OnlyContain(r => r.Length == 2 && r[1].Trim().Length > 0 && r[1] == r[1].Trim());
        }
    }
}
