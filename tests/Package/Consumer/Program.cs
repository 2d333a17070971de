using System;
using SmtpStatusCodes;

StatusCode code = StatusCode.Parse("5.1.1");
Console.WriteLine(code.ToString());
Console.WriteLine(code.Title);
Console.WriteLine(code.IsPermanent);
Console.WriteLine(ReplyCode.Parse("550").Title);
