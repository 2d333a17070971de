using System.Runtime.CompilerServices;

namespace SmtpStatusCodes.Internal;

/// <summary>
/// The one definition of how an enhanced status code is packed into an int: class &lt;&lt; 20 | subject &lt;&lt; 10 | detail.
/// Each part (0-999) fits 10 bits, so one int orders codes the way people read them, and the low 20 bits
/// (subject.detail, whatever the class) key the generated tables. The generator compiles this same file
/// (linked into its project), so the tables it writes and the code that reads them cannot disagree.
/// </summary>
internal static class CodePacking
{
    /// <summary>Where the class starts.</summary>
    public const int ClassShift = 20;

    /// <summary>Where the subject starts.</summary>
    public const int SubjectShift = 10;

    /// <summary>The bits of one part (subject or detail) once shifted down.</summary>
    public const int PartMask = (1 << SubjectShift) - 1;

    /// <summary>The subject.detail bits: the key of a registered detail in any class.</summary>
    public const int KeyMask = (1 << ClassShift) - 1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Pack(int statusClass, int subject, int detail) => (statusClass << ClassShift) | (subject << SubjectShift) | detail;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Class(int packed) => packed >> ClassShift;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Subject(int packed) => (packed >> SubjectShift) & PartMask;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Detail(int packed) => packed & PartMask;

    /// <summary>subject.detail without the class.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Key(int packed) => packed & KeyMask;

    /// <summary>The key of the composed (class, subject) title of an unregistered code: no two pairs share one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ClassSubject(int statusClass, int subject) => (statusClass << SubjectShift) | subject;
}
