using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace Ebet.StatusCodes.Benchmarks.Shared;

/// <summary>
/// The command line both benchmark projects share: BenchmarkDotNet's own arguments, plus
/// <c>--quick</c> for a check in under two minutes (in process, so nothing is built, and few short
/// iterations: the ratios are rough, the allocations exact).
/// </summary>
/// <remarks>
/// Without <c>--quick</c> the job is fixed (one process per benchmark, 5 warm-up and 15 measured
/// iterations of about 250 ms) rather than BenchmarkDotNet's default, which on this noisy 2-core
/// machine never sees a stable mean and runs every benchmark to its 100-iteration limit (hours).
/// A <c>--job</c> argument replaces it.
/// </remarks>
internal static class BenchmarkEntry
{
    /// <summary>Set in quick mode, so that parameter sources can offer fewer sizes.</summary>
    public const string QuickVariable = "EBET_BENCHMARKS_QUICK";

    public static bool IsQuick => Environment.GetEnvironmentVariable(QuickVariable) == "1";

    public static int Run(Assembly assembly, IEnumerable<string> args)
    {
        var arguments = args.ToList();
        var quick = arguments.Remove("--quick");
        if (!arguments.Contains("--filter"))
        {
            // Without a filter BenchmarkDotNet asks on the console which benchmark to run.
            arguments.Add("--filter");
            arguments.Add("*");
        }

        IConfig config = DefaultConfig.Instance;
        if (!quick && !arguments.Contains("--job") && !arguments.Contains("-j"))
        {
            config = DefaultConfig.Instance.AddJob(Job.Default
                .WithLaunchCount(1)
                .WithWarmupCount(5)
                .WithIterationCount(15)
                .WithIterationTime(TimeInterval.FromMilliseconds(250))
                .WithId("Standard"));
        }

        if (quick)
        {
            Environment.SetEnvironmentVariable(QuickVariable, "1");
            if (!arguments.Contains("--artifacts"))
            {
                // A quick check must not overwrite the reports of the last full run.
                arguments.Add("--artifacts");
                arguments.Add(System.IO.Path.Combine("BenchmarkDotNet.Artifacts", "quick"));
            }

            config = DefaultConfig.Instance.AddJob(Job.Default
                .WithToolchain(InProcessEmitToolchain.Instance)
                .WithLaunchCount(1)
                .WithWarmupCount(1)
                .WithIterationCount(3)
                .WithIterationTime(TimeInterval.FromMilliseconds(60))
                .WithId("Quick"));
        }

        var summaries = BenchmarkSwitcher.FromAssembly(assembly).Run(arguments.ToArray(), config).ToList();
        var failed = summaries.Count == 0
            || summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success));
        return failed ? 1 : 0;
    }
}
