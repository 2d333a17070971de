using System;
using System.Text;
using SmtpStatusCodes.Cli;

// Chinese descriptions must reach a terminal or a pipe as UTF-8 whatever the platform's default code page is.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return SmtpStatusApp.Run(args, CliConsole.System());
