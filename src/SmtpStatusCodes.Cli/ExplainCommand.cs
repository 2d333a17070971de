using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.IO;
using System.Text;

namespace SmtpStatusCodes.Cli;

/// <summary><c>smtp-status explain [TEXT...] [--file PATH]</c>: explains every code in a reply, a log or a bounce.</summary>
internal static class ExplainCommand
{
    public static Command Create(GlobalOptions options, CliConsole console)
    {
        var text = new Argument<string[]>("text")
        {
            Description = "A reply line, a log line or any text; several words are joined with spaces. None, or '-', reads standard input.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var file = new Option<string?>("--file", "-f")
        {
            Description = "Read this file instead: an .eml, a mail log (Postfix, Exim, Exchange), a pasted reply.",
            HelpName = "path",
        };
        var command = new Command("explain", "Explain every SMTP code in the text: its registry title, a description in your language, and what it means for delivery.")
        {
            text,
            file,
        };
        command.SetAction(result => Run(result, options, console, result.GetValue(text) ?? [], result.GetValue(file)));
        return command;
    }

    private static void Validate(ParseResult result, string[] words, string? file)
    {
        if (words.Length > 0 && file is not null)
        {
            throw new UsageException("Give either TEXT or --file, not both.");
        }

        if (words.Length > 1 && Array.IndexOf(words, "-") >= 0)
        {
            throw new UsageException("'-' (standard input) cannot be combined with other text.");
        }

        // An unknown option would otherwise be explained as text; after "--" anything is text.
        foreach (var token in result.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                break;
            }

            var value = token.Value;
            if (token.Type == TokenType.Argument && value.Length > 1 && value[0] == '-' && (char.IsAsciiLetter(value[1]) || value[1] == '-'))
            {
                throw new UsageException($"Unrecognized option '{value}'. To explain text that starts with '-', put it after '--'.");
            }
        }
    }

    private static int Run(ParseResult result, GlobalOptions options, CliConsole console, string[] words, string? file)
    {
        Validate(result, words, file);
        var cliText = options.Text(result);
        Stream input;
        string inputName;
        if (file is not null)
        {
            input = SmtpStatusApp.OpenFile(file);
            inputName = $"'{file}'";
        }
        else if (words.Length > 0 && words is not ["-"])
        {
            input = new MemoryStream(Encoding.UTF8.GetBytes(string.Join(' ', words)));
            inputName = "the arguments";
        }
        else
        {
            if (console.InputIsTerminal)
            {
                console.Error.WriteLine("Reading standard input: paste a reply, a log or a bounce, then press Ctrl+D (Ctrl+Z, Enter on Windows).");
            }

            input = console.OpenInput();
            inputName = "standard input";
        }

        using var recording = new RecordingStream(input, MessageExplainer.MaxMessageBytes);
        var report = MessageExplainer.TryRead(recording);
        using var json = result.GetValue(options.Json) ? new JsonOutput(console.Out) : null;
        IExplanationWriter writer = json is not null
            ? new JsonExplanationWriter(json, cliText, report)
            : new TextExplanationWriter(options.TextOutput(result, console), cliText);
        if (report is not null)
        {
            foreach (var recipient in report.Recipients)
            {
                writer.Write(MessageExplainer.Explain(recipient));
            }

            writer.Complete(new ExplainSummary(report.Recipients.Count, LineCount(recording.Recorded), 0, null));
            return ExitCodes.Found;
        }

        // Not a bounce message: the same bytes, from the first, as text; nothing more is kept in memory.
        recording.StopRecording();
        var reader = new LineReader(recording, inputName);
        var explainer = new TextExplainer(writer);
        string? error = null;
        try
        {
            explainer.Explain(reader);
        }
        catch (UnreadableInputException e)
        {
            error = e.Message;
        }

        writer.Complete(new ExplainSummary(explainer.Count, reader.LineNumber, reader.InvalidUtf8Lines, error));
        if (reader.InvalidUtf8Lines > 0)
        {
            console.Error.WriteLine($"smtp-status: {cliText.InvalidUtf8(reader.InvalidUtf8Lines)}");
        }

        if (error is not null)
        {
            console.Error.WriteLine($"smtp-status: {error}");
            return ExitCodes.UnreadableInput;
        }

        return explainer.Count > 0 ? ExitCodes.Found : ExitCodes.NotFound;
    }

    private static long LineCount(ReadOnlySpan<byte> message) =>
        message.Count((byte)'\n') + (message.IsEmpty || message[^1] == '\n' ? 0 : 1);
}
