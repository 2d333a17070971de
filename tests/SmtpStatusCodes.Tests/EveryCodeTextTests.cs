using System;
using System.Collections.Generic;
using System.Globalization;
using SmtpStatusCodes.Tests.TestSupport;

namespace SmtpStatusCodes.Tests;

/// <summary>
/// Every one of the 3,000,000 enhanced codes (class 2, 4, 5 x subject 0-999 x detail 0-999) and every reply code of
/// the grammar, checked against <see cref="ReferenceTexts"/>: Title and GetDescription in each shipped language.
/// </summary>
public class EveryCodeTextTests
{
    private static readonly int[] Classes = [2, 4, 5];

    [Theory]
    [InlineData("4.16.1", "Persistent Transient Failure")]
    [InlineData("4.80.1", "Persistent Transient Failure")]
    [InlineData("5.64.3", "Permanent Failure")]
    [InlineData("2.33.1", "Success")]
    public void Title_of_an_unregistered_code_with_a_high_subject_names_its_own_class(string text, string title)
    {
        // The composed-title key used to collide for subjects above 15 ((class << 4) | subject).
        StatusCode.Parse(text).Title.Should().Be(title);
    }

    [Fact]
    public void Every_enhanced_code_has_the_title_and_descriptions_the_rule_gives()
    {
        var titles = ReferenceTexts.Titles();
        var languages = new (DescriptionLanguage Language, ReferenceTexts Texts)[]
        {
            (DescriptionLanguage.English, ReferenceTexts.Descriptions("en")),
            (DescriptionLanguage.Resolve(CultureInfo.GetCultureInfo("zh-TW")), ReferenceTexts.Descriptions("zh-Hant")),
            (DescriptionLanguage.Resolve(CultureInfo.GetCultureInfo("zh-CN")), ReferenceTexts.Descriptions("zh-Hans")),
        };
        languages[1].Language.Name.Should().Be("zh-Hant");
        languages[2].Language.Name.Should().Be("zh-Hans");

        // The rule's answers, computed once per class and subject (and per registered detail) so the loop is cheap.
        var expectedTitles = Expected(titles);
        var expectedTexts = Array.ConvertAll(languages, l => Expected(l.Texts));

        var failures = new List<string>();
        var checkedCodes = 0;
        for (var c = 0; c < Classes.Length; c++)
        {
            for (var subject = 0; subject <= 999; subject++)
            {
                for (var detail = 0; detail <= 999; detail++)
                {
                    var code = new StatusCode((StatusClass)Classes[c], subject, detail);
                    Check(failures, code, "Title", code.Title, expectedTitles(c, subject, detail));
                    for (var l = 0; l < languages.Length; l++)
                    {
                        Check(failures, code, languages[l].Language.Name, code.GetDescription(languages[l].Language), expectedTexts[l](c, subject, detail));
                    }

                    checkedCodes++;
                }
            }
        }

        checkedCodes.Should().Be(3_000_000);
        failures.Should().BeEmpty();
    }

    [Fact]
    public void Every_reply_code_has_the_title_and_descriptions_the_rule_gives()
    {
        var titles = ReferenceTexts.Titles();
        var failures = new List<string>();
        var count = 0;
        foreach (var (culture, file) in new[] { ("en", "en"), ("zh-TW", "zh-Hant"), ("zh-CN", "zh-Hans") })
        {
            var language = DescriptionLanguage.Resolve(CultureInfo.GetCultureInfo(culture));
            var texts = ReferenceTexts.Descriptions(file);
            for (var value = 200; value <= 559; value++)
            {
                if (!ReplyCode.IsValid(value))
                {
                    continue;
                }

                var code = new ReplyCode(value);
                Check(failures, code, file, code.GetDescription(language), texts.Reply(value));
                if (culture == "en")
                {
                    Check(failures, code, "Title", code.Title, titles.Reply(value));
                    count++;
                }
            }
        }

        count.Should().Be(4 * 6 * 10);
        failures.Should().BeEmpty();
    }

    private static Func<int, int, int, string> Expected(ReferenceTexts texts)
    {
        // Registered details have subjects 0-7 and small details; every other code takes its class and subject text.
        const int Subjects = 8;
        const int Details = 100;
        var composed = new string[Classes.Length, 1000];
        var registered = new string?[Classes.Length, Subjects * Details];
        for (var c = 0; c < Classes.Length; c++)
        {
            for (var subject = 0; subject <= 999; subject++)
            {
                // Detail 9999 is never registered, so this is the composed text of the class and subject.
                composed[c, subject] = texts.Enhanced(Classes[c], subject, 9999);
            }

            foreach (var (subject, detail) in ReferenceTexts.RegisteredDetails())
            {
                (subject < Subjects && detail < Details).Should().BeTrue("the lookup below assumes small registered codes");
                registered[c, (subject * Details) + detail] = texts.Enhanced(Classes[c], subject, detail);
            }
        }

        return (c, subject, detail) => (subject < Subjects && detail < Details ? registered[c, (subject * Details) + detail] : null) ?? composed[c, subject];
    }

    private static void Check<T>(List<string> failures, T code, string what, string actual, string expected)
    {
        if (failures.Count < 20 && !string.Equals(actual, expected, StringComparison.Ordinal))
        {
            failures.Add($"{code} {what}: '{actual}', expected '{expected}'");
        }
    }
}
