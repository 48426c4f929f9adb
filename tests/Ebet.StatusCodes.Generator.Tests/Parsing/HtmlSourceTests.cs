using System.Linq;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Parsing;

/// <summary>HTML tables in block quotes and list items read without the prefixes Markdig strips, and point into the file.</summary>
public class HtmlSourceTests
{
    [Theory]
    [InlineData("> <table>\n> <tr><th>Code</th><th>Description</th></tr>\n> <tr><td>1</td><td>first\n> second</td></tr>\n> </table>\n")]
    [InlineData(">> <table>\n>> <tr><th>Code</th><th>Description</th></tr>\n> > <tr><td>1</td><td>first\n>>second</td></tr>\n>> </table>\n")]
    [InlineData("- <table>\n  <tr><th>Code</th><th>Description</th></tr>\n  <tr><td>1</td><td>first\n  second</td></tr>\n  </table>\n")]
    [InlineData("1. > <table>\n   > <tr><th>Code</th><th>Description</th></tr>\n   > <tr><td>1</td><td>first\n   > second</td></tr>\n   > </table>\n")]
    [InlineData("> <table>\n> <tr><th>Code</th><th>Description</th></tr>\n>\n> <tr><td>1</td><td>first\n>\n> second</td></tr>\n> </table>\n")]
    [InlineData("- x\n\n\t<table>\n\t<tr><th>Code</th><th>Description</th></tr>\n\t<tr><td>1</td><td>first\n\tsecond</td></tr>\n\t</table>\n")]
    public void A_cell_that_spans_lines_in_a_container_has_no_marker_in_its_text(string markdown)
    {
        var file = PageReading.File(markdown);

        Assert.Empty(file.Diagnostics);
        Assert.Equal(new[] { new[] { "1", "first second" } }, PageReading.Rows(Assert.Single(file.Tables)));
    }

    [Fact]
    public void A_tag_split_over_quoted_lines_is_read_without_the_markers()
    {
        var file = PageReading.File("> <table>\n> <tr><th\n> class=\"x\">Code</th><th>Description</th></tr>\n> <tr><td>1</td><td>one</td></tr>\n> </table>\n");

        Assert.Equal(new[] { "Code", "Description" }, Assert.Single(file.Tables).Header.Select(cell => cell.Text));
    }

    [Fact]
    public void Cells_in_a_quote_point_at_their_element_in_the_file()
    {
        var text = "Intro.\n\n> <table>\n> <tr><th>Code</th><th>Description</th></tr>\n> <tr><td>1</td><td>first\n> second</td></tr>\n> </table>\n";
        var table = Assert.Single(PageReading.File(text).Tables);

        var cell = table.Rows.Single().Cells[1];
        Assert.Equal((4, 16), (cell.Location.StartLine, cell.Location.StartColumn));
        Assert.Equal("<td>first\n> second</td>", text.Substring(cell.Location.Start, cell.Location.Length));
    }
}
