using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;

namespace SmtpStatusCodes;

/// <summary>The tables the library was built with: every registered enhanced code and every listed reply code.</summary>
/// <remarks>
/// The data reflects the IANA "SMTP Enhanced Status Codes" registry as checked on <see cref="RegistrySnapshot"/>.
/// A new registry row changes <see cref="StatusCode.IsKnown"/> for that code and ships in a minor version (docs/data.md).
/// </remarks>
public static class CodeRegistry
{
    private static readonly ReadOnlyCollection<StatusCodeInfo> s_statusCodes = new(CodeTables.Enhanced);
    private static readonly ReadOnlyCollection<ReplyCodeInfo> s_replyCodes = new(CodeTables.Reply);

    /// <summary>The date the registry was last checked against the data, as <c>yyyy-MM-dd</c>.</summary>
    public static string RegistrySnapshotText => CodeTables.RegistrySnapshot;

    /// <summary>The date the registry was last checked against the data.</summary>
    public static DateTime RegistrySnapshot => DateTime.ParseExact(CodeTables.RegistrySnapshot, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Every registered detail code (X.0.0 to X.7.30), ordered by subject then detail.</summary>
    public static IReadOnlyList<StatusCodeInfo> StatusCodeEntries => s_statusCodes;

    /// <summary>Every listed reply code, ordered by value; <see cref="ReplyCodeInfo.IsKnown"/> tells which an RFC defines.</summary>
    public static IReadOnlyList<ReplyCodeInfo> ReplyCodeEntries => s_replyCodes;
}
