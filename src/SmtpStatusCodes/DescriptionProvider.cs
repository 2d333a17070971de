using System.Globalization;

namespace SmtpStatusCodes;

/// <summary>
/// Supplies descriptions in a language the library does not ship, or different wording, without forking it.
/// Derive from it, override what you want to change, and pass an instance where you ask for a description; there
/// is no global registration.
/// </summary>
/// <remarks>
/// <para>Every member is virtual and returns null by default, meaning "use the built-in description for the culture"
/// (which itself falls back on English), so a provider overrides only what it changes.</para>
/// <para>This is an abstract class rather than an interface so that later versions can add members (bounce reasons,
/// for example) with a null default without breaking existing providers: netstandard2.0 has no default interface
/// members, so an interface could never grow. Implementations are called from any thread and should be stateless or
/// immutable.</para>
/// </remarks>
public abstract class DescriptionProvider
{
    /// <summary>A description of an enhanced status code, or null to use the built-in one.</summary>
    /// <param name="code">The code to describe (known or not).</param>
    /// <param name="culture">The culture asked for, never null.</param>
    /// <returns>The description, or null. The base implementation returns null.</returns>
    public virtual string? GetDescription(StatusCode code, CultureInfo culture) => null;

    /// <summary>A description of a reply code, or null to use the built-in one.</summary>
    /// <param name="code">The code to describe (known or not).</param>
    /// <param name="culture">The culture asked for, never null.</param>
    /// <returns>The description, or null. The base implementation returns null.</returns>
    public virtual string? GetDescription(ReplyCode code, CultureInfo culture) => null;

    /// <summary>The one-sentence advice for a bounce reason, or null to use the built-in one.</summary>
    /// <param name="reason">The reason to describe.</param>
    /// <param name="culture">The culture asked for, never null.</param>
    /// <returns>The description, or null. The base implementation returns null.</returns>
    public virtual string? GetDescription(BounceReason reason, CultureInfo culture) => null;
}
