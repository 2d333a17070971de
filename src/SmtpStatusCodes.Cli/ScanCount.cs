namespace SmtpStatusCodes.Cli;

/// <summary>Recipients counted by bounce type.</summary>
internal sealed class ScanCount
{
    public int Hard { get; private set; }

    public int Soft { get; private set; }

    /// <summary>Not a bounce (delivered, auto-reply, feedback) or undetermined.</summary>
    public int Other { get; private set; }

    public int Total => Hard + Soft + Other;

    public void Add(BounceType type)
    {
        switch (type)
        {
            case BounceType.Hard:
                Hard++;
                break;
            case BounceType.Soft:
                Soft++;
                break;
            default:
                Other++;
                break;
        }
    }
}
