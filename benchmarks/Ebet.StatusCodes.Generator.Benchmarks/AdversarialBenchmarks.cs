using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Ebet.StatusCodes.Benchmarks.Shared;
using Ebet.StatusCodes.Generator.Benchmarks.Infrastructure;

namespace Ebet.StatusCodes.Generator.Benchmarks;

/// <summary>
/// A full run on pages built to make a reader rescan (<see cref="AdversarialInput"/>), at doubling
/// sizes: a linear reader's time doubles with the page. <c>--check linear</c> asserts it.
/// </summary>
[MemoryDiagnoser]
public class AdversarialBenchmarks : FullRunOnInput
{
    [ParamsSource(nameof(Shapes))]
    public AdversarialShape Shape { get; set; }

    [ParamsSource(nameof(Sizes))]
    public int Characters { get; set; }

    public static IEnumerable<AdversarialShape> Shapes => System.Enum.GetValues<AdversarialShape>();

    /// <summary>80, 160 and 320 thousand characters (quick mode: 80 and 160).</summary>
    public static IEnumerable<int> Sizes => BenchmarkEntry.IsQuick ? new[] { 80_000, 160_000 } : new[] { 80_000, 160_000, 320_000 };

    [GlobalSetup]
    public void Setup()
    {
        Prepare(AdversarialInput.Input(Shape, Characters));
        LinearityCheck.RequireNoFailure(FullRun(), Shape.ToString());
    }
}
