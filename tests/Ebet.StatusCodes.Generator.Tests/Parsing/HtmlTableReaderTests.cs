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

    [Theory]
    [InlineData("<p>Token expired.</p><p>Log in again.</p>", "Token expired. Log in again.")]
    [InlineData("Balance too low<ul><li>deposit</li><li>retry</li></ul>", "Balance too low deposit retry")]
    [InlineData("a<div>b</div>c", "a b c")]
    [InlineData("a<DL><DT>b<DD>c</DL>", "a b c")]
    [InlineData("a<h3>b</h3>c<hr>d", "a b c d")]
    [InlineData("a<blockquote>b</blockquote><pre>c</pre>", "a b c")]
    [InlineData("a</p>b", "a b")]
    [InlineData("a<b>b</b><span>c</span>", "abc")]
    [InlineData("a<section>b</section><center>c</center>", "abc")]
    public void A_block_element_in_a_cell_starts_a_new_line_which_the_cell_text_rule_reads_as_a_space(string cell, string text)
    {
        var table = PageReading.File("<table><tr><th>Code</th><th>Description</th></tr><tr><td>1</td><td>" + cell + "</td></tr></table>\n").Tables.Single();

        Assert.Equal(new[] { "1", text }, PageReading.Rows(table).Single());
    }

    [Theory]
    [InlineData("<td>1</td><td>Use <textarea>token</textarea> field</td>", "1", "Use <textarea>token</textarea> field")]
    [InlineData("<td>1</td><td>Bad tag <script>x</script> here</td>", "1", "Bad tag <script>x</script> here")]
    [InlineData("<td>1</td><td>a <STYLE>b</STYLE> c</td>", "1", "a <STYLE>b</STYLE> c")]
    [InlineData("<td>1</td><td>a<plaintext>b</td>", "1", "a<plaintext>b")]
    [InlineData("<td><textarea>3</textarea></td><td>Three</td>", "<textarea>3</textarea>", "Three")]
    [InlineData("<td>1</td><td>one<script>document.write('</td><td>x')</script></td>", "1", "one<script>document.write('")]
    public void A_tag_GitHub_filters_is_cell_text_and_the_tags_after_it_are_read(string cells, string code, string description)
    {
        var table = PageReading.File("<table><tr><th>Code</th><th>Description</th></tr><tr>" + cells + "</tr></table>\n").Tables.Single();

        var row = PageReading.Rows(table).Single();
        Assert.Equal(code, row[0]);
        Assert.Equal(description, row[1]);
    }

    [Theory]
    [InlineData("<table><tr><th>Code</th><th>Description</th></tr><tr><td>2</td><td>Two</td></tr><tr><td>1<div>0</div></td><td>Ten?</td></tr></table>\n")]
    [InlineData("<table><tr><th>Code</th><th>Description</th></tr><tr><td>2</td><td>Two</td></tr><tr><td><p>2</p><p>0</p></td><td>Twenty?</td></tr></table>\n")]
    [InlineData("<table><tr><th>Code</th><th>Description</th></tr><tr><td>2</td><td>Two</td></tr><tr><td><textarea>3</textarea></td><td>Three</td></tr></table>\n")]
    [InlineData("| Code | Description |\n| - | - |\n| 2 | Two |\n| 1<div>0</div> | Ten? |\n")]
    [InlineData("| Code | Description |\n| - | - |\n| 2 | Two |\n| <textarea>3</textarea> | Three |\n")]
    public void A_code_GitHub_shows_as_two_lines_or_with_a_filtered_tag_is_not_a_number(string page)
    {
        var run = GeneratorHarness.Run(new GeneratorInput().Catalog("codes.md", page, "Codes"));

        var diagnostic = Assert.Single(run.Diagnostics, candidate => candidate.Id == "EBSC004");
        var lastLine = page.TrimEnd('\n').Split('\n').Length - 1;
        Assert.Equal(lastLine, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
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
