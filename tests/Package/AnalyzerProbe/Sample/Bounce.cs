namespace Sample;

public static class Bounce
{
    public const string Line = "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown";
}
