using System.Linq;
using Ebet.StatusCodes.Generator.Parsing;
using Ebet.StatusCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Parsing;

/// <summary>
/// A cell or heading holding more markdown than is read in linear time (or nested beyond Markdig's
/// depth limit) cannot be read as GitHub shows it: the file is not generated, and the failure
/// points at the cell, not at line 1.
/// </summary>
public class UnreadableMarkdownTests
{
    private static readonly string s_nested = string.Concat(Enumerable.Repeat("*a _b ", 1_000)).TrimEnd();

    [Fact]
    public void A_cell_Markdig_refuses_is_reported_at_the_cell()
    {
        var text = "# Codes\n\n| Code | Description |\n| - | - |\n| 1 | one |\n| 2 | " + s_nested + " |\n";
        var page = PageReading.Read(text);

        Assert.Empty(page.Tables);
        var diagnostic = Assert.Single(page.Diagnostics);
        Assert.Equal("EBSC045", diagnostic.Id);
        Assert.Equal(s_nested, text.Substring(diagnostic.Location!.Value.Start, diagnostic.Location.Value.Length));
        Assert.Equal(5, diagnostic.Location.Value.StartLine);
    }

    [Fact]
    public void A_heading_longer_than_Markdig_reads_in_linear_time_labels_its_table_as_written()
    {
        var text = "## " + s_nested + "\n\n| Code | Description |\n| - | - |\n| 1 | one |\n";
        var page = PageReading.Read(text);

        Assert.Empty(PageReading.DiagnosticIds(page));
        Assert.Equal(s_nested, Assert.Single(page.Tables).Heading);
    }

    [Fact]
    public void A_side_file_cell_Markdig_refuses_is_reported_at_the_cell()
    {
        var text = "| Code | Message |\n| - | - |\n| 1 | " + s_nested + " |\n";
        var diagnostics = new Generator.Diagnostics.DiagnosticBag();
        var content = SideFileReader.ReadCulture("/spec/codes.en.md", text, diagnostics, default);

        Assert.Empty(content.Tables);
        var diagnostic = Assert.Single(diagnostics.Items);
        Assert.Equal(("EBSC045", 2, "/spec/codes.en.md"), (diagnostic.Id, diagnostic.Location!.Value.StartLine, diagnostic.Location.Value.Path));
    }

    [Fact]
    public void The_generator_reports_a_side_file_cell_it_cannot_read_at_the_cell()
    {
        var run = GeneratorHarness.Run(new GeneratorInput()
            .Catalog("codes.md", "| Code | Description |\n| - | - |\n| 1 | one |\n", "Codes")
            .File("codes.en.md", "| Code | Message |\n| - | - |\n| 1 | " + s_nested + " |\n"));

        var failure = Assert.Single(run.Diagnostics, diagnostic => diagnostic.Id == "EBSC045");
        Assert.Equal((GeneratorInput.SpecDirectory + "codes.en.md", 2), (failure.Location.GetLineSpan().Path, failure.Location.GetLineSpan().StartLinePosition.Line));
        Assert.Equal("one", CompiledCatalog.Load(run, "Test.Catalogs.Codes").Description(1));
    }
}
