using System;

namespace SmtpStatusCodes;

/// <summary>A set of <see cref="StatusClass"/> values: the classes an RFC advises for a code.</summary>
/// <remarks>The advice is not a parse rule: receivers see codes in other classes (4.1.1 is common although RFC 3463
/// calls X.1.1 useful for permanent failures), and such codes are still parsed and still known.</remarks>
[Flags]
public enum StatusClasses
{
    /// <summary>No class.</summary>
    None = 0,

    /// <summary>2.X.X.</summary>
    Success = 1,

    /// <summary>4.X.X.</summary>
    PersistentTransientFailure = 2,

    /// <summary>5.X.X.</summary>
    PermanentFailure = 4,

    /// <summary>Every class: the RFC does not restrict the code.</summary>
    Any = Success | PersistentTransientFailure | PermanentFailure,
}
