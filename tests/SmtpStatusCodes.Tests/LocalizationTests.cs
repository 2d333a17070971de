using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using SmtpStatusCodes.Tests.TestSupport;

namespace SmtpStatusCodes.Tests;

public class LocalizationTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Traditional = CultureInfo.GetCultureInfo("zh-Hant");
    private static readonly CultureInfo Simplified = CultureInfo.GetCultureInfo("zh-Hans");
    private static readonly StatusClass[] Classes = [StatusClass.Success, StatusClass.PersistentTransientFailure, StatusClass.PermanentFailure];

    // Simplified-to-Traditional conversion slips the seed table has; none may appear in zh-Hant text.
    private static readonly string[] TraditionalSlips = ["係統", "限製", "特征", "嚐"];

    // Characters that exist only in Traditional script (their Simplified forms differ); none may appear in zh-Hans text.
    private const string TraditionalOnly = "郵係統網與無傳發時錯誤據設務權認證應變類請過檢驗體點數號碼訊說對這個們來實開關閉處譯復轉達標準協議構長級績歸區單鍵態擁擠環圖遞舊聯輸儲滿隊續謝為會於從後裡間記錄動執響連線";

    private static string[] AllDescriptions(CultureInfo culture) =>
        CodeRegistry.StatusCodeEntries.SelectMany(e => Classes.Select(c => e.WithClass(c).GetDescription(culture)))
            .Concat(CodeRegistry.ReplyCodeEntries.Select(e => e.Code.GetDescription(culture)))
            .Concat(Classes.SelectMany(c => Enumerable.Range(0, 9).Select(s => new StatusCode(c, s, 999).GetDescription(culture))))
            .Concat(Enumerable.Range(200, 360).Where(ReplyCode.IsValid).Select(v => new ReplyCode(v).GetDescription(culture)))
            .ToArray();

    [Fact]
    public void Every_known_code_is_described_in_three_languages_that_differ()
    {
        foreach (var entry in CodeRegistry.StatusCodeEntries)
        {
            var code = entry.WithClass(StatusClass.PermanentFailure);
            var en = code.GetDescription(English);
            var hant = code.GetDescription(Traditional);
            var hans = code.GetDescription(Simplified);
            en.Should().NotBeNullOrWhiteSpace();
            hant.Should().NotBeNullOrWhiteSpace().And.NotBe(en).And.NotBe(hans, $"{code}: zh-Hans is written, not converted");
            hans.Should().NotBeNullOrWhiteSpace().And.NotBe(en);
        }

        foreach (var entry in CodeRegistry.ReplyCodeEntries)
        {
            entry.Code.GetDescription(Traditional).Should().NotBe(entry.Code.GetDescription(English));
            entry.Code.GetDescription(Simplified).Should().NotBe(entry.Code.GetDescription(English));
        }
    }

    [Theory]
    [InlineData("zh-TW", "zh-Hant")]
    [InlineData("zh-HK", "zh-Hant")]
    [InlineData("zh-MO", "zh-Hant")]
    [InlineData("zh-Hant", "zh-Hant")]
    [InlineData("zh-Hant-TW", "zh-Hant")]
    [InlineData("zh-CHT", "zh-Hant")]
    [InlineData("zh-CN", "zh-Hans")]
    [InlineData("zh-SG", "zh-Hans")]
    [InlineData("zh-Hans", "zh-Hans")]
    [InlineData("zh-Hans-CN", "zh-Hans")]
    [InlineData("zh-CHS", "zh-Hans")]
    [InlineData("zh", "zh-Hans")]
    [InlineData("en-US", "en")]
    [InlineData("en", "en")]
    [InlineData("fr-FR", "en")]
    [InlineData("ja-JP", "en")]
    [InlineData("", "en")]
    public void Cultures_fall_back_along_their_parent_chain(string name, string expected)
    {
        var culture = name.Length == 0 ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(name);
        var target = CultureInfo.GetCultureInfo(expected);
        var code = StatusCode.Parse("5.1.1");
        code.GetDescription(culture).Should().Be(code.GetDescription(target));
        new ReplyCode(550).GetDescription(culture).Should().Be(new ReplyCode(550).GetDescription(target));
    }

    [Fact]
    public void Null_means_the_current_UI_culture()
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-TW");
            StatusCode.Parse("4.2.2").GetDescription().Should().Be(StatusCode.Parse("4.2.2").GetDescription(Traditional));
            new ReplyCode(421).GetDescription(null).Should().Be(new ReplyCode(421).GetDescription(Traditional));
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Fact]
    public void Descriptions_are_compiled_in_string_literals()
    {
        foreach (var text in AllDescriptions(Traditional).Concat(AllDescriptions(English)).Concat(AllDescriptions(Simplified)))
        {
            string.IsInterned(text).Should().BeSameAs(text, "a literal is interned; a string built at run time is not");
        }
    }

    [Fact]
    public void Traditional_Chinese_has_none_of_the_seed_s_conversion_slips()
    {
        foreach (var text in AllDescriptions(Traditional))
        {
            foreach (var slip in TraditionalSlips)
            {
                text.Should().NotContain(slip);
            }
        }

        StatusCode.Parse("5.2.4").GetDescription(Traditional).Should().Contain("展開").And.NotContain("開展");
        StatusCode.Parse("5.4.0").GetDescription(Traditional).Should().Contain("路由").And.NotContain("路郵");
    }

    [Fact]
    public void Simplified_Chinese_has_no_Traditional_only_characters()
    {
        foreach (var text in AllDescriptions(Simplified))
        {
            text.IndexOfAny(TraditionalOnly.ToCharArray()).Should().Be(-1, $"'{text}' is Simplified Chinese");
        }

        string.Concat(AllDescriptions(Simplified)).Should().Contain("系统").And.Contain("邮件").And.Contain("地址").And.Contain("服务器").And.Contain("网络");
    }

    [Fact]
    public void The_seed_s_meaning_errors_are_corrected()
    {
        // X.1.5: the address is valid (the seed says invalid).
        StatusCode.Parse("2.1.5").GetDescription(Traditional).Should().Contain("有效").And.NotContain("無效");
        // X.1.6: moved, no forwarding address (the seed says removed).
        StatusCode.Parse("5.1.6").GetDescription(Traditional).Should().Contain("搬移").And.Contain("轉寄");
        // X.7.3: security conversion required but not possible (the seed truncated it).
        StatusCode.Parse("5.7.3").GetDescription(Traditional).Should().Contain("轉換");
        // 551: the client should try the path given; the server does not forward (the seed describes 251).
        new ReplyCode(551).GetDescription(Traditional).Should().Contain("不會").And.Contain("轉送路徑");
        // 553: the mailbox name is not allowed (the seed: the mailbox does not allow the action).
        new ReplyCode(553).GetDescription(Traditional).Should().Contain("名稱");
        // 550 is broader than "does not exist".
        new ReplyCode(550).GetDescription(Traditional).Should().Contain("政策");
        // 554 also means "no SMTP service here" at connection opening.
        new ReplyCode(554).GetDescription(Traditional).Should().Contain("SMTP");
    }

    [Fact]
    public void Docs_list_every_correction_against_the_seed()
    {
        var doc = File.ReadAllText(Path.Combine(Repository.Root, "docs", "localization.md"));
        foreach (var code in new[] { "X.1.5", "X.1.6", "X.7.3", "X.2.4", "X.4.0", "551", "553", "係統", "限製", "特征", "嚐" })
        {
            doc.Should().Contain(code);
        }
    }

    [Fact]
    public void Unregistered_codes_get_class_and_subject_descriptions_in_the_same_language()
    {
        foreach (var culture in new[] { English, Traditional, Simplified })
        {
            var classOnly = StatusCode.Parse("5.9.9").GetDescription(culture);
            var composed = StatusCode.Parse("5.1.90").GetDescription(culture);
            composed.Should().StartWith(classOnly).And.NotBe(classOnly);
            StatusCode.Parse("5.1.91").GetDescription(culture).Should().BeSameAs(composed);
            StatusCode.Parse("4.1.90").GetDescription(culture).Should().NotBe(composed);
            new ReplyCode(559).GetDescription(culture).Should().NotBeNullOrWhiteSpace();
        }

        StatusCode.Parse("5.1.90").GetDescription(English).Should().Contain(". ", "English sentences are joined with a space");
        StatusCode.Parse("5.1.90").GetDescription(Traditional).Should().NotContain(" 此", "Chinese sentences are joined directly");
    }

    [Theory]
    [InlineData("zh-TW", "zh-Hant")]
    [InlineData("zh-CHT", "zh-Hant")]
    [InlineData("zh-SG", "zh-Hans")]
    [InlineData("zh", "zh-Hans")]
    [InlineData("de-DE", "en")]
    [InlineData("", "en")]
    public void A_language_resolved_once_gives_the_same_descriptions(string name, string expected)
    {
        var culture = name.Length == 0 ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(name);
        var language = DescriptionLanguage.Resolve(culture);
        language.Name.Should().Be(expected);
        language.ToString().Should().Be(expected);
        foreach (var entry in CodeRegistry.StatusCodeEntries)
        {
            var code = entry.WithClass(StatusClass.PermanentFailure);
            code.GetDescription(language).Should().BeSameAs(code.GetDescription(culture));
        }

        new ReplyCode(559).GetDescription(language).Should().BeSameAs(new ReplyCode(559).GetDescription(culture));
        default(StatusCode).GetDescription(language).Should().BeEmpty();
        default(ReplyCode).GetDescription(language).Should().BeEmpty();
    }

    [Fact]
    public void Languages_compare_by_value_and_English_is_the_default()
    {
        DescriptionLanguage.English.Should().Be(default(DescriptionLanguage));
        DescriptionLanguage.English.Name.Should().Be("en");
        (DescriptionLanguage.Resolve(CultureInfo.GetCultureInfo("zh-HK")) == DescriptionLanguage.Resolve(CultureInfo.GetCultureInfo("zh-MO"))).Should().BeTrue();
        (DescriptionLanguage.Resolve(CultureInfo.GetCultureInfo("zh-HK")) != DescriptionLanguage.English).Should().BeTrue();
        DescriptionLanguage.English.Equals((object)DescriptionLanguage.English).Should().BeTrue();
        DescriptionLanguage.English.GetHashCode().Should().Be(default(DescriptionLanguage).GetHashCode());
    }

    private sealed class FrenchProvider : DescriptionProvider
    {
        public ConcurrentBag<string> Cultures { get; } = [];

        public override string? GetDescription(StatusCode code, CultureInfo culture)
        {
            Cultures.Add(culture.Name);
            return culture.TwoLetterISOLanguageName == "fr" && code.EqualsIgnoringClass(StatusCodes.PermanentFailure.BadDestinationMailboxAddress)
                ? "L'adresse du destinataire n'existe pas."
                : null;
        }

        public override string? GetDescription(ReplyCode code, CultureInfo culture) =>
            culture.TwoLetterISOLanguageName == "fr" && code == ReplyCodes.MailboxUnavailable ? "Boîte aux lettres indisponible." : null;
    }

    [Fact]
    public void An_application_supplies_another_language_through_a_provider()
    {
        var provider = new FrenchProvider();
        var french = CultureInfo.GetCultureInfo("fr-FR");
        StatusCode.Parse("5.1.1").GetDescription(provider, french).Should().Be("L'adresse du destinataire n'existe pas.");
        StatusCode.Parse("4.1.1").GetDescription(provider, french).Should().Be("L'adresse du destinataire n'existe pas.");
        StatusCode.Parse("5.2.2").GetDescription(provider, french).Should().Be(StatusCode.Parse("5.2.2").GetDescription(English), "null falls back to the built-in text");
        new ReplyCode(550).GetDescription(provider, french).Should().Be("Boîte aux lettres indisponible.");
        new ReplyCode(550).GetDescription(provider, Traditional).Should().Be(new ReplyCode(550).GetDescription(Traditional));

        var nullProvider = () => StatusCode.Parse("5.1.1").GetDescription((DescriptionProvider)null!, french);
        nullProvider.Should().Throw<ArgumentNullException>().WithParameterName("provider");
        var nullReplyProvider = () => new ReplyCode(550).GetDescription((DescriptionProvider)null!, french);
        nullReplyProvider.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Providers_are_used_per_call_from_many_threads_without_shared_state()
    {
        var provider = new FrenchProvider();
        var french = CultureInfo.GetCultureInfo("fr-FR");
        var results = new ConcurrentBag<string>();
        Parallel.For(0, 2000, i =>
        {
            var culture = i % 2 == 0 ? french : Traditional;
            results.Add(StatusCode.Parse("5.1.1").GetDescription(provider, culture));
        });
        results.Distinct().Should().BeEquivalentTo(["L'adresse du destinataire n'existe pas.", StatusCode.Parse("5.1.1").GetDescription(Traditional)]);
        provider.Cultures.Distinct().Should().BeEquivalentTo(["fr-FR", "zh-Hant"]);
        StatusCode.Parse("5.1.1").GetDescription(English).Should().NotBe("L'adresse du destinataire n'existe pas.", "nothing was registered globally");
    }
}
