using System.Linq;
using Ebet.StatusCodes.Generator.Model;
using Ebet.StatusCodes.Generator.Parsing;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Parsing;

/// <summary>HTML tables cut short, nested without end, with entities that are not entities, and cells outside rows.</summary>
public class HtmlTableEdgeTests
{
    private static string SourceOf(string text, FileLocation location) => text.Substring(location.Start, location.Length);

    [Theory]
    [InlineData("<table><tr><td>1</td><td><table><tr><td>x</td></tr></table></td></tr>\n")]
    [InlineData("<table><tr><td>1</td><td><table><tr><td>x</td></tr>\n")]
    [InlineData("<table><tr><td>1</td><td><table><tr><td>x")]
    [InlineData("<table><tr><td>1</td><td><table><table></table>")]
    public void A_nested_table_whose_outer_table_never_ends_is_reported_and_reading_stops(string html)
    {
        var file = PageReading.File(html + "\n| Code | Description |\n| - | - |\n| 2 | two |\n");

        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal("EBSC036", diagnostic.Id);
        Assert.Equal(html.IndexOf("<table>", 7, System.StringComparison.Ordinal), diagnostic.Location!.Value.Start);
        Assert.Empty(file.Tables);
    }

    [Fact]
    public void After_a_nested_table_the_outer_one_is_skipped_to_its_own_end_and_reading_goes_on()
    {
        var file = PageReading.File("<table><tr><td><table><tr><td>x<br>y<br>z<br>w</td></tr></table></td></tr><tr><td>3</td></tr></table>\n\n<table><tr><th>Code</th><th>Description</th></tr><tr><td>2</td><td>two</td></tr></table>\n");

        Assert.Equal("EBSC036", Assert.Single(file.Diagnostics).Id);
        Assert.Equal(new[] { new[] { "2", "two" } }, PageReading.Rows(file.Tables.Single()));
    }

    [Theory]
    [InlineData("a &amp b", "a & b")] // a browser decodes HTML's legacy names without their semicolon
    [InlineData("&notit; &ampx &COPY", "\u00ACit; &x \u00A9")]
    [InlineData("&#65 &#x42; &#x80; &#150; &#0; &#xD800; &#x110000;", "A B \u20AC \u2013 \uFFFD \uFFFD \uFFFD")]
    [InlineData("&# &#x; &;", "&# &#x; &;")]
    [InlineData("a &bogus; b", "a &bogus; b")]
    [InlineData("a & b;", "a & b;")]
    [InlineData("&#x41;&#66;&lt;", "AB<")]
    [InlineData("x &amp;&amp; y", "x && y")]
    [InlineData("far &abcdefghijklmnopqrstuvwxyzabcdefgh; away", "far &abcdefghijklmnopqrstuvwxyzabcdefgh; away")]
    [InlineData("&amp;", "&")]
    [InlineData("&CounterClockwiseContourIntegral;", "\u2233")] // the longest entity name: 31 letters
    [InlineData("a &\\*; b", "a &\\*; b")] // no backslash escapes in HTML: not an entity
    public void Only_real_entities_are_decoded(string cell, string text)
    {
        var table = PageReading.File("<table><tr><th>Code</th><th>Description</th></tr><tr><td>1</td><td>" + cell + "</td></tr></table>\n").Tables.Single();

        Assert.Equal(text, table.Rows.Single().Cells[1].Text);
    }

    [Fact]
    public void Cells_straight_inside_the_table_make_a_row_of_their_own()
    {
        var table = PageReading.File("<table><th>Code</th><th>Description</th><tbody><td>1</td><td>one</td></tbody></table>\n").Tables.Single();

        Assert.Equal(new[] { "Code", "Description" }, table.Header.Select(cell => cell.Text));
        Assert.Equal(new[] { new[] { "1", "one" } }, PageReading.Rows(table));
    }

    [Fact]
    public void A_table_without_rows_is_no_table()
    {
        var file = PageReading.File("<table></table>\n\n<table><caption>x</caption></table>\n");

        Assert.Empty(file.Tables);
        Assert.Empty(file.Diagnostics);
    }

    [Theory]
    [InlineData("rowspan=\"0\"", false)]
    [InlineData("colspan=\"001\"", false)]
    [InlineData("colspan='2'", true)]
    [InlineData("rowspan = 3", true)]
    [InlineData("colspan=\"10\"", true)]
    [InlineData("data-colspan-note=\"x\"", false)]
    public void Only_spans_of_more_than_one_are_reported(string attribute, bool reported)
    {
        var file = PageReading.File("<table><tr><th>Code</th><th>Description</th></tr><tr><td " + attribute + ">1</td><td>one</td></tr></table>\n");

        Assert.Equal(reported, file.Diagnostics.Any(diagnostic => diagnostic.Id == "EBSC036"));
    }

    [Fact]
    public void Cells_and_rows_end_at_their_closing_tags()
    {
        var text = "<table><tr><th>Code</th> <th>Description</th> </tr>\n<tr><td>1</td> <td>one</td> </tr>\n</table>\n";
        var table = PageReading.File(text).Tables.Single();
        string Source(FileLocation location) => SourceOf(text, location);

        Assert.Equal("<tr><th>Code</th> <th>Description</th> </tr>", Source(table.Location));
        Assert.Equal(new[] { "<th>Code</th>", "<th>Description</th>" }, table.Header.Select(cell => Source(cell.Location)));
        Assert.Equal("<tr><td>1</td> <td>one</td> </tr>", Source(table.Rows.Single().Location));
        Assert.Equal(new[] { "<td>1</td>", "<td>one</td>" }, table.Rows.Single().Cells.Select(cell => Source(cell.Location)));
    }

    [Fact]
    public void Rows_left_open_end_where_their_section_ends()
    {
        // No </tr>: the </thead>, </tbody> and </tfoot> close the rows.
        var text = "<table><thead><tr><th>Code</th><th>Description</th> </thead><tbody><tr><td>1</td><td>one</td> </tbody>"
                   + "<tfoot><tr><td>2</td><td>two</td> </tfoot></table>\n";
        var table = PageReading.File(text).Tables.Single();

        Assert.Equal("<tr><th>Code</th><th>Description</th> ", SourceOf(text, table.Location));
        Assert.Equal(new[] { "<tr><td>1</td><td>one</td> ", "<tr><td>2</td><td>two</td> " }, table.Rows.Select(row => SourceOf(text, row.Location)));
    }

    [Theory]
    [InlineData("<table><tr><td>1</td><td")]
    [InlineData("<table><tr><td>1</td><td class=\"x")]
    [InlineData("<table><tr><td>1</td><!--")]
    public void A_tag_cut_off_by_the_end_of_the_file_is_reported_as_an_unclosed_table(string html)
    {
        var diagnostic = Assert.Single(PageReading.File(html).Diagnostics);

        Assert.Equal("EBSC036", diagnostic.Id);
        Assert.Contains("no closing </table>", diagnostic.Arguments[0], System.StringComparison.Ordinal);
    }
}
