using System.Linq;
using Ebet.StatusCodes.Generator.Parsing;
using Markdig;
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

    [Fact]
    public void A_cell_in_a_list_item_indented_by_a_tab_points_at_its_element()
    {
        // Markdig copies a line whose tab crosses the item's indent: the content is found again in the file.
        var text = "- x\n\n\t<table>\n\t<tr><th>Code</th><th>Description</th></tr>\n\t<tr><td>1</td><td>one</td></tr>\n\t</table>\n";
        var cell = Assert.Single(PageReading.File(text).Tables).Rows.Single().Cells[1];

        Assert.Equal("<td>one</td>", text.Substring(cell.Location.Start, cell.Location.Length));
    }

    // ---- The text and its map back to the file ----

    private const string Quoted = "Intro <b>x</b>.\n\n> <div>\n> a\n> </div>\n";

    private static HtmlSource Source(string markdown) => HtmlSource.Create(markdown, Markdown.Parse(markdown, s_pipeline));

    // As MarkdownFile parses: paragraphs keep their lines because their inlines are not parsed.
    private static readonly MarkdownPipeline s_pipeline = CreatePipeline();

    private static MarkdownPipeline CreatePipeline()
    {
        var builder = new MarkdownPipelineBuilder().UsePreciseSourceLocation();
        builder.BlockParsers.Find<Markdig.Parsers.ParagraphBlockParser>()!.Closed += static (_, block) => ((Markdig.Syntax.LeafBlock)block).ProcessInlines = false;
        return builder.Build();
    }

    [Fact]
    public void The_text_is_the_lines_of_paragraphs_and_HTML_blocks_without_container_markers()
    {
        Assert.Equal("Intro <b>x</b>.\n<div>\na\n</div>\n", Source(Quoted).Text);
    }

    [Fact]
    public void Offsets_in_the_text_map_to_the_file_line_by_line()
    {
        var source = Source(Quoted);
        var text = source.Text;

        Assert.Equal(0, source.ToFile(0));
        Assert.Equal(Quoted.IndexOf("<div>", System.StringComparison.Ordinal), source.ToFile(text.IndexOf("<div>", System.StringComparison.Ordinal)));
        Assert.Equal(Quoted.IndexOf("a\n> </div>", System.StringComparison.Ordinal), source.ToFile(text.IndexOf("a\n", System.StringComparison.Ordinal)));
        Assert.Equal(Quoted.IndexOf("div>\n>", System.StringComparison.Ordinal), source.ToFile(text.IndexOf("div>\na", System.StringComparison.Ordinal)));
        Assert.Equal(Quoted.Length, source.ToFile(text.Length));
        Assert.Equal(Quoted.Length, source.ToFile(text.Length + 5));
    }

    [Fact]
    public void File_offsets_map_into_the_text_and_past_a_line_s_end_to_the_next_line_kept()
    {
        var source = Source(Quoted);
        var text = source.Text;
        var div = Quoted.IndexOf("<div>", System.StringComparison.Ordinal);

        Assert.Equal(text.IndexOf("<div>", System.StringComparison.Ordinal), source.FromFile(div));
        Assert.Equal(text.IndexOf("</div>", System.StringComparison.Ordinal), source.FromFile(Quoted.IndexOf("</div>", System.StringComparison.Ordinal)));

        // The "> " before "a" is in no line kept: past the end of "<div>", an offset maps to where "a" starts.
        Assert.Equal(text.IndexOf("a\n", System.StringComparison.Ordinal), source.FromFile(div + "<div>\n>".Length));
        Assert.Equal(text.Length - 1, source.FromFile(Quoted.Length - 1));
    }

    [Fact]
    public void A_file_offset_before_the_first_line_kept_maps_to_the_start()
    {
        var markdown = "# Heading\n\n<div>\nx\n</div>\n";
        var source = Source(markdown);

        Assert.Equal(0, source.FromFile(0));
        Assert.Equal(0, source.FromFile(markdown.IndexOf("<div>", System.StringComparison.Ordinal) - 1));
    }

    [Fact]
    public void A_page_without_paragraphs_or_HTML_has_an_empty_text_that_maps_to_the_file_s_end()
    {
        var markdown = "# Heading\n\n    code\n";
        var source = Source(markdown);

        Assert.Equal(string.Empty, source.Text);
        Assert.Equal(0, source.FromFile(3));
        Assert.Equal(markdown.Length, source.ToFile(0));
    }
}
