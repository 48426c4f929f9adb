using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;

namespace Ebet.StatusCodes.Generator.Benchmarks;

/// <summary>
/// <c>--profile WHAT SECONDS</c>: one benchmark of the full run, called in a plain loop for as long
/// as asked, for a sampling profiler to attach to (<c>benchmarks/profile-full-run.sh</c> runs it
/// under <c>perf record</c>). BenchmarkDotNet gives the times; this gives where they go.
/// </summary>
internal static class ProfileLoop
{
    public static int Run(IReadOnlyList<string> args)
    {
        if (args.Count != 2 || !double.TryParse(args[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || seconds <= 0)
        {
            Console.Error.WriteLine("usage: --profile full|steps|page|markdig SECONDS");
            return 2;
        }

        var fullRun = new FullRunBenchmarks();
        fullRun.Setup();
        var breakdown = new FullRunBreakdownBenchmarks();
        breakdown.Setup();
        Func<object>? step = args[0] switch
        {
            "full" => fullRun.StatusCodeGenerator,
            "steps" => () => breakdown.StepsInSequence(),
            "page" => breakdown.ReadPage,
            "markdig" => () => fullRun.MarkdigParseOnly(),
            _ => null,
        };
        if (step is null)
        {
            Console.Error.WriteLine($"unknown: {args[0]} (full, steps, page or markdig)");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        long runs = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            GC.KeepAlive(step());
            runs++;
        }

        Console.WriteLine(FormattableString.Invariant($"{args[0]}: {runs} runs in {clock.Elapsed.TotalSeconds:F1} s, {clock.Elapsed.TotalMilliseconds * 1000 / runs:F1} us each"));
        return 0;
    }
}
