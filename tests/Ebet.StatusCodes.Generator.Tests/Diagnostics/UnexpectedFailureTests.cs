using System;
using System.Linq;
using Ebet.StatusCodes.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Diagnostics;

/// <summary>
/// A side file that cannot be read at all is reported on that file (EBSC099, once, with the first
/// catalog of its page), and the catalog is generated without it; an HTML table broken in a side
/// file is reported the same way.
/// </summary>
public class UnexpectedFailureTests
{
    private const string TwoTables = "# A\n\n| Code | Description |\n| - | - |\n| 1 | one |\n\n# B\n\n| Code | Description |\n| - | - |\n| 2 | two |\n";

    [Theory]
    [InlineData("Codes")]
    [InlineData("A, B")]
    public void A_side_file_that_cannot_be_read_is_reported_once_on_it_and_the_catalogs_still_generate(string enums)
    {
        var input = new GeneratorInput().Catalog("codes.md", TwoTables, enums);
        var overlay = GeneratorInput.SpecDirectory + "codes.overlay.md";
        var texts = input.AdditionalTexts().Append(new ThrowingAdditionalText(overlay));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new StatusCodeGenerator().AsSourceGenerator() }, texts, new CSharpParseOptions(), input.Options());

        driver = driver.RunGeneratorsAndUpdateCompilation(CSharpCompilation.Create("Consumer", references: ReferenceAssemblies.Net100), out _, out var driverDiagnostics);

        Assert.DoesNotContain(driverDiagnostics, diagnostic => diagnostic.Id.StartsWith("CS", StringComparison.Ordinal));
        var result = driver.GetRunResult().Results.Single();
        var failure = Assert.Single(result.Diagnostics, diagnostic => diagnostic.Id == "EBSC099");
        Assert.Equal(overlay, failure.Location.GetLineSpan().Path);
        Assert.Contains("codes.overlay.md", failure.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(enums.Split(',').Length, result.GeneratedSources.Length);
    }

    [Fact]
    public void A_broken_HTML_table_in_a_side_file_is_reported_with_the_catalog()
    {
        var run = GeneratorHarness.Run(new GeneratorInput()
            .Catalog("codes.md", "| Code | Description |\n| - | - |\n| 1 | one |\n", "Codes")
            .File("codes.overlay.md", "| Code | Member |\n| - | - |\n| 1 | One |\n\n<table><tr><td>2</td></tr>\n"));

        var broken = Assert.Single(run.DiagnosticsWithId("EBSC036"));
        Assert.Equal(GeneratorInput.SpecDirectory + "codes.overlay.md", broken.Location.GetLineSpan().Path);
        Assert.Equal(new[] { "One" }, CompiledCatalog.Load(run, "Test.Catalogs.Codes").Names);
    }
}
