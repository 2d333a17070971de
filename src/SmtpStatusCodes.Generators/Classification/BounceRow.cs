using SmtpStatusCodes.Generators.Model;

namespace SmtpStatusCodes.Generators.Classification;

/// <summary>A data row: its line number and its tab-separated fields.</summary>
internal sealed record BounceRow(int Line, EquatableArray<string> Fields)
{
    public string this[int index] => Fields[index];
}
