using System;

namespace SmtpStatusCodes.Cli;

/// <summary>
/// A one-line progress bar on standard error, shown only when both standard output and standard error are a terminal
/// and only once the work has taken more than a second: short runs and redirected output stay clean.
/// </summary>
internal sealed class ProgressBar
{
    private const long DelayMilliseconds = 1000;
    private const long IntervalMilliseconds = 100;
    private const int BarWidth = 30;

    private readonly CliConsole _console;
    private readonly bool _enabled;
    private readonly long _start;
    private long? _lastDraw;

    public ProgressBar(CliConsole console)
    {
        _console = console;
        _enabled = console.OutputIsTerminal && console.ErrorIsTerminal;
        _start = console.Milliseconds();
    }

    /// <summary>True once the bar has been drawn (and so must be cleared).</summary>
    public bool IsShown { get; private set; }

    /// <summary>Shows how far the work is: <paramref name="done"/> of <paramref name="total"/> (bytes or messages).</summary>
    public void Report(long done, long total, string what)
    {
        if (!_enabled)
        {
            return;
        }

        var now = _console.Milliseconds();
        if (now - _start < DelayMilliseconds || now - _lastDraw < IntervalMilliseconds)
        {
            return;
        }

        _lastDraw = now;
        var fraction = total <= 0 ? 0 : Math.Clamp((double)done / total, 0, 1);
        var filled = (int)(fraction * BarWidth);
        _console.Error.Write($"\r[{new string('#', filled)}{new string('.', BarWidth - filled)}] {fraction,4:P0} {what}".PadRight(79));
        IsShown = true;
    }

    /// <summary>Removes the bar so the next output starts on a clean line.</summary>
    public void Clear()
    {
        if (IsShown)
        {
            _console.Error.Write("\r" + new string(' ', 79) + "\r");
            IsShown = false;
        }
    }
}
