using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Ebet.StatusCodes.Generator.Benchmarks.Infrastructure;

/// <summary>
/// The real EbetStatusCode catalog (spec/) for this generator and the same messages as .resx for the
/// peer, on one consumer compilation, with a full run of a fresh driver for each. Also the page with
/// all three of its catalogs, as the library builds it (the .resx files hold EbetStatusCode only).
/// </summary>
internal sealed class RealCatalog
{
    public RealCatalog()
    {
        var catalog = CatalogInput.Real();
        CatalogTexts = CatalogInput.Texts(catalog);
        CatalogOptions = catalog.Options();
        var allCatalogs = CatalogInput.RealAllCatalogs();
        AllCatalogsTexts = CatalogInput.Texts(allCatalogs);
        AllCatalogsOptions = allCatalogs.Options();
        ResxTexts = ResxInput.Texts();
        ResxOptions = ResxInput.Options();
    }

    public CSharpCompilation Compilation { get; } = Consumer.Compilation(Consumer.Program);

    public ImmutableArray<AdditionalText> CatalogTexts { get; }

    public AnalyzerConfigOptionsProvider CatalogOptions { get; }

    public ImmutableArray<AdditionalText> AllCatalogsTexts { get; }

    public AnalyzerConfigOptionsProvider AllCatalogsOptions { get; }

    public ImmutableArray<AdditionalText> ResxTexts { get; }

    public AnalyzerConfigOptionsProvider ResxOptions { get; }

    public GeneratorDriver RunStatusCodeGenerator()
        => Generators.Driver(Generators.StatusCodes(), CatalogTexts, CatalogOptions).RunGenerators(Compilation);

    public GeneratorDriver RunStatusCodeGeneratorOnAllCatalogs()
        => Generators.Driver(Generators.StatusCodes(), AllCatalogsTexts, AllCatalogsOptions).RunGenerators(Compilation);

    public GeneratorDriver RunResxSourceGenerator()
        => Generators.Driver(Generators.Resx, ResxTexts, ResxOptions).RunGenerators(Compilation);
}
