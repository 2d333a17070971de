namespace SmtpStatusCodes.Internal;

/// <summary>Why a parse failed. The parsers return this instead of throwing, so Parse and TryParse share one core.</summary>
internal enum ParseError
{
    None,
    Empty,
    TooLong,
    InvalidClass,
    ExpectedDot,
    PartMissing,
    PartNotDigit,
    LeadingZero,
    TooManyDigits,
    TrailingCharacter,
    TooShort,
    NotDigit,
    InvalidFirstDigit,
    InvalidSecondDigit,
    LineBreak,
}
