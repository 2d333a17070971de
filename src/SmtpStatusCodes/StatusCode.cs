using System;
using System.ComponentModel;
using SmtpStatusCodes.Internal;
using SmtpStatusCodes.Serialization;

namespace SmtpStatusCodes;

/// <summary>
/// An enhanced mail system status code (RFC 3463): <c>class.subject.detail</c>, such as <c>5.1.1</c>.
/// </summary>
/// <remarks>
/// <para>The value is four bytes and immutable. Class is 2, 4 or 5; subject and detail are 0 to 999 (RFC 3463 section 2).</para>
/// <para><c>default(StatusCode)</c> is the unset value of a field (the API itself says "no code" with <c>null</c>): it formats as <c>0.0.0</c>, is not known, has an
/// undefined <see cref="Class"/>, and no successful parse ever returns it.</para>
/// </remarks>
[TypeConverter(typeof(StatusCodeTypeConverter))]
#if NET8_0_OR_GREATER
[System.Text.Json.Serialization.JsonConverter(typeof(StatusCodeJsonConverter))]
#endif
public readonly partial struct StatusCode : IEquatable<StatusCode>, IComparable<StatusCode>, IComparable, IFormattable
{
    // CodePacking: class << 20 | subject << 10 | detail; one int orders codes the way people read them and keys the generated tables.
    private readonly int _packed;

    /// <summary>Creates a status code from its parts.</summary>
    /// <param name="statusClass">The class: <see cref="StatusClass.Success"/>, <see cref="StatusClass.PersistentTransientFailure"/> or <see cref="StatusClass.PermanentFailure"/>.</param>
    /// <param name="subject">The subject, 0 to 999.</param>
    /// <param name="detail">The detail, 0 to 999.</param>
    /// <exception cref="ArgumentOutOfRangeException">A part is outside its range; the exception names the part.</exception>
    public StatusCode(StatusClass statusClass, int subject, int detail)
    {
        if (statusClass is not (StatusClass.Success or StatusClass.PersistentTransientFailure or StatusClass.PermanentFailure))
        {
            throw new ArgumentOutOfRangeException(nameof(statusClass), statusClass, "The class of an enhanced status code must be 2 (Success), 4 (PersistentTransientFailure) or 5 (PermanentFailure).");
        }

        if ((uint)subject > 999)
        {
            throw new ArgumentOutOfRangeException(nameof(subject), subject, "The subject of an enhanced status code must be 0 to 999 (at most three digits, RFC 3463 section 2).");
        }

        if ((uint)detail > 999)
        {
            throw new ArgumentOutOfRangeException(nameof(detail), detail, "The detail of an enhanced status code must be 0 to 999 (at most three digits, RFC 3463 section 2).");
        }

        _packed = CodePacking.Pack((int)statusClass, subject, detail);
    }

    private StatusCode(int packed) => _packed = packed;

    /// <summary>The class: 2, 4 or 5. For <c>default(StatusCode)</c> it is 0, which is not a defined value.</summary>
    public StatusClass Class => (StatusClass)CodePacking.Class(_packed);

    /// <summary>The subject, 0 to 999: the second number.</summary>
    public int Subject => CodePacking.Subject(_packed);

    /// <summary>The detail, 0 to 999: the third number.</summary>
    public int Detail => CodePacking.Detail(_packed);

    /// <summary>The subject as a <see cref="StatusSubject"/>; values above 7 are not named members.</summary>
    public StatusSubject SubjectCategory => (StatusSubject)Subject;

    /// <summary>True for 2.X.X: the message was delivered or relayed.</summary>
    public bool IsSuccess => Class == StatusClass.Success;

    /// <summary>True for 4.X.X: a persistent transient failure; sending again later may succeed.</summary>
    public bool IsTransient => Class == StatusClass.PersistentTransientFailure;

    /// <summary>True for 5.X.X: a permanent failure.</summary>
    public bool IsPermanent => Class == StatusClass.PermanentFailure;

    /// <summary>True when this is <c>default(StatusCode)</c>, the unset value.</summary>
    public bool IsDefault => _packed == 0;

    /// <summary>
    /// True when the subject.detail pair is in the IANA registry, in whichever class: 4.1.1 and 5.1.1 are both known,
    /// although RFC 3463 advises X.1.1 for permanent failures. False for <c>default(StatusCode)</c>.
    /// </summary>
    public bool IsKnown => _packed != 0 && CodeTables.EnhancedIndex(CodePacking.Key(_packed)) >= 0;

    /// <summary>The registry entry of the subject.detail pair, or null when the code is not registered.</summary>
    public StatusCodeInfo? Info
    {
        get
        {
            var index = _packed == 0 ? -1 : CodeTables.EnhancedIndex(CodePacking.Key(_packed));
            return index < 0 ? null : CodeTables.Enhanced[index];
        }
    }

    /// <summary>
    /// The registry's English title (RFC 3463 section 3 wording, as IANA has it). For a code that is not registered,
    /// a title built from the class and subject titles, as RFC 3463 section 2 tells receivers to fall back on:
    /// <c>5.1.90</c> is "Permanent Failure: Addressing Status"; for a subject without a title (above 7), the class title
    /// alone: <c>4.16.1</c> is "Persistent Transient Failure". Empty for <c>default(StatusCode)</c>.
    /// </summary>
    public string Title
    {
        get
        {
            var info = Info;
            return info is not null ? info.Title : CodeTables.ComposedTitle((int)Class, Subject);
        }
    }

    /// <summary>This code with another class: <c>5.1.1</c> with <see cref="StatusClass.PersistentTransientFailure"/> is <c>4.1.1</c>.</summary>
    /// <param name="statusClass">The class of the result.</param>
    /// <returns>The code with the same subject and detail in <paramref name="statusClass"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="statusClass"/> is not 2, 4 or 5.</exception>
    public StatusCode WithClass(StatusClass statusClass) => new(statusClass, Subject, Detail);

    /// <summary>
    /// True when both codes name the same condition, whatever their class: <c>4.2.2</c> and <c>5.2.2</c> are both "Mailbox full".
    /// </summary>
    /// <param name="other">The code to compare with.</param>
    /// <returns>True when subject and detail are equal.</returns>
    public bool EqualsIgnoringClass(StatusCode other) => CodePacking.Key(_packed) == CodePacking.Key(other._packed);

    /// <summary>Value equality: class, subject and detail are equal.</summary>
    /// <param name="other">The code to compare with.</param>
    /// <returns>True when the codes are equal.</returns>
    public bool Equals(StatusCode other) => _packed == other._packed;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is StatusCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _packed;

    /// <summary>Orders by class, then subject, then detail (numerically: 5.1.2 comes before 5.1.10).</summary>
    /// <param name="other">The code to compare with.</param>
    /// <returns>Negative, zero or positive as this code sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(StatusCode other) => _packed.CompareTo(other._packed);

    /// <summary>Compares with another boxed <see cref="StatusCode"/>; null sorts first.</summary>
    /// <param name="obj">A <see cref="StatusCode"/> or null.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="StatusCode"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        StatusCode other => CompareTo(other),
        _ => throw new ArgumentException($"Expected a {nameof(StatusCode)}, got {obj.GetType()}.", nameof(obj)),
    };

    /// <summary>Equality of two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(StatusCode left, StatusCode right) => left._packed == right._packed;

    /// <summary>Inequality of two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(StatusCode left, StatusCode right) => left._packed != right._packed;

    /// <summary>Ordering, as <see cref="CompareTo(StatusCode)"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(StatusCode left, StatusCode right) => left._packed < right._packed;

    /// <summary>Ordering, as <see cref="CompareTo(StatusCode)"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(StatusCode left, StatusCode right) => left._packed > right._packed;

    /// <summary>Ordering, as <see cref="CompareTo(StatusCode)"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when <paramref name="left"/> sorts first or is equal.</returns>
    public static bool operator <=(StatusCode left, StatusCode right) => left._packed <= right._packed;

    /// <summary>Ordering, as <see cref="CompareTo(StatusCode)"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when <paramref name="left"/> sorts last or is equal.</returns>
    public static bool operator >=(StatusCode left, StatusCode right) => left._packed >= right._packed;

    /// <summary>Used by generated constants and the parser, whose values are valid by construction.</summary>
    internal static StatusCode FromPacked(int packed) => new(packed);

    internal int Packed => _packed;
}
