using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace SmtpStatusCodes.Generators.Tests;

/// <summary>
/// A minimal valid data set (3 class rows, 8 subject rows, 2 details; 4 reply classes, 6 categories, 2 codes;
/// English descriptions of all of them) that a test edits line by line to break one thing.
/// </summary>
internal sealed class TestDataSet
{
    public const string EnhancedPath = "/data/enhanced-codes.tsv";
    public const string ReplyPath = "/data/reply-codes.tsv";
    public const string EnglishPath = "/data/descriptions.en.tsv";

    public List<string> Enhanced { get; } =
    [
        "# test data",
        "#! snapshot: 2024-01-31",
        "code\tname\ttitle\tclasses\treference\tflags",
        "2.X.X\tSuccess\tSuccess\t2\tRFC 3463 s2\t",
        "4.X.X\tPersistentTransientFailure\tPersistent Transient Failure\t4\tRFC 3463 s2\t",
        "5.X.X\tPermanentFailure\tPermanent Failure\t5\tRFC 3463 s2\t",
        "X.0.X\tOtherOrUndefinedStatus\tOther or Undefined Status\tany\tRFC 3463 s2\t",
        "X.1.X\tAddressingStatus\tAddressing Status\tany\tRFC 3463 s2\t",
        "X.2.X\tMailboxStatus\tMailbox Status\tany\tRFC 3463 s2\t",
        "X.3.X\tMailSystemStatus\tMail System Status\tany\tRFC 3463 s2\t",
        "X.4.X\tNetworkAndRoutingStatus\tNetwork and Routing Status\tany\tRFC 3463 s2\t",
        "X.5.X\tMailDeliveryProtocolStatus\tMail Delivery Protocol Status\tany\tRFC 3463 s2\t",
        "X.6.X\tMessageContentOrMediaStatus\tMessage Content or Media Status\tany\tRFC 3463 s2\t",
        "X.7.X\tSecurityOrPolicyStatus\tSecurity or Policy Status\tany\tRFC 3463 s2\t",
        "X.1.1\tBadDestinationMailboxAddress\tBad destination mailbox address\t4,5\tRFC 3463 s3.2\t",
        "X.2.2\tMailboxFull\tMailbox full\t4,5\tRFC 3463 s3.3\tdeprecated",
    ];

    public List<string> Reply { get; } =
    [
        "code\tname\tstatus\ttitle\treference\tflags",
        "2XX\tPositiveCompletion\tstandard\tPositive Completion reply\tRFC 5321 s4.2.1\t",
        "3XX\tPositiveIntermediate\tstandard\tPositive Intermediate reply\tRFC 5321 s4.2.1\t",
        "4XX\tTransientNegativeCompletion\tstandard\tTransient Negative Completion reply\tRFC 5321 s4.2.1\t",
        "5XX\tPermanentNegativeCompletion\tstandard\tPermanent Negative Completion reply\tRFC 5321 s4.2.1\t",
        "X0X\tSyntax\tstandard\tSyntax\tRFC 5321 s4.2.1\t",
        "X1X\tInformation\tstandard\tInformation\tRFC 5321 s4.2.1\t",
        "X2X\tConnections\tstandard\tConnections\tRFC 5321 s4.2.1\t",
        "X3X\tUnspecified3\tstandard\tUnspecified\tRFC 5321 s4.2.1\t",
        "X4X\tUnspecified4\tstandard\tUnspecified\tRFC 5321 s4.2.1\t",
        "X5X\tMailSystem\tstandard\tMail system\tRFC 5321 s4.2.1\t",
        "250\tOk\tstandard\tRequested mail action okay, completed\tRFC 5321 s4.2.2\t",
        "550\tMailboxUnavailable\tstandard\tRequested action not taken: mailbox unavailable\tRFC 5321 s4.2.2\t",
    ];

    public List<string> English { get; } =
    [
        "# English",
        "code\tdescription",
        "2.X.X\tSuccess.",
        "4.X.X\tTemporary failure.",
        "5.X.X\tPermanent failure.",
        "X.0.X\tNo more specific information.",
        "X.1.X\tA problem with an address.",
        "X.2.X\tA problem with the mailbox.",
        "X.3.X\tA problem with the mail system.",
        "X.4.X\tA problem with the network or routing.",
        "X.5.X\tA problem with the mail delivery protocol.",
        "X.6.X\tA problem with the message content.",
        "X.7.X\tA security or policy problem.",
        "X.1.1\tThe mailbox does not exist.",
        "X.2.2\tThe mailbox is full.",
        "2XX\tThe command succeeded.",
        "3XX\tThe server waits for more.",
        "4XX\tThe command failed for now.",
        "5XX\tThe command failed.",
        "X0X\tSyntax.",
        "X1X\tInformation.",
        "X2X\tConnection.",
        "X3X\tUnspecified.",
        "X4X\tUnspecified.",
        "X5X\tMail system.",
        "250\tOK.",
        "550\tNo such mailbox.",
    ];

    /// <summary>Further files (e.g. another culture), by path.</summary>
    public Dictionary<string, List<string>> Extra { get; } = new(StringComparer.Ordinal);

    public bool IncludeEnhanced { get; set; } = true;

    public bool IncludeReply { get; set; } = true;

    public bool IncludeEnglish { get; set; } = true;

    /// <summary>Appends a line and returns its 1-based line number.</summary>
    public static int Append(List<string> file, string line)
    {
        file.Add(line);
        return file.Count;
    }

    /// <summary>Replaces the row of a code and returns its 1-based line number.</summary>
    public static int Replace(List<string> file, string code, string line)
    {
        var index = file.FindIndex(l => l.StartsWith(code + "\t", StringComparison.Ordinal));
        if (index < 0)
        {
            throw new ArgumentException($"No row for '{code}'.", nameof(code));
        }

        file[index] = line;
        return index + 1;
    }

    public static string Text(List<string> lines) => string.Join("\n", lines) + "\n";

    public ImmutableArray<AdditionalText> Files()
    {
        var files = ImmutableArray.CreateBuilder<AdditionalText>();
        if (IncludeEnhanced)
        {
            files.Add(new TestAdditionalText(EnhancedPath, Text(Enhanced)));
        }

        if (IncludeReply)
        {
            files.Add(new TestAdditionalText(ReplyPath, Text(Reply)));
        }

        if (IncludeEnglish)
        {
            files.Add(new TestAdditionalText(EnglishPath, Text(English)));
        }

        foreach (var (path, lines) in Extra.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            files.Add(new TestAdditionalText(path, Text(lines)));
        }

        // Files the generator must ignore.
        files.Add(new TestAdditionalText("/data/PublicAPI.Shipped.txt", "#nullable enable\n"));
        files.Add(new TestAdditionalText("/data/notes.tsv", "code\tname\n"));
        return files.ToImmutable();
    }

    public GeneratorRunResult Run() => GeneratorHarness.Run(Files());
}
