using SmtpStatusCodes.MimeKit;

namespace SmtpStatusCodes.Cli;

/// <summary>The names of the bounce-message package's values in CSV and JSON: stable, lower case, documented in docs/cli.md.</summary>
internal static class ScanNames
{
    /// <summary>The RFC 3464 action values.</summary>
    public static string Action(DeliveryAction action) => action switch
    {
        DeliveryAction.Failed => "failed",
        DeliveryAction.Delayed => "delayed",
        DeliveryAction.Delivered => "delivered",
        DeliveryAction.Relayed => "relayed",
        DeliveryAction.Expanded => "expanded",
        _ => "none",
    };

    public static string Kind(BounceKind kind) => kind switch
    {
        BounceKind.Failure => "failure",
        BounceKind.Delay => "delay",
        BounceKind.Delivered => "delivered",
        BounceKind.AutoReply => "auto-reply",
        BounceKind.Feedback => "feedback",
        _ => "not-a-bounce",
    };
}
