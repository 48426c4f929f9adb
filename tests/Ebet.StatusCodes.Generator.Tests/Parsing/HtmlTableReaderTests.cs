using System.Linq;
using Ebet.StatusCodes.Generator.Parsing;
using Ebet.StatusCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Parsing;

public class HtmlTableReaderTests
{
    [Fact]
    public void The_vendor_page_of_today_has_three_HTML_tables_under_their_headings()
    {
        var file = PageReading.File(Fixtures.VendorPage(Fixtures.HtmlTables));

        Assert.Empty(file.Diagnostics);
        Assert.Equal(new[] { "eBET响应的状态代码", "建议响应的状态代码", "客户端错误码" }, file.Tables.Select(table => table.Heading));
        Assert.Equal(new[] { 35, 20, 145 }, file.Tables.Select(table => table.Rows.Count));
        Assert.Equal(new[] { "代码", "描述" }, file.Tables[0].Header.Select(cell => cell.Text));
        Assert.Equal(new[] { "4071", "friend_rent_error_occur_when_set_planType" }, PageReading.Rows(file.Tables[2]).Last());
    }

    [Fact]
    public void Cells_point_at_their_element_in_the_file()
    {
        var text = Fixtures.VendorPage(Fixtures.HtmlTables);
        var cell = PageReading.File(text).Tables[0].Rows[0].Cells[0];

        Assert.Equal("-1", cell.Text);
        Assert.Equal("<td align=\"center\">-1</td>", text.Substring(cell.Location.Start, cell.Location.Length));
        Assert.Equal(8, cell.Location.StartLine);
    }

    [Fact]
    public void Entities_line_breaks_and_inline_elements_follow_the_cell_text_rule()
    {
        var table = PageReading.File("<table><tr><th>Code</th><th>Description</th></tr>"
                         + "<tr><td><mark><b>1</b></mark></td><td>A &amp; B&nbsp;&lt;c&gt;<br/>next   <span class=\"x\">line</span> &#x4E2D;</td></tr></table>").Tables.Single();

        Assert.Equal(new[] { "1", "A & B\u00A0<c> next line 中" }, PageReading.Rows(table).Single());
    }

    [Fact]
    public void Cells_and_rows_that_HTML_closes_implicitly_are_read()
    {
        var table = PageReading.File("<table>\n<tr><th>Code<th>Description\n<tr><td>1<td>one\n<tr><td>2<td>two\n</table>").Tables.Single();

        Assert.Equal(new[] { "Code", "Description" }, table.Header.Select(cell => cell.Text));
        Assert.Equal(new[] { new[] { "1", "one" }, new[] { "2", "two" } }, PageReading.Rows(table));
    }

    [Fact]
    public void A_table_split_by_blank_lines_and_comments_is_read_whole()
    {
        var file = PageReading.File("<table>\n<thead><tr><th>Code</th><th>Description</th></tr></thead>\n\n<tbody>\n<!-- a comment <td>9</td> -->\n<tr><td>1</td><td>one</td></tr>\n\n<tr><td>2</td><td>two</td></tr>\n</tbody>\n</table>\n\nAfter.\n");

        Assert.Equal(new[] { new[] { "1", "one" }, new[] { "2", "two" } }, PageReading.Rows(file.Tables.Single()));
    }

    [Fact]
    public void Markdown_tables_and_HTML_tables_mix_in_document_order()
    {
        var file = PageReading.File("# A\n\n| Code | Description |\n| - | - |\n| 1 | one |\n\n# B\n\n<table><tr><th>Code</th><th>Description</th></tr><tr><td>2</td><td>two</td></tr></table>\n");

        Assert.Equal(new[] { "A", "B" }, file.Tables.Select(table => table.Heading));
    }

    [Fact]
    public void An_unclosed_table_is_reported_where_it_starts()
    {
        var file = PageReading.File("Text\n\n<table><tr><th>Code</th><th>Description</th></tr><tr><td>1</td><td>one</td></tr>\n");

        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal("EBSC036", diagnostic.Id);
        Assert.Equal((2, 0), (diagnostic.Location!.Value.StartLine, diagnostic.Location.Value.StartColumn));
        Assert.Equal("<table>".Length, diagnostic.Location.Value.Length);
        Assert.Contains("no closing </table>", diagnostic.Arguments[0], System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("colspan=\"2\"")]
    [InlineData("rowspan='3'")]
    [InlineData("ROWSPAN=2")]
    public void Spanning_cells_are_reported(string attribute)
    {
        var file = PageReading.File("<table><tr><th>Code</th><th>Description</th></tr><tr><td " + attribute + ">1</td></tr></table>\n");

        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal("EBSC036", diagnostic.Id);
        Assert.Contains("colspan and rowspan are not supported", diagnostic.Arguments[0], System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_span_of_one_is_not_a_span()
    {
        Assert.Empty(PageReading.File("<table><tr><th colspan=\"1\">Code</th><th>Description</th></tr></table>\n").Diagnostics);
    }

    [Fact]
    public void A_nested_table_is_reported_and_the_outer_table_skipped()
    {
        var file = PageReading.File("<table><tr><th>Code</th><th>Description</th></tr><tr><td>1</td><td><table><tr><td>x</td></tr></table></td></tr></table>\n\n| Code | Description |\n| - | - |\n| 2 | two |\n");

        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal("EBSC036", diagnostic.Id);
        Assert.Contains("a table inside a table cell", diagnostic.Arguments[0], System.StringComparison.Ordinal);
        Assert.Equal(new[] { new[] { "2", "two" } }, PageReading.Rows(file.Tables.Single()));
    }

    [Fact]
    public void HTML_that_is_not_a_table_is_left_alone()
    {
        var file = PageReading.File("<div>\n<p>No table here.</p>\n</div>\n\n<details><summary>x</summary>y</details>\n");

        Assert.Empty(file.Tables);
        Assert.Empty(file.Diagnostics);
    }
}
