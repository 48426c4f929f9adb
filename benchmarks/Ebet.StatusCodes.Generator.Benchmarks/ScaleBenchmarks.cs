using System.Collections.Generic;
using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Ebet.StatusCodes.Benchmarks.Shared;
using Ebet.StatusCodes.Generator.Benchmarks.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Ebet.StatusCodes.Generator.Benchmarks;

/// <summary>
/// A full run on synthetic catalogs (page, overlay, one culture file) of growing size, with the codes
/// bold as on eBET's page or plain. Linear growth shows as a flat Time/row column.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerRowConfig))]
public class ScaleBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private ImmutableArray<AdditionalText> _texts;
    private AnalyzerConfigOptionsProvider _options = null!;

    [ParamsSource(nameof(RowCounts))]
    public int Rows { get; set; }

    [Params(true, false)]
    public bool BoldCodes { get; set; }

    /// <summary>Quick mode leaves out 100,000 rows: a run of it takes seconds.</summary>
    public static IEnumerable<int> RowCounts => BenchmarkEntry.IsQuick ? new[] { 100, 1_000, 10_000 } : new[] { 100, 1_000, 10_000, 100_000 };

    [GlobalSetup]
    public void Setup()
    {
        _compilation = Consumer.Compilation(Consumer.Program);
        var input = CatalogInput.Synthetic(Rows, BoldCodes);
        _texts = CatalogInput.Texts(input);
        _options = input.Options();
        Checks.RequireOutput(FullRun(), "StatusCodeGenerator");
    }

    [Benchmark]
    public GeneratorDriver FullRun()
        => Generators.Driver(Generators.StatusCodes(), _texts, _options).RunGenerators(_compilation);
}
