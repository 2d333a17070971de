using System.IO;

namespace SmtpStatusCodes.Cli;

/// <summary>Writes wrapped, indented, optionally colored lines that fit <see cref="Width"/> terminal columns.</summary>
internal sealed class TextOutput
{
    /// <summary>Every line fits an 80-column terminal.</summary>
    public const int Width = 80;

    public TextOutput(TextWriter writer, Painter painter)
    {
        Writer = writer;
        Painter = painter;
    }

    public TextWriter Writer { get; }

    public Painter Painter { get; }

    /// <summary>Writes <paramref name="text"/> wrapped; the first line starts with <paramref name="prefix"/>, the
    /// others are indented by <paramref name="indent"/> columns.</summary>
    public void Wrapped(string prefix, int indent, string text, Style style = Style.Plain)
    {
        var first = true;
        foreach (var line in TextWrapper.Wrap(text, Width - indent))
        {
            Writer.Write(first ? prefix : new string(' ', indent));
            Writer.WriteLine(Painter.Paint(line, style));
            first = false;
        }
    }

    public void Line(string text = "") => Writer.WriteLine(text);
}
