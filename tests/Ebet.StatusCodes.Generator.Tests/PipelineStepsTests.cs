using System.Linq;
using Ebet.StatusCodes.Generator.Binding;
using Ebet.StatusCodes.Generator.Configuration;
using Ebet.StatusCodes.Generator.Model;
using Ebet.StatusCodes.Generator.Tests.Binding;
using Ebet.StatusCodes.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests;

/// <summary>
/// Each step catches its own failure and turns it into EBSC099 on the file, so the compiler never
/// sees an exception (CS8785, and a build without any of the generator's code).
/// </summary>
public class PipelineStepsTests
{
    private const string OnePage = "| Code | Description |\n| - | - |\n| 1 | one |\n";

    [Fact]
    public void A_side_file_of_a_page_that_is_not_a_catalog_is_never_read()
    {
        var file = new InputFile(new ThrowingAdditionalText("/p/other.en.md"), null, "/p/other.md", "en", ByConvention: false);

        var ofNoCatalog = PipelineSteps.ReadSideFile(file, EquatableArray<string>.Empty, default);
        var ofACatalog = PipelineSteps.ReadSideFile(file, new EquatableArray<string>(new[] { "Codes" }), default);

        Assert.Equal((null, 0), (ofNoCatalog.File, ofNoCatalog.Diagnostics.Count));
        Assert.Equal("EBSC099", Assert.Single(ofACatalog.Diagnostics).Id);
    }

    [Fact]
    public void A_failure_while_binding_becomes_EBSC099_on_the_page()
    {
        var page = BindingInputs.Page(OnePage);

        // No catalog has index 5: the builder indexes past the page's list and throws.
        var result = PipelineSteps.Build(page, 5, EquatableArray<SideFile>.Empty, EquatableArray<TypeClaim>.Empty, csharp8: true, default);

        Assert.Null(result.Spec);
        var failure = Assert.Single(result.Diagnostics);
        Assert.Equal(("EBSC099", BindingInputs.PagePath), (failure.Id, failure.Location!.Value.Path));
    }

    [Fact]
    public void A_failure_while_adding_the_source_becomes_EBSC099_on_the_page_not_CS8785()
    {
        var page = BindingInputs.Page(OnePage);
        var claims = new EquatableArray<TypeClaim>(new[] { TypeClaims.Claim(page.Request.Path, 0, page.Request.Catalogs[0]) });
        var spec = PipelineSteps.Build(page, 0, EquatableArray<SideFile>.Empty, claims, csharp8: true, default).Spec!;
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new EmitTwice(spec));

        driver = driver.RunGenerators(CSharpCompilation.Create("Consumer", references: ReferenceAssemblies.Net100));

        var result = driver.GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        Assert.Single(result.GeneratedSources);
        var failure = Assert.Single(result.Diagnostics);
        Assert.Equal(("EBSC099", BindingInputs.PagePath), (failure.Id, failure.Location.GetLineSpan().Path));
        Assert.Contains(": ArgumentException: ", failure.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    /// <summary>Adds one catalog's source twice: the second <c>AddSource</c> throws for its hint name.</summary>
    private sealed class EmitTwice : IIncrementalGenerator
    {
        private readonly CatalogSpec _spec;

        public EmitTwice(CatalogSpec spec) => _spec = spec;

        public void Initialize(IncrementalGeneratorInitializationContext context)
            => context.RegisterSourceOutput(context.CompilationProvider, (output, _) =>
            {
                PipelineSteps.Emit(output, _spec);
                PipelineSteps.Emit(output, _spec);
            });
    }
}
