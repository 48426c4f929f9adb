using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using Ebet.StatusCodes.Generator.Benchmarks.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Ebet.StatusCodes.Generator.Benchmarks;

/// <summary>
/// <c>--check linear</c>: the linear-time property. For every adversarial page, the generator's full
/// run on a page twice as large must take at most <see cref="MaxRatio"/> times as long (linear: 2;
/// a rescan per piece: 4). Each size is timed as the best of several runs, the sizes in turn, with no
/// garbage collection during a timed run, so that neither other processes on the machine nor the
/// collector's own growth with the heap fake a failure. Pages read in under
/// <see cref="Floor"/> are not judged: at that scale the time is the driver's fixed cost, while a
/// reader that rescans takes seconds there (the HTML reader took 30 s for 320 KB before this check).
/// </summary>
internal static class LinearityCheck
{
    public const double MaxRatio = 2.5;

    private const int Runs = 9;

    private static readonly TimeSpan Floor = TimeSpan.FromMilliseconds(25);

    /// <summary>What a timed run may allocate without a collection: more than the largest page's run allocates.</summary>
    private const long NoCollectionBudget = 240L * 1024 * 1024;

    /// <summary>The page sizes compared, doubling: 320 and 640 thousand characters, then 640 and 1,280.</summary>
    private static readonly int[] s_sizes = { 320_000, 640_000, 1_280_000 };

    /// <summary>
    /// Fails when the generator threw, or failed on the file without saying where (EBSC099 at its
    /// first character): its timing would mean nothing. EBSC099 at a cell it refuses to read is an answer.
    /// </summary>
    public static void RequireNoFailure(GeneratorDriver driver, string page)
    {
        var result = driver.GetRunResult().Results.Single();
        if (result.Exception is not null || result.Diagnostics.Any(diagnostic => diagnostic.Id == "EBSC099" && diagnostic.Location.SourceSpan.Start == 0))
        {
            throw new InvalidOperationException(page + ": the generator failed: " + (result.Exception?.ToString() ?? string.Join(Environment.NewLine, result.Diagnostics)));
        }
    }

    public static int Run()
    {
        var failures = 0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"== linear time: best of {Runs} full runs per size, the sizes taken in turn; a doubled page may take at most {MaxRatio}x (pages read in under {Floor.TotalMilliseconds} ms are not judged)"));
        foreach (var shape in Enum.GetValues<AdversarialShape>())
        {
            var times = BestTimes(shape);
            var ratios = times.Zip(times.Skip(1), (smaller, larger) => larger.TotalMilliseconds / Math.Max(smaller.TotalMilliseconds, 0.001)).ToArray();
            var judged = times[^1] >= Floor;
            var passed = !judged || ratios.All(ratio => ratio <= MaxRatio);
            failures += passed ? 0 : 1;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"   {shape,-32} {string.Join(" / ", times.Select(time => time.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture) + " ms"))}  ratios {string.Join(", ", ratios.Select(ratio => ratio.ToString("F2", CultureInfo.InvariantCulture)))}  {(!judged ? "ok (under the floor)" : passed ? "ok" : "NOT LINEAR")}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   timed runs with a collection all the same: {CollectedRuns}"));
        return failures;
    }

    /// <summary>
    /// The time of <paramref name="run"/>, with no garbage collection during it where the runtime
    /// grants that: a collection's cost grows with all the heap holds, so a run that keeps a page's
    /// tables (as any reader must) would otherwise pay more than its share of collections on a larger
    /// page, and a linear reader would look superlinear (measured: 2.2x to 3x per doubling with
    /// collections, 2.0x without, for the same HTML reading).
    /// </summary>
    private static TimeSpan WithoutCollections(Action run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var noCollections = GC.TryStartNoGCRegion(NoCollectionBudget);
        var watch = Stopwatch.StartNew();
        run();
        var elapsed = watch.Elapsed;
        if (noCollections && System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.NoGCRegion)
        {
            GC.EndNoGCRegion();
        }
        else
        {
            CollectedRuns++;
        }

        return elapsed;
    }

    /// <summary>Timed runs during which a collection happened all the same (the run allocated more than the budget).</summary>
    private static int CollectedRuns { get; set; }

    /// <summary>
    /// The best wall-clock time of each size. The sizes are run in turn, not one after the other, so
    /// that a change in the machine's load falls on all of them alike; the largest runs once first, so
    /// that every path is compiled to its final form before any timing.
    /// </summary>
    private static TimeSpan[] BestTimes(AdversarialShape shape)
    {
        var compilation = Consumer.Compilation(Consumer.Program);
        var inputs = s_sizes.Select(size => AdversarialInput.Input(shape, size)).Select(input => (Texts: CatalogInput.Texts(input), Options: input.Options())).ToArray();
        RequireNoFailure(Generators.Driver(Generators.StatusCodes(), inputs[^1].Texts, inputs[^1].Options).RunGenerators(compilation), shape.ToString());
        var best = s_sizes.Select(_ => TimeSpan.MaxValue).ToArray();
        for (var run = 0; run < Runs; run++)
        {
            for (var size = 0; size < inputs.Length; size++)
            {
                var elapsed = WithoutCollections(() => Generators.Driver(Generators.StatusCodes(), inputs[size].Texts, inputs[size].Options).RunGenerators(compilation));
                best[size] = elapsed < best[size] ? elapsed : best[size];
            }
        }

        return best;
    }
}
