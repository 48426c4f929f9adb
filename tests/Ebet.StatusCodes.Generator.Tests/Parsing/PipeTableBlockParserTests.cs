using System.Linq;
using Ebet.StatusCodes.Generator.Parsing;
using Ebet.StatusCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Parsing;

/// <summary>
/// Where a pipe table starts and ends, as GitHub (cmark-gfm) decides: a table is not a paragraph,
/// so a line under its last row is a setext underline never, and another block's start always ends it.
/// </summary>
public class PipeTableBlockParserTests
{
    private const string Table = "| Code | Description |\n| --- | --- |\n| 1 | one |\n";

    [Theory]
    [InlineData("---")]
    [InlineData("***")]
    [InlineData("___")]
    [InlineData("- - -")]
    [InlineData(" * * *")]
    [InlineData("-----------------")]
    [InlineData("> 1 | quoted")]
    [InlineData("```")]
    [InlineData("~~~ text")]
    [InlineData("# 2 | heading")]
    [InlineData("- 2 | item")]
    [InlineData("-")]
    [InlineData("2. two | item")]
    [InlineData("1.")]
    [InlineData("<div>")]
    [InlineData("<span class=\"x\">")]
    [InlineData("</mark>")]
    [InlineData("<!-- 2 | comment -->")]
    [InlineData("<script>")]
    [InlineData("    | 2 | indented |")]
    [InlineData("\t| 2 | indented |")]
    [InlineData("[^1]: a footnote")]
    [InlineData("[^1]:")]
    [InlineData("|")]
    public void A_line_that_starts_another_block_ends_the_table_under_its_last_row(string line)
    {
        var file = PageReading.File("# Codes\n\n" + Table + line + "\n| 3 | three |\n");

        var table = Assert.Single(file.Tables);
        Assert.Equal("Codes", table.Heading);
        Assert.Equal(new[] { new[] { "1", "one" } }, PageReading.Rows(table));
    }

    [Theory]
    [InlineData("===", "===")]
    [InlineData("==", "==")]
    [InlineData("--", "--")]
    [InlineData("text", "text")]
    [InlineData("   | 2 | three spaces |", "2")]
    [InlineData("<mark>2</mark> | inline HTML", "2")]
    [InlineData("+2 | plus", "+2")]
    [InlineData("-1 | minus", "-1")]
    [InlineData("| |", "")]
    [InlineData("|  |", "")]
    [InlineData("| 2", "2")]
    [InlineData("|2", "2")]
    public void Any_other_line_is_a_row_as_GitHub_shows_it(string line, string firstCell)
    {
        var table = Assert.Single(PageReading.File(Table + line + "\n| 3 | three |\n").Tables);

        Assert.Equal(new[] { "1", firstCell, "3" }, table.Rows.Select(row => row.Cells[0].Text));
    }

    [Fact]
    public void A_rule_under_the_table_is_no_heading_of_the_next_table()
    {
        var file = PageReading.File("## First\n\n" + Table + "---\n\n| Code | Description |\n| --- | --- |\n| 2 | two |\n");

        Assert.Equal(new[] { "First", "First" }, file.Tables.Select(table => table.Heading));
        Assert.Equal(new[] { "1", "2" }, file.Tables.Select(table => table.Rows.Single().Cells[0].Text));
    }

    [Fact]
    public void A_setext_underline_under_the_header_makes_a_heading_as_before()
    {
        var file = PageReading.File("| Code | Description |\n---\n| 1 | one |\n");

        Assert.Empty(file.Tables);
    }

    [Theory]
    [InlineData("> | Code | Description |\n> | --- | --- |\n> | 1 | one |\n| 3 | lazy |\n")]
    [InlineData("- | Code | Description |\n  | --- | --- |\n  | 1 | one |\n| 3 | lazy |\n")]
    public void A_line_its_container_does_not_continue_ends_the_table(string markdown)
    {
        var table = Assert.Single(PageReading.File(markdown).Tables);

        Assert.Equal(new[] { new[] { "1", "one" } }, PageReading.Rows(table));
    }

