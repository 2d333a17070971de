using System.Globalization;

namespace SmtpStatusCodes;

/// <summary>
/// Supplies descriptions in a language the library does not ship, or different wording, without forking it.
/// Pass an instance where you ask for a description; there is no global registration.
/// </summary>
/// <remarks>
/// Implementations are called from any thread and should be stateless or immutable. Return null to fall back on the
/// built-in description for the culture (which itself falls back on English).
/// </remarks>
public interface IDescriptionProvider
{
    /// <summary>A description of an enhanced status code, or null to use the built-in one.</summary>
    /// <param name="code">The code to describe (known or not).</param>
    /// <param name="culture">The culture asked for, never null.</param>
    /// <returns>The description, or null.</returns>
    string? GetDescription(StatusCode code, CultureInfo culture);

    /// <summary>A description of a reply code, or null to use the built-in one.</summary>
    /// <param name="code">The code to describe (known or not).</param>
    /// <param name="culture">The culture asked for, never null.</param>
    /// <returns>The description, or null.</returns>
    string? GetDescription(ReplyCode code, CultureInfo culture);
}
