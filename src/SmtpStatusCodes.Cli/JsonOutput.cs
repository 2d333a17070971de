using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SmtpStatusCodes.Cli;

/// <summary>
/// A JSON writer whose output goes to a <see cref="TextWriter"/> piece by piece: <see cref="Flush"/> after each record
/// keeps memory bounded however many records a run writes. Chinese text is written as it is, not as \u escapes.
/// </summary>
internal sealed class JsonOutput : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private readonly TextWriter _target;

    public JsonOutput(TextWriter target)
    {
        _target = target;
        Writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions
        {
            Indented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
    }

    public Utf8JsonWriter Writer { get; }

    public void Flush()
    {
        Writer.Flush();
        _target.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
        _buffer.ResetWrittenCount();
    }

    /// <summary>Writes a code as a string, or null.</summary>
    public void Code(string name, object? code)
    {
        if (code is null)
        {
            Writer.WriteNull(name);
        }
        else
        {
            Writer.WriteString(name, code.ToString());
        }
    }

    /// <summary>Writes a string, or null.</summary>
    public void String(string name, string? value)
    {
        if (value is null)
        {
            Writer.WriteNull(name);
        }
        else
        {
            Writer.WriteString(name, value);
        }
    }

    public void Dispose()
    {
        Flush();
        _target.WriteLine();
        Writer.Dispose();
    }
}
