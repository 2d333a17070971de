using System.Linq;
using System.Text;

namespace SmtpStatusCodes.Benchmarks;

/// <summary>
/// The fixed inputs of every benchmark, kept in the project so runs are comparable and nothing is read from tests/ at
/// run time. Each array has a matching <c>const</c> count, which <c>[Benchmark(OperationsPerInvoke = ...)]</c> uses to
/// report the time per item; <see cref="BenchmarkAgreement.Inputs"/> checks that the two agree.
/// </summary>
public static class Inputs
{
    /// <summary>The number of <see cref="EnhancedCodes"/>.</summary>
    public const int EnhancedCodeCount = 30;

    /// <summary>The number of <see cref="ReplyCodes"/>.</summary>
    public const int ReplyCodeCount = 20;

    /// <summary>The number of <see cref="ReplyLines"/>.</summary>
    public const int ReplyLineCount = 26;

    /// <summary>The number of <see cref="KnownCodes"/>.</summary>
    public const int KnownCodeCount = 20;

    /// <summary>Enhanced status codes as they arrive: 15 valid, 15 invalid, including the traps of RFC 3463 section 2.</summary>
    public static readonly string[] EnhancedCodes =
    [
        // Valid (RFC 3463 s2: class 2/4/5, subject and detail 1-3 digits without leading zeros).
        "5.1.1",
        "4.7.26",
        "5.7.133",
        "2.0.0",
        "4.4.1",
        "5.2.2",
        "5.7.1",
        "4.2.2",
        "5.4.1",
        "2.1.5",
        "5.999.999",
        "4.7.0",
        "5.1.10",
        "5.5.3",
        "4.7.500",

        // Invalid.
        "5.01.1",       // leading zero in the subject
        "5.1.01",       // leading zero in the detail
        "6.1.1",        // class 6
        "3.1.1",        // class 3
        "5.1",          // two parts
        "x",
        "",
        "5.1.1000",     // four-digit detail
        "5.1.1 ",       // trailing space
        "5..1",
        "5.1.1.1",      // four parts
        "05.1.1",
        "\uFF15.1.1",   // fullwidth digit five: not ASCII
        "5.1.\u0663",   // Arabic-Indic digit three: \d matches it, the grammar does not
        "5.1.1\n",      // a trailing LF: Regex's $ matches before it, \z does not
    ];

    /// <summary>Reply codes: 14 valid, 6 invalid.</summary>
    public static readonly string[] ReplyCodes =
    [
        "550", "250", "421", "451", "452", "554", "535", "354", "220", "221", "503", "530", "559", "252",
        "599",          // second digit 9
        "600",          // class 6
        "55",
        "5500",
        "5a0",
        "\uFF15\uFF15\uFF10", // fullwidth digits
    ];

    /// <summary>
    /// Reply lines as Gmail, Microsoft 365, Postfix and Exim send them (single and continuation lines, with and
    /// without CRLF), plus lines that are not reply lines.
    /// </summary>
    public static readonly string[] ReplyLines =
    [
        // Gmail.
        "550-5.1.1 The email account that you tried to reach does not exist. Please try",
        "550-5.1.1 double-checking the recipient's email address for typos or",
        "550 5.1.1 https://support.google.com/mail/?p=NoSuchUser a1si123456qkb.12 - gsmtp",
        "421-4.7.28 [203.0.113.9      15] Our system has detected an unusual rate of\r\n",
        "421 4.7.28 unsolicited mail originating from your IP address. - gsmtp\r\n",
        "250 2.0.0 OK  1700000000 a1si123456qkb.12 - gsmtp",
        "552-5.2.2 The email account that you tried to reach is over quota.",

        // Microsoft 365.
        "550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed as sender not authenticated",
        "550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [DM6NAM12FT034.eop-nam12.prod.protection.outlook.com]",
        "451 4.7.500 Server busy. Please try again later from [203.0.113.9]. (S77719) [BN8NAM12FT001.eop-nam12.prod.protection.outlook.com]",
        "554 5.6.211 Invalid MIME Content: Single text value size (32004) exceeded allowed maximum (32000) for the 'X-Header' header.",
        "250 2.6.0 <A1B2C3@DM6PR12MB.namprd12.prod.outlook.com> [InternalId=123456789] Queued mail for delivery\r\n",

        // Postfix.
        "250 2.1.5 Ok",
        "554 5.7.1 <spam@example.org>: Relay access denied",
        "450 4.1.8 <bounce@nonexistent.example>: Sender address rejected: Domain not found",
        "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table\n",
        "220 mx.example.org ESMTP Postfix (Debian/GNU)",
        "354 End data with <CR><LF>.<CR><LF>",
        "250-PIPELINING\r\n",

        // Exim.
        "550 Unrouteable address",
        "451 Temporary local problem - please try later",
        "452 4.2.2 Mailbox full\r\n",

        // Edge cases and lines that are not reply lines.
        "550 5.01.1 a leading zero keeps the token in the text",
        "5.1.1 Not a reply line",
        "600 class six",
        "550Mailbox unavailable",
    ];

