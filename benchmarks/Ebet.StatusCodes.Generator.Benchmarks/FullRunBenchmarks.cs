using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Ebet.StatusCodes.Generator.Benchmarks.Infrastructure;
using Markdig;
using Microsoft.CodeAnalysis;

namespace Ebet.StatusCodes.Generator.Benchmarks;

/// <summary>
/// A first run of a fresh driver, as in a command-line build: this generator on the real
/// EbetStatusCode catalog (page, overlay, en, zh-Hans and zh-Hant files) against
/// Microsoft.CodeAnalysis.ResxSourceGenerator on .resx files with the same messages in the same
/// cultures (the baseline). Both in this process, on the same consumer compilation. The last row is
/// the page with its three catalogs, as the library builds it, for scale (no .resx counterpart).
/// <c>MarkdigParseOnly</c> is a floor, not a generator: Markdig's CommonMark parse of the same five
/// markdown files and nothing else, what any generator that reads them with Markdig pays first.
/// <c>PrecomputedOutputOnly</c> is the other floor: a driver run of a generator that reads the same
/// files and adds this generator's output, computed beforehand (<see cref="PrecomputedOutputGenerator"/>).
/// </summary>
/// <remarks>
/// The compilation is shared by every invocation, so the .resx generator's lookups of well-known types
/// (its only use of the compilation) are cached after the first: that favours the baseline.
/// </remarks>
[MemoryDiagnoser]
public class FullRunBenchmarks
{
    private static readonly MarkdownPipeline s_markdig = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    private RealCatalog _catalog = null!;
    private string[] _markdownTexts = System.Array.Empty<string>();
    private ISourceGenerator _precomputed = null!;

    [GlobalSetup]
    public void Setup()
    {
        _catalog = new RealCatalog();
        _markdownTexts = _catalog.CatalogTexts.Select(text => text.GetText()!.ToString()).ToArray();
        Checks.RequireOutput(ResxSourceGenerator(), "ResxSourceGenerator");
        Checks.RequireOutput(StatusCodeGenerator(), "StatusCodeGenerator");
        Checks.RequireOutput(StatusCodeGeneratorAllCatalogs(), "StatusCodeGenerator");
        var sources = StatusCodeGenerator().GetRunResult().Results.Single().GeneratedSources
            .Select(source => (source.HintName, source.SourceText.ToString()))
            .ToImmutableArray();
        _precomputed = new PrecomputedOutputGenerator(sources).AsSourceGenerator();
        Checks.RequireOutput(PrecomputedOutputOnly(), "PrecomputedOutputGenerator");
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriver ResxSourceGenerator() => _catalog.RunResxSourceGenerator();

    [Benchmark]
    public GeneratorDriver StatusCodeGenerator() => _catalog.RunStatusCodeGenerator();

    [Benchmark]
    public GeneratorDriver StatusCodeGeneratorAllCatalogs() => _catalog.RunStatusCodeGeneratorOnAllCatalogs();

    [Benchmark]
    public GeneratorDriver PrecomputedOutputOnly()
        => Generators.Driver(_precomputed, _catalog.CatalogTexts, _catalog.CatalogOptions).RunGenerators(_catalog.Compilation);

    [Benchmark]
    public int MarkdigParseOnly()
    {
        var blocks = 0;
        foreach (var text in _markdownTexts)
        {
            blocks += Markdown.Parse(text, s_markdig).Count;
        }

        return blocks;
    }
}
