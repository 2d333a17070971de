namespace SmtpStatusCodes;

/// <summary>What a bounce means for the address: dead, temporarily failing, or not a bounce at all.</summary>
public enum BounceType
{
    /// <summary>Nothing to go on: no code and no cue phrase. Also <c>default(BounceType)</c>, so an unset value never reads as a verdict.</summary>
    Undetermined = 0,

    /// <summary>The address itself is dead (unknown user or domain, moved, or a domain that accepts no mail, with a permanent code): stop sending to it.</summary>
    Hard = 1,

    /// <summary>Delivery failed for a reason that may pass (policy, content, size, reputation, authentication, a full mailbox, a transient code): the address may work later.</summary>
    Soft = 2,

    /// <summary>A success, a delivery report, an automatic reply or a feedback report: nothing failed.</summary>
    NotABounce = 3,
}
