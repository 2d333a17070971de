namespace SmtpStatusCodes.Cli;

/// <summary>Adds ANSI colors to text, or nothing when colors are off (not a terminal, NO_COLOR, --no-color).</summary>
internal sealed class Painter
{
    public Painter(bool enabled) => Enabled = enabled;

    public bool Enabled { get; }

    public string Paint(string text, Style style)
    {
        if (!Enabled || style == Style.Plain || text.Length == 0)
        {
            return text;
        }

        var code = style switch
        {
            Style.Bold => "1",
            Style.Dim => "2",
            Style.Red => "31",
            Style.Yellow => "33",
            Style.Green => "32",
            _ => "36",
        };
        return $"\e[{code}m{text}\e[0m";
    }

    /// <summary>The color of a code's class: red for permanent failure, yellow for transient, green for success.</summary>
    public static Style ForOutcome(Outcome? outcome) => outcome switch
    {
        Outcome.Permanent => Style.Red,
        Outcome.Transient => Style.Yellow,
        Outcome.Success => Style.Green,
        Outcome.Intermediate => Style.Cyan,
        _ => Style.Plain,
    };

    /// <summary>
    /// Colors are on when writing to a terminal, unless NO_COLOR is set to anything (no-color.org) or --no-color is given.
    /// </summary>
    public static Painter For(CliConsole console, bool noColor)
    {
        var noColorVariable = console.GetEnvironmentVariable("NO_COLOR");
        return new Painter(console.OutputIsTerminal && !noColor && string.IsNullOrEmpty(noColorVariable));
    }
}