    /// <summary>Registered enhanced codes, for formatting and description look-ups.</summary>
    public static readonly string[] KnownCodes =
    [
        "5.1.1", "5.2.2", "4.2.2", "5.7.1", "4.4.1", "2.0.0", "5.4.1", "2.1.5", "4.7.0", "5.1.10",
        "5.5.3", "4.7.26", "5.7.26", "5.1.2", "4.4.7", "5.3.4", "5.6.0", "4.3.2", "5.7.8", "5.7.30",
    ];

    /// <summary>The UTF-8 form of every <see cref="EnhancedCodes"/> entry.</summary>
    public static readonly byte[][] EnhancedCodesUtf8 = [.. EnhancedCodes.Select(Encoding.UTF8.GetBytes)];

    /// <summary>The UTF-8 form of every <see cref="ReplyCodes"/> entry.</summary>
    public static readonly byte[][] ReplyCodesUtf8 = [.. ReplyCodes.Select(Encoding.UTF8.GetBytes)];

    /// <summary>The UTF-8 form of every <see cref="ReplyLines"/> entry.</summary>
    public static readonly byte[][] ReplyLinesUtf8 = [.. ReplyLines.Select(Encoding.UTF8.GetBytes)];

    /// <summary>The parsed <see cref="KnownCodes"/>.</summary>
    public static readonly StatusCode[] KnownStatusCodes = [.. KnownCodes.Select(s => StatusCode.Parse(s))];

    /// <summary>
    /// A 4 KB multipart/report bounce (RFC 3464), ASCII only: tests/SmtpStatusCodes.Tests/Corpus/Bounces/rfc3464-multipart-report.txt
    /// with a Postfix-style notification paragraph and the longer header block a real original message carries
    /// (Received chain, DKIM, ARC, authentication results). It keeps the corpus file's traps: IPv4 addresses,
    /// versions, dates and message IDs that contain code-shaped digits.
    /// </summary>
    public const string Bounce = """
Return-Path: <>
Received: by relay.example.org (Postfix 3.9.1)
	id 4F2A1C0999; Mon,  2 Nov 2026 10:20:00 +0000 (UTC)
Date: Mon,  2 Nov 2026 10:20:00 +0000 (UTC)
From: MAILER-DAEMON@relay.example.org (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: mia@example.org
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4F2A1C0999.1793613600/relay.example.org"
Content-Transfer-Encoding: 7bit
Message-Id: <20261102102000.4F2A1C0999@relay.example.org>

This is a MIME-encapsulated message.

--4F2A1C0999.1793613600/relay.example.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host relay.example.org.

Two recipients failed permanently and one is delayed; see the
delivery report below for details.

<noah@example.com>: host mx.example.com[198.51.100.7] said: 550-5.1.1 The
    email account that you tried to reach does not exist. (in reply to RCPT TO
    command)

<olivia@example.net>: host mx.example.net[203.0.113.25] said: 552 5.2.2
    Mailbox full (in reply to RCPT TO command)

--4F2A1C0999.1793613600/relay.example.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.example.org
X-Postfix-Queue-ID: 4F2A1C0999
X-Postfix-Sender: rfc822; mia@example.org
Arrival-Date: Mon,  2 Nov 2026 10:15:00 +0000 (UTC)

Final-Recipient: rfc822; noah@example.com
Original-Recipient: rfc822;noah@example.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.example.com
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does
    not exist. Please try double-checking the recipient's email address for
    typos or unnecessary spaces. For more information, go to
    550 5.1.1 https://support.example.com/mail/?p=NoSuchUser 92.5.1.10 - gsmtp

Final-Recipient: rfc822; olivia@example.net
Original-Recipient: rfc822;olivia@example.net
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.example.net
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full: quota of 250 MB exceeded (v5.2.2)

Final-Recipient: rfc822; piet@example.org
Original-Recipient: rfc822;piet@example.org
Action: delayed
Status: 4.4.1
Will-Retry-Until: Fri,  6 Nov 2026 10:15:00 +0000 (UTC)
Diagnostic-Code: X-Postfix; connect to mx.example.org[192.0.2.5]:25: Connection
    timed out

--4F2A1C0999.1793613600/relay.example.org
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <mia@example.org>
Received: from client.example.org (client.example.org [10.5.1.1])
	by relay.example.org (Postfix 3.9.1) with ESMTPSA id 4F2A1C0999;
	Mon,  2 Nov 2026 10:15:00 +0000 (UTC)
Received: from [192.168.25.4] (unknown [198.51.100.42])
	by client.example.org (Postfix) with ESMTPSA id 7B3C2D1E05
	for <noah@example.com>; Mon,  2 Nov 2026 10:14:58 +0000 (UTC)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.org;
	s=mail2025; t=1793614495; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;
	h=From:To:Subject:Date:Message-ID;
	b=Kx5dWq2L0pZ4yU7rT1sV3nB8mC6hJ9fG2aE4oI5uY7tR3eW1qQ0zX8cV6bN2mL4kJ
	 5hG3fD1sA9pO7iU5yT3rE1wQ9zX7cV5bN3mL1kJ0hG8fD6sA4pO2iU0yT8rE6wQ4zX2c=
ARC-Authentication-Results: i=1; relay.example.org;
	dkim=pass header.d=example.org header.s=mail2025;
	spf=pass (relay.example.org: 198.51.100.42 is authorized) smtp.mailfrom=mia@example.org
Authentication-Results: relay.example.org; dkim=pass (2048-bit key)
	header.d=example.org header.i=@example.org header.b="Kx5dWq2L"
From: Mia <mia@example.org>
To: noah@example.com, olivia@example.net, piet@example.org
Subject: Draft for 5.1.2024 review
Message-ID: <7c1d2e3f-5.1.1.4a5b@example.org>
Date: Mon, 2 Nov 2026 10:14:55 +0000
User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Thunderbird/128.4.2
Content-Language: en-US
List-Unsubscribe: <mailto:unsubscribe@example.org?subject=unsubscribe-2026>
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 7bit

--4F2A1C0999.1793613600/relay.example.org--

""";

