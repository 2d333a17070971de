using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace SmtpStatusCodes;

/// <summary>
/// A registered enhanced status code detail (subject.detail, in any class) with its registry metadata.
/// The library creates every instance at build time from Data/enhanced-codes.tsv.
/// </summary>
public sealed class StatusCodeInfo
{
    // The eight sets of classes (by bit set), shared by every entry, so AdvisedClasses never allocates and cannot be
    // changed by a caller (a ReadOnlyCollection cannot be cast back to a writable array).
    private static readonly ReadOnlyCollection<StatusClass>[] s_classSets = BuildClassSets();

    private readonly int _advisedClassBits;

    // advisedClassBits is the generator model's bit set: bit 0 = 2.X.X, bit 1 = 4.X.X, bit 2 = 5.X.X.
    internal StatusCodeInfo(int subject, int detail, string name, string title, int advisedClassBits, string reference, bool isDeprecated, bool isDraft)
    {
        Subject = subject;
        Detail = detail;
        Name = name;
        Title = title;
        _advisedClassBits = advisedClassBits & 7;
        Reference = reference;
        IsDeprecated = isDeprecated;
        IsDraft = isDraft;
    }

    /// <summary>The subject, 0 to 7 for registered codes.</summary>
    public int Subject { get; }

    /// <summary>The detail.</summary>
    public int Detail { get; }

    /// <summary>The name of the generated constants for this code (<c>BadDestinationMailboxAddress</c> for X.1.1).</summary>
    public string Name { get; }

    /// <summary>The registry's English title (RFC 3463 section 3 wording, as IANA has it).</summary>
    public string Title { get; }

    /// <summary>
    /// The classes the defining RFC advises for this code, in ascending order (<c>[PersistentTransientFailure,
    /// PermanentFailure]</c> for X.1.1). Advisory only: codes in other classes still parse and are still known.
    /// </summary>
    /// <remarks>The list is shared and read-only; reading it allocates nothing.</remarks>
    public IReadOnlyList<StatusClass> AdvisedClasses => s_classSets[_advisedClassBits];

    /// <summary>The defining RFC (and section), e.g. <c>RFC 3463 s3.2</c>; for X.7.28 an Internet-Draft.</summary>
    public string Reference { get; }

    /// <summary>True for codes the registry marks as deprecated (X.6.10, a duplicate of X.6.8).</summary>
    public bool IsDeprecated { get; }

    /// <summary>True for codes whose reference is an Internet-Draft rather than an RFC (X.7.28).</summary>
    public bool IsDraft { get; }

    /// <summary>True when the defining RFC advises this code in <paramref name="statusClass"/>.</summary>
    /// <param name="statusClass">The class; values other than 2, 4 and 5 give false.</param>
    /// <returns>True when <paramref name="statusClass"/> is one of <see cref="AdvisedClasses"/>.</returns>
    public bool IsAdvisedFor(StatusClass statusClass) => (_advisedClassBits & ClassBit(statusClass)) != 0;

    /// <summary>This detail in a given class.</summary>
    /// <param name="statusClass">The class.</param>
    /// <returns>The status code <c>class.subject.detail</c>.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="statusClass"/> is not 2, 4 or 5.</exception>
    public StatusCode WithClass(StatusClass statusClass) => new(statusClass, Subject, Detail);

    /// <summary>The code in the registry's own notation with its title, e.g. <c>X.1.1 Bad destination mailbox address</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"X.{Subject}.{Detail} {Title}";

    private static int ClassBit(StatusClass statusClass) => statusClass switch
    {
        StatusClass.Success => 1,
        StatusClass.PersistentTransientFailure => 2,
        StatusClass.PermanentFailure => 4,
        _ => 0,
    };

    private static ReadOnlyCollection<StatusClass>[] BuildClassSets()
    {
        var classes = new[] { StatusClass.Success, StatusClass.PersistentTransientFailure, StatusClass.PermanentFailure };
        var sets = new ReadOnlyCollection<StatusClass>[8];
        for (var bits = 0; bits < sets.Length; bits++)
        {
            var set = new List<StatusClass>(3);
            foreach (var statusClass in classes)
            {
                if ((bits & ClassBit(statusClass)) != 0)
                {
                    set.Add(statusClass);
                }
            }

            sets[bits] = set.AsReadOnly();
        }

        return sets;
    }
}
