namespace SmtpStatusCodes;

/// <summary>The class of an enhanced status code: its first number (RFC 3463 section 3).</summary>
/// <remarks>The numeric values are the digits themselves, so <c>(int)StatusClass.PermanentFailure</c> is 5.</remarks>
public enum StatusClass
{
    /// <summary>2.X.X: the message was delivered or relayed (RFC 3463 section 3.1).</summary>
    Success = 2,

    /// <summary>4.X.X: a temporary condition stopped delivery; sending later may succeed (RFC 3463 section 3.1).</summary>
    PersistentTransientFailure = 4,

    /// <summary>5.X.X: delivery will not succeed without a change to the message or the destination (RFC 3463 section 3.1).</summary>
    PermanentFailure = 5,
}
