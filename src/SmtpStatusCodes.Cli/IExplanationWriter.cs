namespace SmtpStatusCodes.Cli;

/// <summary>Writes explanations as they are found, so output starts before the input ends (text or JSON).</summary>
internal interface IExplanationWriter
{
    void Write(Explanation explanation);

    /// <summary>Ends the output: the count of explanations and what the input reader had to say.</summary>
    void Complete(ExplainSummary summary);
}
