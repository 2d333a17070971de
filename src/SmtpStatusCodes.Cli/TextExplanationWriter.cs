using System;
using System.Collections.Generic;

namespace SmtpStatusCodes.Cli;

/// <summary>
/// Writes explanations for a reader at a terminal: a header naming the line, then each code with its registry title
/// and its description in the reader's language, then what the outcome means. A code already described is not
/// described again, so a long log stays readable.
/// </summary>
internal sealed class TextExplanationWriter : IExplanationWriter
{
    private const int CodeColumn = 10;
    private const int MaxContextChars = 240;

    private readonly TextOutput _output;
    private readonly CliText _text;
    private readonly HashSet<string> _described = new(StringComparer.Ordinal);
    private bool _first = true;

    public TextExplanationWriter(TextOutput output, CliText text)
    {
        _output = output;
        _text = text;
    }

    public void Write(Explanation explanation)
    {
        if (!_first)
        {
            _output.Line();
        }

        _first = false;
        var painter = _output.Painter;
        var outcome = Outcomes.Of(explanation);
        if (explanation.Kind == ExplanationKind.Recipient)
        {
            // An address can be long; the header wraps like any text (painted per line would break the wrapping).
            _output.Wrapped(string.Empty, 2, _text.RecipientHeader(explanation.Recipient ?? string.Empty, explanation.Action));
            if (explanation.RemoteMta is { } remote)
            {
                _output.Wrapped("  ", 2, _text.RemoteServer(remote), Style.Dim);
            }
        }
        else
        {
            var codes = explanation.Kind == ExplanationKind.Reply
                ? $"{_text.Reply} {explanation.ReplyCode}{(explanation.StatusCode is { } s ? " " + s : string.Empty)}"
                : $"{_text.Code} {(object?)explanation.StatusCode ?? explanation.ReplyCode}";
            var lines = explanation.LineCount > 1 ? _text.Lines(explanation.LineCount) : string.Empty;

            // The header is short (a line number and two codes), so it is painted without wrapping.
            _output.Line(_text.Header(explanation.Line, painter.Paint(codes, Style.Bold)) + lines);
        }

        if (explanation.Text.Length > 0)
        {
            _output.Wrapped("  ", 2, Context(explanation.Text), Style.Dim);
        }

        if (explanation.ReplyCode is { } reply)
        {
            WriteCode(reply.ToString(), reply.Title, reply.IsKnown, _text.ReplyNotDefined, () => reply.GetDescription(_text.Language), Outcomes.Of(reply));
        }

        if (explanation.StatusCode is { } status)
        {
            WriteCode(status.ToString(), status.Title, status.IsKnown, _text.StatusNotRegistered, () => status.GetDescription(_text.Language), Outcomes.Of(status));
        }

        if (!explanation.IsConsistent && explanation.StatusCode is { } st && explanation.ReplyCode is { } rc)
        {
            _output.Wrapped("  " + painter.Paint("!", Style.Yellow) + " ", 4, _text.ClassMismatch(st, rc));
        }

        if (explanation.HasStatusCodeDisagreement)
        {
            _output.Wrapped("  " + painter.Paint("!", Style.Yellow) + " ", 4, _text.StatusDisagreement);
        }

        // The classifier's verdict says more than the class alone; the class is the fallback when it cannot decide.
        var classification = explanation.Classification;
        var verdict = classification.Type != BounceType.Undetermined
            ? _text.Sentences(_text.Verdict(classification), classification.Reason.GetDescription(_text.Language))
            : outcome is { } known ? _text.OutcomeText(known)
            : _text.NoCodeForRecipient;
        _output.Wrapped("  => ", 5, verdict, Painter.ForOutcome(outcome));
        if (_text.Retry(classification.Retry) is { } retry)
        {
            _output.Wrapped("     ", 5, retry);
        }

        if (classification.Basis == BounceBasis.CuePhrase && classification.CuePhrase is { } phrase)
        {
            // "550 5.1.1 ... User unknown": the words only confirm what the code already says; saying they decided would
            // hide the code (the classifier reports the phrase because 5.1.1 leaves room for words that say otherwise).
            var why = classification.StatusCode is { } code && BounceClassifier.Classify(code).Reason == classification.Reason
                ? _text.PhraseAgreesWithCode(phrase, code)
                : _text.DecidedByPhrase(phrase);
            _output.Wrapped("     ", 5, why, Style.Dim);
        }
    }

    public void Complete(ExplainSummary summary)
    {
        if (summary.Count == 0 && summary.Error is null)
        {
            _output.Wrapped(string.Empty, 0, _text.NoCodeFound);
        }
    }

    private void WriteCode(string code, string title, bool known, string unknownNote, Func<string> description, Outcome outcome)
    {
        var painter = _output.Painter;
        var prefix = "  " + painter.Paint(code, Painter.ForOutcome(outcome)) + new string(' ', Math.Max(1, CodeColumn - 2 - code.Length));
        _output.Wrapped(prefix, CodeColumn, title, Style.Bold);
        if (!_described.Add(code))
        {
            _output.Wrapped(new string(' ', CodeColumn), CodeColumn, _text.DescribedAbove, Style.Dim);
            return;
        }

        if (!known)
        {
            _output.Wrapped(new string(' ', CodeColumn), CodeColumn, unknownNote, Style.Yellow);
        }

        _output.Wrapped(new string(' ', CodeColumn), CodeColumn, description());
    }

    /// <summary>The text around a code, at most a few lines of it; a cut is marked with an ellipsis, never silent.</summary>
    private static string Context(string text) =>
        text.Length <= MaxContextChars ? text : string.Concat(text.AsSpan(0, MaxContextChars - 1), "\u2026");
}
