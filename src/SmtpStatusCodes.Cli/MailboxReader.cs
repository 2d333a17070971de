using System;
using System.Collections.Generic;
using System.IO;
using MimeKit;

namespace SmtpStatusCodes.Cli;

/// <summary>
/// The messages of a maildir folder (its <c>cur</c> and <c>new</c> folders, or the files of a plain folder of .eml
/// files) or of an mbox file, one at a time: only the message being read is in memory, parts stay in the file.
/// A message that cannot be parsed is handed out with its error, and reading goes on.
/// </summary>
internal sealed class MailboxReader
{
    /// <summary>A larger file is skipped as a message: no bounce is that big, and it would not fit in bounded memory.</summary>
    public const long MaxMessageBytes = 64L * 1024 * 1024;

    private readonly string _path;

    public MailboxReader(string path) => _path = path;

    /// <summary>How many files there are to read (1 for an mbox).</summary>
    public int FileCount => Files().Count;

    public IEnumerable<MailboxMessage> Read(Action<long, long> progress)
    {
        var files = Files();
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            var name = Directory.Exists(_path) ? Path.GetRelativePath(_path, file) : file;
            var isSingleFile = !Directory.Exists(_path);
            foreach (var message in ReadFile(file, name, isSingleFile ? progress : null, isMailbox: isSingleFile))
            {
                yield return message;
            }

            if (!isSingleFile)
            {
                progress(i + 1, files.Count);
            }
        }
    }

    private List<string> Files()
    {
        if (!Directory.Exists(_path))
        {
            return [_path];
        }

        var folders = new List<string>();
        foreach (var sub in new[] { "cur", "new" })
        {
            if (Directory.Exists(Path.Combine(_path, sub)))
            {
                folders.Add(Path.Combine(_path, sub));
            }
        }

        if (folders.Count == 0)
        {
            folders.Add(_path);
        }

        var files = new List<string>();
        foreach (var folder in folders)
        {
            foreach (var file in Directory.EnumerateFiles(folder))
            {
                // Dot files are the mail server's bookkeeping (dovecot-uidlist, .DS_Store), not messages.
                if (!Path.GetFileName(file).StartsWith('.'))
                {
                    files.Add(file);
                }
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>Reads one file: an mbox given by itself holds many messages; a maildir file holds one (a leading mbox
    /// "From " line is skipped, a later one is part of the message).</summary>
    private static IEnumerable<MailboxMessage> ReadFile(string file, string name, Action<long, long>? progress, bool isMailbox)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [new MailboxMessage(name, 1, null, $"cannot be read: {e.Message}")];
        }

        return ReadStream(stream, name, progress, isMailbox);
    }

    private static IEnumerable<MailboxMessage> ReadStream(FileStream stream, string name, Action<long, long>? progress, bool isMailbox)
    {
        using (stream)
        {
            var fromLine = StartsWithFromLine(stream);
            var isMbox = fromLine && isMailbox;
            if (!isMbox && stream.Length > MaxMessageBytes)
            {
                yield return new MailboxMessage(name, 1, null, $"is larger than {MaxMessageBytes / (1024 * 1024)} MB; no bounce is that big");
                yield break;
            }

            // Persistent: MimeKit leaves part contents in the file instead of copying them into memory.
            var parser = new MimeParser(stream, fromLine ? MimeFormat.Mbox : MimeFormat.Entity, persistent: true);
            var index = 0;
            while (!parser.IsEndOfStream)
            {
                index++;
                var (message, error) = Parse(parser);
                yield return new MailboxMessage(name, index, message, error);
                if (message is null || !isMbox)
                {
                    yield break;
                }

                progress?.Invoke(stream.Position, stream.Length);
            }
        }
    }

    private static (MimeMessage? Message, string? Error) Parse(MimeParser parser)
    {
        try
        {
            return (parser.ParseMessage(), null);
        }
        catch (FormatException e)
        {
            return (null, $"is not a message: {e.Message}");
        }
        catch (IOException e)
        {
            return (null, $"cannot be read: {e.Message}");
        }
    }

    private static bool StartsWithFromLine(FileStream stream)
    {
        Span<byte> start = stackalloc byte[5];
        var read = stream.ReadAtLeast(start, 5, throwOnEndOfStream: false);
        stream.Position = 0;
        return read == 5 && start.SequenceEqual("From "u8);
    }
}
