using System.Collections.Generic;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Ebet.StatusCodes.Benchmarks.Shared;
using Ebet.StatusCodes.Generator.Benchmarks.Infrastructure;
using Ebet.StatusCodes.Generator.Parsing;
using Markdig;

namespace Ebet.StatusCodes.Generator.Benchmarks;

/// <summary>
/// The synthetic page (bold codes) read by the generator's markdown reader (Markdig for the blocks,
/// its own linear row splitter for the table: the baseline) and by Markdig's pipe-table extension,
/// which grows with the square of the rows and refuses some thousands of bold rows (see --check).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerRowConfig))]
public class PageParsingBenchmarks
{
    private static readonly MarkdownPipeline s_pipeTables = new MarkdownPipelineBuilder().UsePipeTables().Build();

    private string _page = string.Empty;

    [ParamsSource(nameof(RowCounts))]
    public int Rows { get; set; }

    /// <summary>Sizes Markdig still accepts; quick mode keeps the small ones.</summary>
    public static IEnumerable<int> RowCounts => BenchmarkEntry.IsQuick ? new[] { 100, 1_000 } : new[] { 100, 500, 1_000, 2_000 };

    [GlobalSetup]
    public void Setup() => _page = CatalogInput.SyntheticPage(Rows);

    [Benchmark(Baseline = true)]
    public int GeneratorReader() => MarkdownFile.Read("/project/spec/synthetic-codes.md", _page, CancellationToken.None).Tables[0].Rows.Count;

    [Benchmark]
    public int MarkdigPipeTables() => Markdown.Parse(_page, s_pipeTables).Count;
}
