using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using SmtpStatusCodes.Benchmarks;

// Usage (docs/benchmarks.md):
//   --verify   check that every benchmark's implementations agree on its inputs; exit 1 when they do not
//   --ci       --verify, then every benchmark once in a tiny in-process job (checks that they run; timings mean nothing)
//   anything else goes to BenchmarkSwitcher: --filter '*', --list flat, --job short, --warmupCount 5 --iterationCount 10 ...
// BenchmarkDotNet exits 0 even when a benchmark throws, so every run ends by inspecting the summaries.
if (args.Contains("--verify"))
{
    return Verify() ? 0 : 1;
}

if (args.Contains("--ci"))
{
    if (!Verify())
    {
        return 1;
    }

    var stopwatch = Stopwatch.StartNew();
    var capture = new ExceptionCapture();
    var ciJob = Job.Dry
        .WithToolchain(InProcessEmitToolchain.Instance)
        .WithLaunchCount(1)
        .WithWarmupCount(1)
        .WithIterationCount(1)
        .WithInvocationCount(1)
        .WithUnrollFactor(1)
        .WithStrategy(RunStrategy.ColdStart)
        .WithId("CI");
    var ciConfig = DefaultConfig.Instance.AddJob(ciJob).AddLogger(capture).WithOptions(ConfigOptions.JoinSummary);
    var types = typeof(BenchmarkAgreement).Assembly.GetExportedTypes()
        .Where(t => t.GetMethods().Any(m => m.IsDefined(typeof(BenchmarkDotNet.Attributes.BenchmarkAttribute), false)))
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToArray();
    var ciSummaries = BenchmarkRunner.Run(types, ciConfig);
    var expected = types.Sum(t => t.GetMethods().Count(m => m.IsDefined(typeof(BenchmarkDotNet.Attributes.BenchmarkAttribute), false)));
    var ok = Check(ciSummaries, expected, capture);
    Console.WriteLine($"--ci: {expected} benchmarks in {types.Length} classes, {(ok ? "all ran" : "FAILED")} in {stopwatch.Elapsed.TotalSeconds:0.0} s.");
    return ok ? 0 : 1;
}

// BenchmarkDotNet builds a project per job under artifacts/, where the repository's Directory.Build.props still applies
// (its ImportDirectoryBuildProps=false comes after the SDK has imported it): MSBuildTreatWarningsAsErrors would turn the
// generated code's missing XML comments into errors. The base job (which --job, --warmupCount ... modify) turns it off.
// A config's default job replaces the one --job names, so --job is read here; --warmupCount and the like still apply.
var baseJob = BaseJob(args).WithArguments([new MsBuildArgument("/p:MSBuildTreatWarningsAsErrors=false")]).AsDefault();
var runCapture = new ExceptionCapture();
var summaries = BenchmarkSwitcher.FromAssembly(typeof(BenchmarkAgreement).Assembly)
    .Run(args, DefaultConfig.Instance.AddJob(baseJob).AddLogger(runCapture))
    .ToArray();
return summaries.Length == 0 || Check(summaries, expectedBenchmarks: null, runCapture) ? 0 : 1;

static Job BaseJob(string[] args)
{
    var at = Array.FindIndex(args, a => a is "--job" or "-j");
    var name = at >= 0 && at + 1 < args.Length ? args[at + 1].ToLowerInvariant() : "default";
    return name switch
    {
        "dry" => Job.Dry,
        "short" => Job.ShortRun,
        "medium" => Job.MediumRun,
        "long" => Job.LongRun,
        "verylong" => Job.VeryLongRun,
        _ => Job.Default,
    };
}

static bool Verify()
{
    var ok = BenchmarkAgreement.VerifyAll(Console.Out);
    Console.WriteLine(ok ? "--verify: every implementation agrees on every input." : "--verify: FAILED, implementations disagree (see above).");
    return ok;
}

// A run passes when no summary has critical validation errors, every report succeeded with measurements, and
// (for --ci) every benchmark of every class was run.
static bool Check(IReadOnlyList<Summary> summaries, int? expectedBenchmarks, ExceptionCapture capture)
{
    var problems = new List<string>();
    foreach (var summary in summaries)
    {
        if (summary.HasCriticalValidationErrors)
        {
            problems.AddRange(summary.ValidationErrors.Where(e => e.IsCritical).Select(e => $"{summary.Title}: validation error: {e.Message}"));
        }

        foreach (var benchmarkCase in summary.BenchmarksCases)
        {
            var report = summary[benchmarkCase];
            var name = benchmarkCase.DisplayInfo;
            if (report is null)
            {
                problems.Add($"{name}: no report");
            }
            else if (!report.Success)
            {
                var errors = report.ExecuteResults.SelectMany(r => r.StandardOutput).Where(l => l.Contains("Exception: ", StringComparison.Ordinal)).Take(3);
                problems.Add($"{name}: failed (build ok: {report.BuildResult.IsBuildSuccess}, generate ok: {report.GenerateResult.IsGenerateSuccess}, executed: {report.ExecuteResults.Count > 0}) {string.Join(" | ", errors)}".TrimEnd());
            }
            else if (report.ResultStatistics is null)
            {
                problems.Add($"{name}: no results");
            }
        }
    }

    var ran = summaries.Sum(s => s.BenchmarksCases.Length);
    if (expectedBenchmarks is { } expected && ran != expected)
    {
        problems.Add($"{ran} benchmarks ran, {expected} exist");
    }

    foreach (var problem in problems)
    {
        Console.Error.WriteLine($"benchmark failure: {problem}");
    }

    if (problems.Count > 0)
    {
        foreach (var line in capture.ExceptionLines.Take(20))
        {
            Console.Error.WriteLine($"benchmark failure: logged: {line}");
        }
    }

    return problems.Count == 0;
}
