using System;
using System.Globalization;
using System.Linq;

namespace SmtpStatusCodes.Tests.Classification;

/// <summary>Reason names and advice in en, zh-Hant and zh-Hans, with the same fallback and script checks as the code descriptions.</summary>
public class BounceLocalizationTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Traditional = CultureInfo.GetCultureInfo("zh-TW");
    private static readonly CultureInfo Simplified = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly BounceReason[] Reasons = Enum.GetValues(typeof(BounceReason)).Cast<BounceReason>().ToArray();

    // The same lists as LocalizationTests: Traditional-only characters, and the seed's Simplified-to-Traditional slips.
    private const string TraditionalOnly = "郵係統網與無傳發時錯誤據設務權認證應變類請過檢驗體點數號碼訊說對這個們來實開關閉處譯復轉達標準協議構長級績歸區單鍵態擁擠環圖遞舊聯輸儲滿隊續謝為會於從後裡間記錄動執響連線";
    private static readonly string[] TraditionalSlips = ["係統", "限製", "特征", "嚐"];

    [Fact]
    public void Every_reason_has_a_name_and_one_sentence_of_advice_in_three_languages()
    {
        foreach (var reason in Reasons)
        {
            var en = reason.GetDescription(English);
            var hant = reason.GetDescription(Traditional);
            var hans = reason.GetDescription(Simplified);
            en.Should().EndWith(".").And.NotContain(". ", $"{reason}: one sentence");
            hant.Should().EndWith("。").And.NotBe(hans, $"{reason}: zh-Hans is written, not converted");
            hans.Should().EndWith("。");
            reason.GetDisplayName(English).Should().NotBeNullOrWhiteSpace();
            reason.GetDisplayName(Traditional).Should().NotBe(reason.GetDisplayName(English));
            reason.GetDisplayName(Simplified).Should().NotBe(reason.GetDisplayName(English));
            hans.Concat(reason.GetDisplayName(Simplified)).Where(c => TraditionalOnly.Contains(c)).Should().BeEmpty($"{reason}: zh-Hans has no Traditional-only characters");
            foreach (var slip in TraditionalSlips)
            {
                (hant + reason.GetDisplayName(Traditional)).Should().NotContain(slip);
            }
        }
    }

    [Fact]
    public void Cultures_fall_back_as_the_code_descriptions_do()
    {
        BounceReason.MailboxFull.GetDescription(CultureInfo.GetCultureInfo("fr-FR")).Should().Be(BounceReason.MailboxFull.GetDescription(English));
        BounceReason.MailboxFull.GetDescription(CultureInfo.GetCultureInfo("zh-HK")).Should().Be(BounceReason.MailboxFull.GetDescription(Traditional));
        BounceReason.MailboxFull.GetDescription(CultureInfo.GetCultureInfo("zh-SG")).Should().Be(BounceReason.MailboxFull.GetDescription(Simplified));
        BounceReason.MailboxFull.GetDescription(DescriptionLanguage.Resolve(Traditional)).Should().Be(BounceReason.MailboxFull.GetDescription(Traditional));
        BounceClassifier.Classify(StatusCode.Parse("5.2.2")).GetDescription(Simplified).Should().Be(BounceReason.MailboxFull.GetDescription(Simplified));
    }

    private sealed class PirateProvider : DescriptionProvider
    {
        public override string? GetDescription(BounceReason reason, CultureInfo culture) => reason == BounceReason.MailboxFull ? "Arr, the hold be full." : null;
    }

    [Fact]
    public void A_provider_overrides_what_it_knows_and_falls_back_for_the_rest()
    {
        var provider = new PirateProvider();
        BounceReason.MailboxFull.GetDescription(provider, English).Should().Be("Arr, the hold be full.");
        BounceReason.UserUnknown.GetDescription(provider, Traditional).Should().Be(BounceReason.UserUnknown.GetDescription(Traditional));
        BounceClassifier.Classify(StatusCode.Parse("5.2.2")).GetDescription(provider, null).Should().Be("Arr, the hold be full.");
        var act = () => BounceReason.MailboxFull.GetDescription(null!, English);
        act.Should().Throw<ArgumentNullException>().WithParameterName("provider");
    }

    [Fact]
    public void Undefined_enum_values_are_rejected_by_name()
    {
        var act = () => ((BounceReason)200).GetDescription(English);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("reason");
        var standard = () => ((BounceReason)(-1)).ToStandard();
        standard.Should().Throw<ArgumentOutOfRangeException>();
    }
}
