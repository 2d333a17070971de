using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Loggers;

namespace SmtpStatusCodes.Benchmarks;

/// <summary>
/// Keeps the exception lines BenchmarkDotNet prints while it runs: an in-process run reports a throwing benchmark only
/// as a failed report, and the exception itself only in the log, so the program repeats them when it explains a failure.
/// </summary>
public sealed class ExceptionCapture : ILogger
{
    private readonly StringBuilder _text = new();

    public string Id => nameof(ExceptionCapture);

    public int Priority => 0;

    /// <summary>The distinct lines that name an exception, in order of appearance.</summary>
    public IReadOnlyList<string> ExceptionLines => [.. _text.ToString()
        .Split('\n')
        .Select(l => l.Trim())
        .Where(l => l.Contains("Exception: ", StringComparison.Ordinal) || l.StartsWith("at SmtpStatusCodes.", StringComparison.Ordinal))
        .Distinct(StringComparer.Ordinal)];

    public void Write(LogKind logKind, string text) => _text.Append(text);

    public void WriteLine() => _text.Append('\n');

    public void WriteLine(LogKind logKind, string text) => _text.Append(text).Append('\n');

    public void Flush()
    {
    }
}
