using System;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SmtpStatusCodes.Tests.TestSupport;

namespace SmtpStatusCodes.Tests;

/// <summary>
/// Resolving a culture remembers the cultures it saw last (so GetDescription(culture) does not walk the parent chain
/// every time); these tests check that remembering never gives one culture another culture's language, whatever the
/// order, the mix or the threads.
/// </summary>
public class CultureResolutionTests
{
    // More cultures per language than the resolver remembers, so every order also exercises its misses.
    private static readonly (CultureInfo Culture, string Language)[] Cultures =
    [
        (CultureInfo.GetCultureInfo("en"), "en"),
        (CultureInfo.GetCultureInfo("en-US"), "en"),
        (CultureInfo.GetCultureInfo("fr-FR"), "en"),
        (CultureInfo.GetCultureInfo("de-DE"), "en"),
        (CultureInfo.InvariantCulture, "en"),
        (CultureInfo.GetCultureInfo("zh-TW"), "zh-Hant"),
        (CultureInfo.GetCultureInfo("zh-HK"), "zh-Hant"),
        (CultureInfo.GetCultureInfo("zh-Hant-TW"), "zh-Hant"),
        (CultureInfo.GetCultureInfo("zh-CN"), "zh-Hans"),
        (CultureInfo.GetCultureInfo("zh-SG"), "zh-Hans"),
        (CultureInfo.GetCultureInfo("zh"), "zh-Hans"),
        (new CultureInfo("zh-TW"), "zh-Hant"),
        (new CultureInfo("en-GB"), "en"),
    ];

    private static readonly StatusCode Code = StatusCode.Parse("5.1.1");

    [Fact]
    public void Every_order_of_cultures_resolves_each_to_its_own_language()
    {
        var random = new Random(42);
        for (var i = 0; i < 20_000; i++)
        {
            var (culture, language) = Cultures[random.Next(Cultures.Length)];
            Check(culture, language);
        }

        // And a fixed rotation through all of them, twice.
        foreach (var (culture, language) in Cultures.Concat(Cultures))
        {
            Check(culture, language);
        }
    }

    [Fact]
    public void Threads_resolving_different_cultures_at_once_each_get_their_own_language()
    {
        var wrong = 0;
        Parallel.For(0, 8, worker =>
        {
            var random = new Random(worker);
            for (var i = 0; i < 20_000; i++)
            {
                var (culture, language) = Cultures[random.Next(Cultures.Length)];
                if (DescriptionLanguage.Resolve(culture).Name != language
                    || !ReferenceEquals(Code.GetDescription(culture), Code.GetDescription(DescriptionLanguage.Resolve(culture))))
                {
                    Interlocked.Increment(ref wrong);
                }
            }
        });
        wrong.Should().Be(0);
    }

    [Fact]
    public void A_null_culture_follows_the_current_UI_culture_as_it_changes()
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            foreach (var (culture, language) in Cultures.Concat(Enumerable.Reverse(Cultures)))
            {
                CultureInfo.CurrentUICulture = culture;
                DescriptionLanguage.Resolve(null).Name.Should().Be(language, culture.Name);
                Code.GetDescription().Should().Be(Code.GetDescription(DescriptionLanguage.Resolve(culture)), culture.Name);
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Fact]
    public void Describing_with_recently_used_cultures_allocates_nothing()
    {
        var en = CultureInfo.GetCultureInfo("en-US");
        var hant = CultureInfo.GetCultureInfo("zh-TW");
        var hans = CultureInfo.GetCultureInfo("zh-CN");
        Allocations.Measure(() =>
        {
            _ = Code.GetDescription(en);
            _ = Code.GetDescription(hant);
            _ = new ReplyCode(550).GetDescription(hans);
        }).Should().Be(0);
    }

    private static void Check(CultureInfo culture, string language)
    {
        DescriptionLanguage.Resolve(culture).Name.Should().Be(language, culture.Name);
        Code.GetDescription(culture).Should().BeSameAs(Code.GetDescription(DescriptionLanguage.Resolve(culture)), culture.Name);
    }
}
