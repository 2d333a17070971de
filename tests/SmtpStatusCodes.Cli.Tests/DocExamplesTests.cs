using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace SmtpStatusCodes.Cli.Tests;

/// <summary>
/// The outputs shown in docs/cli.md and README.md are real: every <c>$ smtp-status ...</c> example (and the README's
/// first command) is run in process and must print exactly what the document shows.
/// </summary>
public sealed class DocExamplesTests
{
    public static TheoryData<string, string> CliDocExamples()
    {
        var data = new TheoryData<string, string>();
        var lines = File.ReadAllLines(Path.Combine(Corpus.Root, "docs", "cli.md"));
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i] == "```" && i + 1 < lines.Length && lines[i + 1].StartsWith("$ smtp-status ", StringComparison.Ordinal))
            {
                var end = Array.IndexOf(lines, "```", i + 2);
                data.Add(lines[i + 1][2..], string.Join("\n", lines[(i + 2)..end]));
                i = end;
            }
        }

        return data;
    }

    [Fact]
    public void The_cli_doc_has_examples_in_english_and_chinese()
    {
        var commands = CliDocExamples().Select(row => (string)row[0]).ToList();

        commands.Should().HaveCountGreaterThan(8);
        commands.Should().Contain(c => c.Contains("--culture en", StringComparison.Ordinal))
            .And.Contain(c => c.Contains("--culture zh-TW", StringComparison.Ordinal))
            .And.Contain(c => c.Contains("--culture zh-CN", StringComparison.Ordinal))
            .And.Contain(c => c.Contains("--json", StringComparison.Ordinal))
            .And.Contain(c => c.StartsWith("smtp-status list", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(CliDocExamples))]
    public void Every_example_in_the_cli_doc_prints_what_the_doc_shows(string command, string expected)
    {
        Run(command).Should().Be(expected);
    }

    [Fact]
    public void The_readme_shows_the_real_output_of_its_first_command()
    {
        const string Prefix = "dotnet run --project src/SmtpStatusCodes.Cli -- ";
        var lines = File.ReadAllLines(Path.Combine(Corpus.Root, "README.md"));
        var command = Array.FindIndex(lines, l => l.StartsWith(Prefix, StringComparison.Ordinal));
        command.Should().BeGreaterThan(0, "the README's first command runs the tool");
        lines[command + 1].Should().Be("```");
        lines[command + 3].Should().Be("```", "the output follows the command directly");
        var end = Array.IndexOf(lines, "```", command + 4);

        // The README shows what a reader with an English UI culture sees.
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            Run("smtp-status " + lines[command][Prefix.Length..]).Should().Be(string.Join("\n", lines[(command + 4)..end]));
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    /// <summary>Runs a documented command line: shell quoting, and <c>&lt; file</c>, with paths from the repository root.</summary>
    private static string Run(string commandLine)
    {
        var words = Split(commandLine);
        words[0].Should().Be("smtp-status");
        Stream input = Stream.Null;
        var redirect = words.IndexOf("<");
        if (redirect >= 0)
        {
            input = File.OpenRead(Path.Combine(Corpus.Root, words[redirect + 1]));
            words.RemoveRange(redirect, 2);
        }

        // "| head -N" keeps the first N lines, as the shell would.
        var keep = int.MaxValue;
        var pipe = words.IndexOf("|");
        if (pipe >= 0)
        {
            words[pipe + 1].Should().Be("head");
            keep = int.Parse(words[pipe + 2][1..], CultureInfo.InvariantCulture);
            words.RemoveRange(pipe, words.Count - pipe);
        }

        var args = words.Skip(1).Select(w => !w.StartsWith('-') && Path.Exists(Path.Combine(Corpus.Root, w)) ? Path.Combine(Corpus.Root, w) : w).ToArray();
        using (input)
        {
            var result = CliRun.Run(args, input);
            result.Error.Should().BeEmpty();
            var output = result.Output.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');
            return string.Join("\n", output.Split('\n').Take(keep));
        }
    }

    private static List<string> Split(string commandLine)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        char quote = '\0';
        foreach (var c in commandLine)
        {
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
                else
                {
                    word.Append(c);
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
                inWord = true;
            }
            else if (c == ' ')
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }
}
