using System.Linq;
using Ebet.StatusCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Parsing;

/// <summary>
/// What a browser does not render as markup is not read as a table: comments, bogus comments and
/// the text of script, style, textarea and title. What it does render still is.
/// </summary>
public class HtmlTokenizerTests
{
    private const string Table = "<table><tr><th>Code</th><th>Description</th></tr><tr><td>1</td><td>one</td></tr></table>";

    private const string Withdrawn = "<table><tr><th>Code</th><th>Description</th></tr><tr><td>9</td><td>withdrawn</td></tr></table>";

    [Theory]
    [InlineData("<!-- old codes: " + Withdrawn + " -->")]
    [InlineData("<!--\n" + Withdrawn + "\n-->")]
    [InlineData("<!--\n\n" + Withdrawn + "\n\n-->")]
    [InlineData("<div>\n<!--\n\n" + Withdrawn + "\n\n<p>--></p>\n</div>")]
    [InlineData("<div><!-- a -- b --!>\n<!--\n\n" + Withdrawn + "\n\n<p>--!></p></div>")]
    [InlineData("<script>\nvar t = '" + Withdrawn + "';\n</script>")]
    [InlineData("<script type=\"text/template\">\n\n" + Withdrawn + "\n\n</SCRIPT >")]
    [InlineData("<style>\n/* " + Withdrawn + " */\n</style>")]
    [InlineData("<textarea>\n" + Withdrawn + "\n</textarea>")]
    [InlineData("<title>\n\n" + Withdrawn + "\n\n</title>")]
    [InlineData("<noscript>" + Withdrawn + "</noscript>")]
    [InlineData("<?php echo '" + Withdrawn + "'; ?>")]
    [InlineData("<!DOCTYPE " + Withdrawn + ">")]
    [InlineData("<![CDATA[" + Withdrawn + "]]>")]
    public void A_table_a_browser_does_not_render_is_not_read(string hidden)
    {
        var file = PageReading.File(hidden + "\n\n" + Table + "\n");

        var table = Assert.Single(file.Tables);
        Assert.Equal(new[] { new[] { "1", "one" } }, PageReading.Rows(table));
        Assert.Empty(file.Diagnostics);
    }

    [Theory]
    [InlineData("<!-->")]
    [InlineData("<!--->")]
    [InlineData("<!-- closed -->")]
    [InlineData("<script></script>")]
    [InlineData("<pre>")]
    [InlineData("<code>")]
    [InlineData("<?x>")]
    public void A_table_after_what_is_closed_or_in_pre_and_code_is_read(string before)
    {
        var table = Assert.Single(PageReading.File(before + "\n" + Table + "\n").Tables);

        Assert.Equal(new[] { new[] { "1", "one" } }, PageReading.Rows(table));
    }

    [Fact]
    public void A_comment_left_open_hides_the_pipe_tables_and_headings_up_to_its_end_in_raw_HTML()
    {
        // The "-->" of a paragraph is text (CommonMark escapes it): only raw HTML closes the comment.
        var file = PageReading.File("# Codes\n\n<div>\n<!-- withdrawn\n\n# Old\n\n| Code | Description |\n| - | - |\n| 9 | old |\n\n-->\n\n| Code | Description |\n| - | - |\n| 8 | still hidden |\n\n<p>--></p>\n</div>\n\n| Code | Description |\n| - | - |\n| 1 | one |\n");

        var table = Assert.Single(file.Tables);
        Assert.Equal("Codes", table.Heading);
        Assert.Equal("1", table.Rows.Single().Cells[0].Text);
    }

    [Theory]
    [InlineData("<div><!-- never closed\n\n")]
    [InlineData("<div>\n<!--\n\n-->\n\n")]
    [InlineData("<div>\n<script>\n\n")]
    public void An_unclosed_comment_or_script_hides_the_rest_of_the_page(string opening)
    {
        var file = PageReading.File(opening + Table + "\n\n| Code | Description |\n| - | - |\n| 1 | one |\n");

        Assert.Empty(file.Tables);
    }

    [Theory]
    [InlineData("<td>1</td><td>one<!-- </td><td>hidden --></td>", "one")]
    [InlineData("<td>1</td><td>one<!--\n\nnote\n\n--> more</td>", "one more")]
    [InlineData("<td>1</td><td>one<script>document.write('<td>x</td>')</script></td>", "one")]
    [InlineData("<td>1</td><td><textarea>a &amp; <b></textarea></td>", "a & <b>")]
    [InlineData("<td>1</td><td>a <? b > c</td>", "a c")]
    [InlineData("<td>1</td><td>a < b &lt; c</td>", "a < b < c")]
    [InlineData("<td>1</td><td>a </ b> c</td>", "a c")]
    [InlineData("<td>1</td><td>a </> c</td>", "a c")]
    public void Comments_and_hidden_text_inside_a_cell_are_not_its_text(string cells, string text)
    {
        var table = Assert.Single(PageReading.File("<table><tr><th>Code</th><th>Description</th></tr><tr>" + cells + "</tr></table>\n").Tables);

        Assert.Equal(new[] { new[] { "1", text } }, PageReading.Rows(table));
    }

    [Fact]
    public void A_page_whose_only_status_table_is_commented_out_generates_nothing_from_it()
    {
        var page = "<!-- old codes:\n" + Withdrawn + "\n-->\n\n" + Table + "\n";
        var run = GeneratorHarness.Run(new GeneratorInput().Catalog("codes.md", page, "Codes"));

        var catalog = CompiledCatalog.Load(run, "Test.Catalogs.Codes");
        Assert.Equal(new[] { 1 }, catalog.Values);
        Assert.DoesNotContain(run.Diagnostics, diagnostic => diagnostic.Id == "EBSC033");
    }
}