    [Theory]
    [InlineData("> | Code | Description |\n| --- | --- |\n| 1 | one |\n")]
    [InlineData("| Code | Description |\n    | --- | --- |\n| 1 | one |\n")]
    [InlineData("| Code | Description | Extra |\n| --- | --- |\n| Code | Description |\n| --- | --- |\n| 1 | one |\n")]
    [InlineData("|\n:--\n| 1 | one |\n")]
    public void Where_GitHub_starts_no_table_there_is_none(string markdown)
    {
        Assert.DoesNotContain(PageReading.File(markdown).Tables, table => table.Header.Count == 2);
    }

    [Fact]
    public void A_one_column_table_takes_the_rows_under_it_as_GitHub_does()
    {
        var table = Assert.Single(PageReading.File("Code\n:--\n| Code | Description |\n| - | - |\n| 1 | one |\n").Tables);

        Assert.Equal(new[] { "Code" }, table.Header.Select(cell => cell.Text));
        Assert.Equal(3, table.Rows.Count);
    }

    [Fact]
    public void Paragraph_lines_above_the_header_stay_a_paragraph_and_the_header_points_at_its_line()
    {
        var text = "Some words\nand more.\n" + Table;
        var table = Assert.Single(PageReading.File(text).Tables);

        Assert.Equal(new[] { "Code", "Description" }, table.Header.Select(cell => cell.Text));
        Assert.Equal(2, table.Location.StartLine);
        Assert.Equal("| Code | Description |", text.Substring(table.Location.Start, table.Location.Length));
    }

    [Theory]
    [InlineData("| 1 | one |\n---\n")]
    [InlineData("| 1 | one |\n===\n")]
    [InlineData("| 1 | one |\n***\n")]
    public void A_page_whose_table_has_a_rule_under_it_generates_its_enum(string rows)
    {
        var page = "# Codes\n\n| Code | Description |\n| --- | --- |\n" + rows;
        var run = GeneratorHarness.Run(new GeneratorInput().Catalog("codes.md", page, "Codes"));

        Assert.DoesNotContain(run.Diagnostics, diagnostic => diagnostic.Id == "EBSC001");
        Assert.Equal("one", CompiledCatalog.Load(run, "Test.Catalogs.Codes").Description(1));
    }

    [Fact]
    public void Under_the_spec_convention_a_page_with_a_rule_under_its_table_is_still_a_catalog()
    {
        var input = new GeneratorInput().Catalog("acme-codes.md", "| Code | Description |\n| --- | --- |\n| 1 | one |\n---\nFooter.\n", string.Empty, null, ("StatusCodeConvention", "true"));

        Assert.Contains(GeneratorHarness.Run(input).GeneratedSources, source => source.HintName.EndsWith(".AcmeCodes.g.cs", System.StringComparison.Ordinal));
    }

    [Fact]
    public void With_two_tables_a_rule_under_the_first_does_not_make_the_second_the_catalog()
    {
        var page = "| Code | Description |\n| --- | --- |\n| 1 | first table |\n---\n\n| Code | Description |\n| --- | --- |\n| 2 | second table |\n";
        var run = GeneratorHarness.Run(new GeneratorInput().Catalog("codes.md", page, "Codes"));

        var catalog = CompiledCatalog.Load(run, "Test.Catalogs.Codes");
        Assert.Equal(new[] { 1 }, catalog.Values);
        Assert.Equal("first table", catalog.Description(1));
    }

