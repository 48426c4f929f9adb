using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Ebet.StatusCodes.Generator.Benchmarks.Infrastructure;
using Ebet.StatusCodes.Generator.Binding;
using Ebet.StatusCodes.Generator.Configuration;
using Ebet.StatusCodes.Generator.Emitting;
using Ebet.StatusCodes.Generator.Model;
using Ebet.StatusCodes.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Ebet.StatusCodes.Generator.Benchmarks;

/// <summary>
/// Where a full run on the real catalog goes (the baseline), step by step as the pipeline calls them:
/// reading the page and the four side files, building the catalog's model, emitting the source; then
/// all of them once each in sequence, as a run calls them. The rest is the driver. Then what the
/// compiler does afterwards with each generator's output: parse it (the driver parses generated
/// files lazily, so a run does not include it, but every build pays it).
/// </summary>
[MemoryDiagnoser]
public class FullRunBreakdownBenchmarks
{
    private RealCatalog _catalog = null!;
    private PageRequest _request = null!;
    private string _pageText = string.Empty;
    private (string Path, string PagePath, string Culture, string Text)[] _sideFiles = System.Array.Empty<(string, string, string, string)>();
    private ParsedPage _page = null!;
    private EquatableArray<SideFile> _parsedSideFiles;
    private EquatableArray<TypeClaim> _claims;
    private CatalogSpec _spec = null!;
    private string _generated = string.Empty;
    private string _resxGenerated = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _catalog = new RealCatalog();
        var options = _catalog.CatalogOptions;
        var page = _catalog.CatalogTexts.Single(text => options.GetOptions(text).TryGetValue("build_metadata.AdditionalFiles.StatusCodeEnum", out _));
        _request = CatalogMetadata.Read(page.Path, options.GetOptions(page), options.GlobalOptions)!;
        _pageText = page.GetText()!.ToString();
        _sideFiles = _catalog.CatalogTexts.Where(text => text != page)
            .Select(text => SideFileName.TryParse(text.Path, out var pagePath, out var culture) ? (text.Path, pagePath, culture, text.GetText()!.ToString()) : throw new System.InvalidOperationException(text.Path))
            .ToArray();

        _page = ReadPageCore();
        _parsedSideFiles = new EquatableArray<SideFile>(_sideFiles.Select(file => LoadSideFile(file.Path, file.PagePath, file.Culture, file.Text).File!).ToArray());
        _claims = new EquatableArray<TypeClaim>(_request.Catalogs.Select((config, index) => TypeClaims.Claim(_request.Path, index, config)).ToArray());
        _spec = BuildCatalogCore().Spec!;
        _generated = EmitSource();
        if (_generated != StatusCodeGeneratorFullRun().GetRunResult().GeneratedTrees.Single().ToString())
        {
            throw new System.InvalidOperationException("The steps called one by one do not give the generator's output.");
        }

        _resxGenerated = _catalog.RunResxSourceGenerator().GetRunResult().GeneratedTrees.Single().ToString();
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriver StatusCodeGeneratorFullRun() => _catalog.RunStatusCodeGenerator();

    [Benchmark]
    public object ReadPage() => ReadPageCore();

    [Benchmark]
    public int ReadSideFiles()
    {
        var diagnostics = 0;
        foreach (var (path, pagePath, culture, text) in _sideFiles)
        {
            diagnostics += LoadSideFile(path, pagePath, culture, text).Diagnostics.Count;
        }

        return diagnostics;
    }

    private SideFileResult LoadSideFile(string path, string pagePath, string culture, string text)
        => SideFileLoader.Load(path, pagePath, culture, _request.EnumNames, byConvention: false, text, CancellationToken.None);

    [Benchmark]
    public object BuildCatalog() => BuildCatalogCore();

    private ParsedPage ReadPageCore() => StatusPageReader.Read(_request, _pageText, CancellationToken.None);

    private CatalogResult BuildCatalogCore() => CatalogBuilder.Build(_page, 0, _parsedSideFiles, _claims, csharp8: true, CancellationToken.None);

    [Benchmark]
    public string EmitSource() => CatalogEmitter.Emit(_spec);

    /// <summary>What each of the five additional files is (its item metadata read and checked): the pipeline's first step.</summary>
    [Benchmark]
    public int ClassifyInputs()
    {
        var catalogs = 0;
        foreach (var text in _catalog.CatalogTexts)
        {
            catalogs += InputFile.Classify(text, _catalog.CatalogOptions).Page is null ? 0 : 1;
        }

        return catalogs;
    }

    /// <summary>
    /// The pipeline's work once each, in its order, without the driver: classify the five files,
    /// read the page and the four side files (their text taken from the additional files, as the
    /// steps do), claim the types, build, emit, look for side files given twice. What a full run
    /// costs beyond this is the driver's.
    /// </summary>
    [Benchmark]
    public int StepsInSequence()
    {
        var inputs = _catalog.CatalogTexts.Select(text => InputFile.Classify(text, _catalog.CatalogOptions)).ToArray();
        var pageInput = inputs.Single(input => input.Page is not null);
        var page = PipelineSteps.ReadPage(pageInput.Text, pageInput.Page!, CancellationToken.None);
        var enumNames = page.Request.EnumNames;
        var sideFiles = inputs.Where(input => input.PagePath is not null)
            .Select(input => PipelineSteps.ReadSideFile(input, enumNames, CancellationToken.None).File!)
            .ToArray();
        var files = new EquatableArray<SideFile>(sideFiles);
        var claims = new EquatableArray<TypeClaim>(page.Request.Catalogs.Select((config, index) => TypeClaims.Claim(page.Request.Path, index, config)).ToArray());
        var spec = PipelineSteps.Build(page, 0, files, claims, csharp8: true, CancellationToken.None).Spec!;
        return CatalogEmitter.Emit(spec).Length + SideFileConflicts.Find(files).Count;
    }

    [Benchmark]
    public SyntaxNode ParseGeneratedSource() => CSharpSyntaxTree.ParseText(_generated, Consumer.ParseOptions).GetRoot();

    [Benchmark]
    public SyntaxNode ParseResxGeneratedSource() => CSharpSyntaxTree.ParseText(_resxGenerated, Consumer.ParseOptions).GetRoot();
}
