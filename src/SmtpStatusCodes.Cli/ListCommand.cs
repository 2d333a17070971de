using System.Collections.Generic;
using System.Linq;
using System.CommandLine;

namespace SmtpStatusCodes.Cli;

/// <summary><c>smtp-status list [--class 2|4|5] [--subject N] [--reply]</c>: the codes the library knows, as a table.</summary>
internal static class ListCommand
{
    private const int CodeColumn = 10;

    public static Command Create(GlobalOptions options, CliConsole console)
    {
        var statusClass = new Option<int?>("--class")
        {
            Description = "Only codes of this class: 2, 4 or 5 (with --reply also 3). Enhanced codes are shown with the class, e.g. 5.1.1.",
            HelpName = "digit",
        };
        var subject = new Option<int?>("--subject")
        {
            Description = "Only enhanced codes of this subject, 0 to 7 (1 addressing, 2 mailbox, ... 7 security or policy).",
            HelpName = "digit",
        };
        statusClass.CompletionSources.Add("2", "3", "4", "5");
        subject.CompletionSources.Add("0", "1", "2", "3", "4", "5", "6", "7");
        var reply = new Option<bool>("--reply")
        {
            Description = "List reply codes (550) instead of enhanced status codes (5.1.1).",
        };
        var command = new Command("list", "List the known codes with their titles and descriptions.")
        {
            statusClass,
            subject,
            reply,
        };
        command.SetAction(result =>
        {
            Validate(result.GetValue(statusClass), result.GetValue(subject), result.GetValue(reply));
            var rows = result.GetValue(reply)
                ? ReplyRows(result.GetValue(statusClass))
                : StatusRows(result.GetValue(statusClass), result.GetValue(subject));
            Write(rows, result, options, console);
            return rows.Count > 0 ? ExitCodes.Found : ExitCodes.NotFound;
        });
        return command;
    }

    /// <summary>Checks the filters together; System.CommandLine has already checked that each is a number.</summary>
    private static void Validate(int? statusClass, int? subject, bool isReply)
    {
        if (statusClass is { } c && !(c is 2 or 4 or 5 || (isReply && c == 3)))
        {
            throw new UsageException(isReply ? "--class must be 2, 3, 4 or 5 for reply codes." : "--class must be 2, 4 or 5 (RFC 3463 has no other classes).");
        }

        if (subject is not null && isReply)
        {
            throw new UsageException("--subject applies to enhanced status codes; reply codes have no subject.");
        }

        if (subject is < 0 or > 7)
        {
            throw new UsageException("--subject must be 0 to 7.");
        }
    }

    private static List<ListRow> StatusRows(int? classFilter, int? subjectFilter)
    {
        var rows = new List<ListRow>();
        foreach (var entry in CodeRegistry.StatusCodeEntries)
        {
            if (subjectFilter is { } s && entry.Subject != s)
            {
                continue;
            }

            var classes = AdvisedClasses(entry);
            if (classFilter is { } c)
            {
                if (!classes.Contains(c))
                {
                    continue;
                }

                var code = entry.WithClass((StatusClass)c);
                rows.Add(new ListRow(code.ToString(), entry.Title, entry.Reference, classes, Status(entry), entry.IsDeprecated, l => code.GetDescription(l)));
            }
            else
            {
                // The description of a detail does not depend on the class; any advised class gives it.
                var code = entry.WithClass((StatusClass)classes[0]);
                rows.Add(new ListRow($"X.{entry.Subject}.{entry.Detail}", entry.Title, entry.Reference, classes, Status(entry), entry.IsDeprecated, l => code.GetDescription(l)));
            }
        }

        return rows;
    }

    private static List<ListRow> ReplyRows(int? classFilter)
    {
        var rows = new List<ListRow>();
        foreach (var entry in CodeRegistry.ReplyCodeEntries)
        {
            var code = entry.Code;
            if (classFilter is { } c && code.Value / 100 != c)
            {
                continue;
            }

            rows.Add(new ListRow(code.ToString(), entry.Title, entry.Reference, [code.Value / 100], entry.Status, entry.IsDeprecated, l => code.GetDescription(l)));
        }

        return rows;
    }

    private static List<int> AdvisedClasses(StatusCodeInfo entry) => entry.AdvisedClasses.Select(c => (int)c).ToList();

    /// <summary>Enhanced codes are registered at IANA (standard) or defined only by a draft.</summary>
    private static ReplyCodeStatus Status(StatusCodeInfo entry) => entry.IsDraft ? ReplyCodeStatus.Draft : ReplyCodeStatus.Standard;

    /// <summary>The status as JSON writes it: stable lower-case names, documented in docs/cli.md.</summary>
    private static string StatusName(ReplyCodeStatus status) => status switch
    {
        ReplyCodeStatus.Extension => "extension",
        ReplyCodeStatus.AssociationOnly => "association",
        ReplyCodeStatus.Draft => "draft",
        ReplyCodeStatus.Folklore => "folklore",
        _ => "standard",
    };

    private static void Write(List<ListRow> rows, ParseResult result, GlobalOptions options, CliConsole console)
    {
        var text = options.Text(result);
        if (result.GetValue(options.Json))
        {
            using var json = new JsonOutput(console.Out);
            var writer = json.Writer;
            writer.WriteStartObject();
            writer.WriteString("language", text.Language.Name);
            writer.WriteStartArray("codes");
            foreach (var row in rows)
            {
                writer.WriteStartObject();
                writer.WriteString("code", row.Code);
                writer.WriteString("title", row.Title);
                writer.WriteString("description", row.Description(text.Language));
                writer.WriteString("reference", row.Reference);
                writer.WriteStartArray("classes");
                foreach (var c in row.Classes)
                {
                    writer.WriteNumberValue(c);
                }

                writer.WriteEndArray();
                writer.WriteString("status", StatusName(row.Status));
                writer.WriteBoolean("deprecated", row.IsDeprecated);

                writer.WriteEndObject();
                json.Flush();
            }

            writer.WriteEndArray();
            writer.WriteNumber("count", rows.Count);
            writer.WriteEndObject();
            return;
        }

        var output = options.TextOutput(result, console);
        var painter = output.Painter;
        output.Line(painter.Paint(text.ListHeader, Style.Bold));
        foreach (var row in rows)
        {
            var note = text.ListNote(row.Status, row.IsDeprecated);
            // The data files write "none" where no document defines the code; the note says so in words.
            var reference = row.Reference == "none" ? null : row.Reference;
            var parenthesis = string.Join("; ", new[] { reference, note }.Where(p => p is not null));
            var title = parenthesis.Length == 0 ? row.Title : $"{row.Title} ({parenthesis})";
            output.Wrapped(row.Code.PadRight(CodeColumn), CodeColumn, title, Style.Bold);
            output.Wrapped(new string(' ', CodeColumn), CodeColumn, row.Description(text.Language), Style.Dim);
        }
    }
}