    [Fact]
    public void Overlay_and_culture_tables_with_a_rule_under_them_are_read()
    {
        var page = "| Code | Description |\n| --- | --- |\n| 1 | one |\n";
        var run = GeneratorHarness.Run(new GeneratorInput()
            .Catalog("codes.md", page, "Codes")
            .File("codes.overlay.md", "| Code | Member | Class |\n| --- | --- | --- |\n| 1 | One | Success |\n---\n")
            .File("codes.en.md", "| Code | Message |\n| --- | --- |\n| 1 | One. |\n***\n"));

        Assert.Empty(run.Diagnostics);
        var catalog = CompiledCatalog.Load(run, "Test.Catalogs.Codes");
        Assert.Equal("One", catalog.ToStringFast(1));
        Assert.Equal("One.", catalog.MessageIn(1, "en"));
    }

    [Theory]
    [InlineData("[r]: /u\n Code | Description |\n| - | - |\n| 1 | one |\n")]
    [InlineData("[r]: /u\r\n| Code | Description |\r\n| - | - |\r\n| 1 | one |\r\n")]
    [InlineData("Intro\n[r]: /u 'title'\n| Code | Description |\n| - | - |\n| 1 | one |\n")]
    public void A_link_reference_definition_in_the_paragraph_above_the_header_is_read_as_one(string page)
    {
        // The header leaves the paragraph; Markdig then reads the lines left as a link reference
        // definition, and its iterator reads the slot after the last line (a long property run found
        // it: the page failed with EBSC099, IndexOutOfRangeException).
        var file = PageReading.File(page);

        Assert.Empty(file.Diagnostics);
        Assert.Equal(new[] { new[] { "1", "one" } }, PageReading.Rows(Assert.Single(file.Tables)));
        var run = GeneratorHarness.Run(new GeneratorInput().Catalog("codes.md", page, "Codes"));
        Assert.DoesNotContain(run.Diagnostics, diagnostic => diagnostic.Id == "EBSC099");
        Assert.Equal("one", CompiledCatalog.Load(run, "Test.Catalogs.Codes").Description(1));
    }

    [Fact]
    public void A_delimiter_row_whose_last_cell_is_one_dash_without_a_closing_pipe_starts_a_table()
    {
        var table = Assert.Single(PageReading.File("| Code | Description |\n|-|-\n| 1 | one |\n").Tables);

        Assert.Equal(new[] { new[] { "1", "one" } }, PageReading.Rows(table));
    }

    [Fact]
    public void A_header_that_was_the_paragraph_s_only_line_leaves_no_paragraph_behind()
    {
        var document = Markdig.Markdown.Parse(Table, MarkdownFile.Pipeline);

        Assert.IsType<PipeTableBlock>(Assert.Single(document));
    }

    [Fact]
    public void The_paragraph_above_the_header_keeps_its_own_lines_and_only_those()
    {
        var document = Markdig.Markdown.Parse("Some words\nand more.\n" + Table, MarkdownFile.Pipeline);

        Assert.Equal(2, document.Count);
        var paragraph = Assert.IsType<Markdig.Syntax.ParagraphBlock>(document[0]);
        Assert.Equal("Some words\nand more.", paragraph.Lines.ToString());
        Assert.IsType<PipeTableBlock>(document[1]);
    }

    [Fact]
    public void The_table_block_spans_from_its_header_to_the_end_of_its_last_row()
    {
        var text = "Intro\n" + Table + "| 2 | two |\n\nAfter.\n";

        var table = Assert.IsType<PipeTableBlock>(Markdig.Markdown.Parse(text, MarkdownFile.Pipeline)[1]);

        Assert.Equal("| Code | Description |\n| --- | --- |\n| 1 | one |\n| 2 | two |", text.Substring(table.Span.Start, table.Span.Length));
    }

    [Fact]
    public void A_lone_dash_under_a_line_makes_a_setext_heading_not_a_one_column_table()
    {
        var file = PageReading.File("Codes\n-\n\n| Code | Description |\n| - | - |\n| 1 | one |\n");

        var table = Assert.Single(file.Tables);
        Assert.Equal(("Codes", 2), (table.Heading, table.Header.Count));
    }
}
