using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Ebet.StatusCodes.Benchmarks.Shared;
using Ebet.StatusCodes.Generator.Benchmarks.Infrastructure;

namespace Ebet.StatusCodes.Generator.Benchmarks;

/// <summary>
/// A full run on synthetic catalogs (page, overlay, one culture file) of growing size, with the codes
/// bold as on eBET's page or plain. Linear growth shows as a flat Time/row column.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerRowConfig))]
public class ScaleBenchmarks : FullRunOnInput
{
    [ParamsSource(nameof(RowCounts))]
    public int Rows { get; set; }

    [Params(true, false)]
    public bool BoldCodes { get; set; }

    /// <summary>Quick mode leaves out 100,000 rows: a run of it takes seconds.</summary>
    public static IEnumerable<int> RowCounts => BenchmarkEntry.IsQuick ? new[] { 100, 1_000, 10_000 } : new[] { 100, 1_000, 10_000, 100_000 };

    [GlobalSetup]
    public void Setup()
    {
        Prepare(CatalogInput.Synthetic(Rows, BoldCodes));
        Checks.RequireOutput(FullRun(), "StatusCodeGenerator");
    }
}
