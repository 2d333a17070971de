using System;
using System.Collections.Generic;

namespace SmtpStatusCodes.Cli;

/// <summary>One code in the <c>list</c> table.</summary>
/// <param name="Code">The code as shown: <c>5.1.1</c>, <c>X.1.1</c> (no class chosen) or <c>550</c>.</param>
/// <param name="Title">The registry's or RFC's title.</param>
/// <param name="Reference">The defining RFC and section.</param>
/// <param name="Classes">The classes the registry advises the code for (reply codes: their first digit).</param>
/// <param name="Status">Where the code is defined: an RFC (standard or extension), or only a draft, an association, folklore.</param>
/// <param name="IsDeprecated">True when the defining document deprecates the code.</param>
/// <param name="Description">The description in a language.</param>
internal sealed record ListRow(string Code, string Title, string Reference, List<int> Classes, ReplyCodeStatus Status, bool IsDeprecated, Func<DescriptionLanguage, string> Description);
