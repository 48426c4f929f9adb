using System.Linq;
using Ebet.StatusCodes.Generator.Model;
using Xunit;
using static Ebet.StatusCodes.Generator.Tests.Binding.BindingInputs;

namespace Ebet.StatusCodes.Generator.Tests.Binding;

/// <summary>Which catalog each table of a side file serves: what GitHub shows under a heading is what the enum gets.</summary>
public class SideTableAssignerTests
{
    private const string Rows = "| Code | Message |\n| - | - |\n| 1 | One. |\n";

    [Theory]
    [InlineData("# Messages\n\n")]
    [InlineData("# 繁體中文\n\n")]
    [InlineData("## Members\n\n")]
    [InlineData("## Codes\n\n")]
    [InlineData("")]
    public void A_single_catalog_reads_the_file_s_only_table_whatever_its_heading(string heading)
    {
        var result = Culture("en", heading + Rows);

        Assert.Empty(result.Diagnostics);
        var section = Assert.Single(((CultureFile)result.File!).Sections);
        Assert.Equal(("Codes", 1, "One."), (section.Catalog, section.Rows.Single().Code, section.Rows.Single().Message));
    }

    [Fact]
    public void A_single_catalog_reads_every_table_when_none_names_it()
    {
        var result = Overlay("## Success\n\n| Code | Member |\n| - | - |\n| 1 | Ok |\n\n## Errors\n\n| Code | Member |\n| - | - |\n| 2 | Bad |\n");

        Assert.Empty(result.Diagnostics);
        var section = Assert.Single(((OverlayFile)result.File!).Sections);
        Assert.Equal(new[] { "Ok", "Bad" }, section.Rows.Select(row => row.Member));
    }

    [Fact]
    public void When_a_table_names_the_catalog_the_others_are_reported_not_read()
    {
        var result = Culture("en", "## Codes\n\n" + Rows + "\n## Old codes\n\n| Code | Message |\n| - | - |\n| 9 | Nine. |\n");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("EBSC043", 8), (diagnostic.Id, diagnostic.Location!.Value.StartLine));
        Assert.Contains("'Old codes'", Message(diagnostic), System.StringComparison.Ordinal);
        Assert.Equal(new[] { 1 }, ((CultureFile)result.File!).Sections.Single().Rows.Select(row => row.Code));
    }

    [Fact]
    public void With_several_catalogs_a_table_under_no_enum_name_is_reported_at_the_table()
    {
        var result = Culture("en", "## Codes\n\n" + Rows + "\n## Messages\n\n| Code | Message |\n| - | - |\n| 2 | Two. |\n\n## MoreCodes\n\n| Code | Message |\n| - | - |\n| 3 | Three. |\n", "Codes, MoreCodes");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("EBSC043", diagnostic.Id);
        Assert.Contains("(Codes, MoreCodes)", Message(diagnostic), System.StringComparison.Ordinal);
        Assert.Equal(
            new[] { ("Codes", 1), ("MoreCodes", 3) },
            ((CultureFile)result.File!).Sections.Select(section => (section.Catalog, section.Rows.Single().Code)));
    }

    [Fact]
    public void Headings_name_catalogs_ignoring_case_and_surrounding_space()
    {
        var result = Culture("en", "## codes \n\n" + Rows, "Codes, MoreCodes");

        Assert.Empty(result.Diagnostics);
        Assert.Equal("Codes", ((CultureFile)result.File!).Sections.Single().Catalog);
    }

    [Fact]
    public void Two_tables_for_one_catalog_are_read_as_one_and_a_code_in_both_is_reported()
    {
        var result = Culture("en", "## Codes\n\n" + Rows + "\n## Codes\n\n| Code | Message |\n| - | - |\n| 2 | Two. |\n| 1 | Again. |\n");

        var duplicate = Assert.Single(result.Diagnostics);
        Assert.Equal(("EBSC006", 11), (duplicate.Id, duplicate.Location!.Value.StartLine));
        Assert.Equal("5", duplicate.Arguments[1]);
        Assert.Equal(new[] { (1, "One."), (2, "Two.") }, ((CultureFile)result.File!).Sections.Single().Rows.Select(row => (row.Code, row.Message)));
    }
}
