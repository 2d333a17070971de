using System.CommandLine;
using System.IO;
using SmtpStatusCodes.MimeKit;

namespace SmtpStatusCodes.Cli;

/// <summary>
/// <c>smtp-status scan DIR|MBOX [--csv|--json]</c>: reads every message of a maildir folder or an mbox file as a
/// bounce and prints how many recipients bounced for which reason, hard or soft; with --csv or --json, one row per
/// recipient. What an operator runs over a bounce mailbox.
/// </summary>
internal static class ScanCommand
{
    /// <summary>Unreadable messages are named one by one up to this many; past it, only counted.</summary>
    private const int MaxNamedErrors = 20;

    public static Command Create(GlobalOptions options, CliConsole console)
    {
        var path = new Argument<string>("path")
        {
            Description = "A maildir folder (its cur and new folders are read), a folder of .eml files, or an mbox file.",
        };
        var csv = new Option<bool>("--csv")
        {
            Description = "Write one CSV row per recipient instead of the summary table (columns in docs/cli.md).",
        };
        var command = new Command("scan", "Classify every message of a maildir folder or mbox file: a summary per reason and hard/soft bounce.")
        {
            path,
            csv,
        };
        command.SetAction(result => Run(result, options, console, result.GetValue(path)!, result.GetValue(csv)));
        return command;
    }

    private static int Run(ParseResult result, GlobalOptions options, CliConsole console, string path, bool csv)
    {
        var json = result.GetValue(options.Json);
        if (csv && json)
        {
            throw new UsageException("Give --csv or --json, not both.");
        }

        if (!Directory.Exists(path) && !File.Exists(path))
        {
            throw new UnreadableInputException($"'{path}' is neither a folder nor a file.");
        }

        var text = options.Text(result);
        var reader = new MailboxReader(path);
        var summary = new ScanSummary();
        var progress = new ProgressBar(console);
        var errors = 0;
        using var jsonOutput = json ? new JsonOutput(console.Out) : null;
        IScanRowWriter? rows = csv ? new CsvScanRowWriter(console.Out) : jsonOutput is not null ? new JsonScanRowWriter(jsonOutput, text) : null;
        try
        {
            foreach (var item in reader.Read((done, total) => progress.Report(done, total, $"{done:N0} / {total:N0}")))
            {
                if (item.Message is null)
                {
                    summary.Unreadable++;
                    if (++errors <= MaxNamedErrors)
                    {
                        progress.Clear();
                        console.Error.WriteLine($"smtp-status: skipped {item.File}{(item.Index > 1 ? $" (message {item.Index})" : string.Empty)}: {item.Error}");
                    }

                    continue;
                }

                var report = BounceReport.Read(item.Message);
                summary.Messages++;
                if (report.Recipients.Count == 0)
                {
                    summary.NotBounces++;
                    continue;
                }

                summary.Reports++;
                foreach (var recipient in report.Recipients)
                {
                    summary.Add(recipient.Classification);
                    rows?.Write(item, report, recipient);
                }
            }
        }
        finally
        {
            progress.Clear();
        }

        if (errors > MaxNamedErrors)
        {
            console.Error.WriteLine($"smtp-status: skipped {errors - MaxNamedErrors} more unreadable message(s).");
        }

        if (rows is not null)
        {
            rows.Complete(summary);
        }
        else
        {
            new ScanSummaryWriter(options.TextOutput(result, console), text).Write(summary);
        }

        return summary.Recipients > 0 ? ExitCodes.Found : ExitCodes.NotFound;
    }
}
