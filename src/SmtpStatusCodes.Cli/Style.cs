namespace SmtpStatusCodes.Cli;

/// <summary>The few looks the text output uses; ANSI escapes only when colors are on.</summary>
internal enum Style
{
    Plain,
    Bold,
    Dim,
    Red,
    Yellow,
    Green,
    Cyan,
}
