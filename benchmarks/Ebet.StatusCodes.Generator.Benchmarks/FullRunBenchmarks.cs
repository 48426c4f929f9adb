using BenchmarkDotNet.Attributes;
using Ebet.StatusCodes.Generator.Benchmarks.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Ebet.StatusCodes.Generator.Benchmarks;

/// <summary>
/// A first run of a fresh driver, as in a command-line build: this generator on the real
/// EbetStatusCode catalog (page, overlay, en, zh-Hans and zh-Hant files) against
/// Microsoft.CodeAnalysis.ResxSourceGenerator on .resx files with the same messages in the same
/// cultures (the baseline). Both in this process, on the same consumer compilation. The last row is
/// the page with its three catalogs, as the library builds it, for scale (no .resx counterpart).
/// </summary>
/// <remarks>
/// The compilation is shared by every invocation, so the .resx generator's lookups of well-known types
/// (its only use of the compilation) are cached after the first: that favours the baseline.
/// </remarks>
[MemoryDiagnoser]
public class FullRunBenchmarks
{
    private RealCatalog _catalog = null!;

    [GlobalSetup]
    public void Setup()
    {
        _catalog = new RealCatalog();
        Checks.RequireOutput(ResxSourceGenerator(), "ResxSourceGenerator");
        Checks.RequireOutput(StatusCodeGenerator(), "StatusCodeGenerator");
        Checks.RequireOutput(StatusCodeGeneratorAllCatalogs(), "StatusCodeGenerator");
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriver ResxSourceGenerator() => _catalog.RunResxSourceGenerator();

    [Benchmark]
    public GeneratorDriver StatusCodeGenerator() => _catalog.RunStatusCodeGenerator();

    [Benchmark]
    public GeneratorDriver StatusCodeGeneratorAllCatalogs() => _catalog.RunStatusCodeGeneratorOnAllCatalogs();
}