    /// <summary>The UTF-8 form of <see cref="Bounce"/> (the same length: it is ASCII).</summary>
    public static readonly byte[] BounceUtf8 = Encoding.UTF8.GetBytes(Bounce);

    /// <summary>
    /// <see cref="Bounce"/> with every ASCII digit replaced by 'x': the same length and layout without a single code
    /// candidate, so scanning it measures the vectorized search alone.
    /// </summary>
    public static readonly string DigitFreeBounce = string.Concat(Bounce.Select(c => c is >= '0' and <= '9' ? 'x' : c));

    /// <summary>The UTF-8 form of <see cref="DigitFreeBounce"/>.</summary>
    public static readonly byte[] DigitFreeBounceUtf8 = Encoding.UTF8.GetBytes(DigitFreeBounce);

    /// <summary>
    /// Agreement input only (not timed): a copy of tests/SmtpStatusCodes.Tests/Corpus/Bounces/traps-heavy.txt, every
    /// code-shaped trap of docs/scanning.md, on which the faithful regex must still agree with the scanner.
    /// </summary>
    public const string TrapHeavyText = """
Return-Path: <>
Date: Mon, 2 Nov 2026 10:15:00 +0000
From: postmaster@relay.example.com
To: wendy@example.com
Subject: Relay report 5.1.2024 (build 2.0.1-beta)
Message-ID: <20261102.5.1.10.3@relay.example.com>
X-Spam-Score: 5.1 / 10.5.1.1
Content-Type: text/plain; charset=utf-8

Relay report for relay.example.com, generated by Postfix 3.5.1 and
helper tool v5.1.1 on host 10.5.1.1 (NAT [192.0.2.5], uplink 92.5.1.10).

Summary: 12 messages, total 250 KB, oldest retried after 450 seconds,
listener on port 587, config revision 2024, ratio 5.1.10.3 percent.
Identifiers seen: x5.1.1, 15.1.1, 5.1.1x, id_5.1.1, path/5.1.1, user@5.1.1,
a+5.1.1, 50%5.1.1, key=5.1.1, ~5.1.1, 5.1.1_z, 5.1.1/z, 5.1.1@z, 5.1.1+z.
Malformed: 5.01.1, 5.1.01, 5.8.1, 5.12.3, 5.1.1000, 6.1.1, 3.1.1, 5.1.1-b.
Networks 198.51.100.5.1 and 203.0.113.4.4.7 are misconfigured.
Dates 2.11.2026 and 5.1.2024; versions 2.0.1-beta, v4.4.7, 4.4.7.1.

The only real failure in this report:
  wendy.old@example.com: host mx.example.com[203.0.113.25] said: 550 5.1.1
    mailbox unavailable (in reply to RCPT TO command)
  Reference code (#4.2.2) from the first attempt; final status 5.1.1.

Counters:
  450 4xx replies and 550 5xx replies were logged today.
  Queue 421 was flushed; next run in 250 seconds.
""";
}
