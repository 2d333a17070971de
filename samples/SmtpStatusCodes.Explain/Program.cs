using System;
using System.Globalization;
using System.Text;
using SmtpStatusCodes;

// Explains the SMTP codes in a reply line or a bounce: each code, its registered title and a description, and the
// bounce verdict (hard or soft, reason, retry advice).
// Usage: Explain [--culture zh-TW] "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown"
//        Explain [--culture zh-CN] < bounce.eml
CultureInfo culture = CultureInfo.InvariantCulture;
var texts = new StringBuilder();
for (var i = 0; i < args.Length; i++)
{
    if (args[i] is "--culture" or "-c")
    {
        if (i + 1 >= args.Length)
        {
            Console.Error.WriteLine("--culture needs a culture name, e.g. --culture zh-TW");
            return 2;
        }

        try
        {
            culture = CultureInfo.GetCultureInfo(args[++i]);
        }
        catch (CultureNotFoundException)
        {
            Console.Error.WriteLine($"Unknown culture '{args[i]}'.");
            return 2;
        }
    }
    else if (args[i] is "--help" or "-h")
    {
        Console.WriteLine("Usage: Explain [--culture NAME] [TEXT...]   (reads standard input when no TEXT is given)");
        return 0;
    }
    else
    {
        texts.Append(texts.Length > 0 ? " " : string.Empty).Append(args[i]);
    }
}

var input = texts.Length > 0 ? texts.ToString() : Console.IsInputRedirected ? Console.In.ReadToEnd() : string.Empty;
if (input.Length == 0)
{
    Console.Error.WriteLine("Give a reply line or a bounce text as arguments or on standard input (--help for usage).");
    return 2;
}

Console.OutputEncoding = Encoding.UTF8;
var found = 0;
if (ReplyLine.TryParse(input.AsSpan().TrimEnd(), out var line))
{
    Console.WriteLine($"Reply line: code {line.Code}{(line.StatusCode is { } s ? $", enhanced code {s}" : string.Empty)}, text \"{line.Text.ToString()}\"");
    if (!line.IsConsistent)
    {
        Console.WriteLine($"  Warning: the enhanced code's class ({(int)line.StatusCode!.Value.Class}) differs from the reply code's first digit (RFC 2034 section 4).");
    }

    Console.WriteLine();
}

foreach (var match in CodeScanner.EnumerateMatches(input))
{
    found++;
    if (match.StatusCode is { } code)
    {
        Console.WriteLine($"{code}  {code.Title}{(code.IsKnown ? string.Empty : "  (not registered: meaning from its class and subject)")}");
        Console.WriteLine($"       {code.GetDescription(culture)}");
        Console.WriteLine($"       {Verdict(code.IsSuccess, code.IsTransient)}");
    }
    else if (match.ReplyCode is { } reply)
    {
        Console.WriteLine($"{reply}    {reply.Title}{(reply.IsKnown ? string.Empty : "  (no RFC defines this code)")}");
        Console.WriteLine($"       {reply.GetDescription(culture)}");
        Console.WriteLine($"       {Verdict(reply.IsPositive, reply.IsTransient)}");
    }
}

// The verdict a bounce processor acts on: hard or soft, why, and whether to retry (docs/classification.md).
var bounce = BounceClassifier.Classify(input.AsSpan());
if (bounce.Type != BounceType.Undetermined)
{
    Console.WriteLine();
    Console.WriteLine($"Bounce: {bounce.Type}, {bounce.Reason.GetDisplayName(culture)} ({bounce.Reason}), {bounce.Retry}{(bounce.CuePhrase is { } cue ? $", from \"{cue}\"" : string.Empty)}");
    Console.WriteLine($"       {bounce.GetDescription(culture)}");
}

if (found == 0)
{
    Console.WriteLine("No SMTP code found (see docs/scanning.md for what counts as a code).");
    return 1;
}

return 0;

static string Verdict(bool positive, bool transient) =>
    positive ? "Outcome: success." : transient ? "Outcome: temporary failure; the sender may retry later." : "Outcome: permanent failure; do not retry unchanged.";
