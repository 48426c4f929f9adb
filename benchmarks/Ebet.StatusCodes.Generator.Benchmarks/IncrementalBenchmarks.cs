using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Ebet.StatusCodes.Generator.Benchmarks.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Ebet.StatusCodes.Generator.Benchmarks;

/// <summary>
/// What a keystroke costs in the IDE: a driver that has run once runs again after an edit of an
/// unrelated C# file, or of one culture file, against a full run of a fresh driver (each generator's
/// baseline). Every invocation starts from the same warm driver, so each measures one re-run.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class IncrementalBenchmarks
{
    private const string StatusCodes = "StatusCodeGenerator";
    private const string Resx = "ResxSourceGenerator";

    private RealCatalog _catalog = null!;
    private CSharpCompilation _editedCompilation = null!;

    private GeneratorDriver _catalogDriver = null!;
    private AdditionalText _zhHantFile = null!;
    private AdditionalText _zhHantFileEdited = null!;

    private GeneratorDriver _resxDriver = null!;
    private AdditionalText _zhHantResx = null!;
    private AdditionalText _zhHantResxEdited = null!;

    [GlobalSetup]
    public void Setup()
    {
        _catalog = new RealCatalog();
        _editedCompilation = Consumer.WithEditedProgram(_catalog.Compilation);

        _catalogDriver = _catalog.RunStatusCodeGenerator();
        (_zhHantFile, _zhHantFileEdited) = Edits.ZhHantMarkdown(_catalog.CatalogTexts);

        _resxDriver = _catalog.RunResxSourceGenerator();
        (_zhHantResx, _zhHantResxEdited) = Edits.ZhHantResx(_catalog.ResxTexts);
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(StatusCodes)]
    public GeneratorDriver StatusCodesFullRun() => _catalog.RunStatusCodeGenerator();

    [Benchmark]
    [BenchmarkCategory(StatusCodes)]
    public GeneratorDriver StatusCodesAfterCSharpEdit() => _catalogDriver.RunGenerators(_editedCompilation);

    [Benchmark]
    [BenchmarkCategory(StatusCodes)]
    public GeneratorDriver StatusCodesAfterCultureFileEdit()
        => _catalogDriver.ReplaceAdditionalText(_zhHantFile, _zhHantFileEdited).RunGenerators(_catalog.Compilation);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(Resx)]
    public GeneratorDriver ResxFullRun() => _catalog.RunResxSourceGenerator();

    [Benchmark]
    [BenchmarkCategory(Resx)]
    public GeneratorDriver ResxAfterCSharpEdit() => _resxDriver.RunGenerators(_editedCompilation);

    [Benchmark]
    [BenchmarkCategory(Resx)]
    public GeneratorDriver ResxAfterCultureFileEdit()
        => _resxDriver.ReplaceAdditionalText(_zhHantResx, _zhHantResxEdited).RunGenerators(_catalog.Compilation);
}
