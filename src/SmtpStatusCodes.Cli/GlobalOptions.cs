using System.CommandLine;
using System.Globalization;

namespace SmtpStatusCodes.Cli;

/// <summary>The options every command takes: --culture, --json, --no-color.</summary>
internal sealed class GlobalOptions
{
    public Option<CultureInfo?> Culture { get; } = new("--culture", "-c")
    {
        Description = "The language of descriptions and labels: en, zh-Hant (zh-TW, zh-HK), zh-Hans (zh-CN); other cultures get English. Default: the current UI culture.",
        HelpName = "name",
        Recursive = true,
        CustomParser = result =>
        {
            var name = result.Tokens[0].Value;
            try
            {
                return CultureInfo.GetCultureInfo(name, predefinedOnly: true);
            }
            catch (CultureNotFoundException)
            {
                result.AddError($"Unknown culture '{name}'; use a culture name such as en, zh-Hant, zh-Hans, zh-TW or zh-CN.");
                return null;
            }
        },
    };

    public GlobalOptions() => Culture.CompletionSources.Add("en", "zh-Hant", "zh-Hans", "zh-TW", "zh-HK", "zh-CN");

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Write JSON (field names documented in docs/cli.md) instead of text.",
        Recursive = true,
    };

    public Option<bool> NoColor { get; } = new("--no-color")
    {
        Description = "No colors, even on a terminal (setting NO_COLOR does the same).",
        Recursive = true,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Culture);
        command.Options.Add(Json);
        command.Options.Add(NoColor);
    }

    public CliText Text(ParseResult result) => CliText.For(result.GetValue(Culture) ?? CultureInfo.CurrentUICulture);

    public TextOutput TextOutput(ParseResult result, CliConsole console) =>
        new(console.Out, Painter.For(console, result.GetValue(NoColor)));
}
