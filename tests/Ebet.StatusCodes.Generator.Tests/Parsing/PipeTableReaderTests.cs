using System.Linq;
using Ebet.StatusCodes.Generator.Parsing;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Parsing;

public class PipeTableReaderTests
{
    private static MarkdownTable Single(string markdown)
        => Assert.Single(MarkdownFile.Read("/p.md", markdown, default).Tables);

    private static string[][] Cells(MarkdownTable table)
        => table.Rows.Select(row => row.Cells.Select(cell => cell.Text).ToArray()).ToArray();

    [Theory]
    [InlineData("| a | b |\n| --- | --- |\n| 1 | 2 |")]
    [InlineData("a | b\n--- | ---\n1 | 2")]
    [InlineData("|a|b|\n|:-|-:|\n|1|2|")]
    [InlineData("| a | b |\n| :---: | :--- |\n| 1 | 2 |   ")]
    public void Outer_pipes_and_alignment_colons_are_optional(string markdown)
    {
        var table = Single(markdown);

        Assert.Equal(new[] { "a", "b" }, table.Header.Select(cell => cell.Text));
        Assert.Equal(new[] { new[] { "1", "2" } }, Cells(table));
    }

    [Fact]
    public void An_escaped_pipe_is_text_even_in_a_code_span()
    {
        var table = Single("| a | b |\n| - | - |\n| x \\| y | `p\\|q` |");

        Assert.Equal(new[] { new[] { "x | y", "p|q" } }, Cells(table));
    }

    [Theory]
    [InlineData("| 1 | C:\\\\|\n", "C:|")]
    [InlineData("| 1 | a \\\\| b |\n", "a | b")]
    [InlineData("| 1 | a \\\\\\| b |\n", "a \\| b")]
    [InlineData("| 1 | `a\\\\|b` |\n", "a\\|b")]
    [InlineData("1 | a \\\\| b\n", "a | b")]
    public void A_pipe_after_any_backslash_is_text_and_loses_that_backslash_as_in_GFM(string row, string description)
    {
        // cmark-gfm's cell scanner reads "\\|" as a backslash and an escaped pipe, then removes the
        // pipe's backslash: "C:\\|" renders "C:|" (checked with cmark-gfm 0.29.0.gfm.6).
        var table = Single("| Code | Description |\n| - | - |\n" + row);

        Assert.Equal(new[] { new[] { "1", description } }, Cells(table));
    }

    [Fact]
    public void An_escaped_pipe_at_the_start_of_a_row_without_outer_pipes_is_text()
    {
        var table = Single("a | b\n:-- | --:\n\\| x | y\n");

        Assert.Equal(new[] { new[] { "| x", "y" } }, Cells(table));
    }

    [Fact]
    public void Lines_Markdig_copied_still_point_into_the_file()
    {
        // A tab inside a list item makes Markdig copy the line; the cells map back to the file.
        var text = "- item\n\n\t| a | b |\n\t| - | - |\n\t| 1 | 2 |\n";
        var table = Single(text);

        Assert.Equal(new[] { new[] { "1", "2" } }, Cells(table));
        Assert.Equal(2, table.Location.StartLine);
        Assert.Equal(4, table.Rows[0].Location.StartLine);
        Assert.Equal(4, table.Rows[0].Cells[1].Location.StartLine);
    }

    [Fact]
    public void A_pipe_in_a_code_span_still_splits_cells_as_in_GFM()
    {
        var table = Single("| a | b |\n| - | - |\n| `x|y` |");

        Assert.Equal(new[] { "`x", "y`" }, table.Rows[0].Cells.Select(cell => cell.Text));
    }

    [Fact]
    public void Rows_keep_their_real_cell_count()
    {
        var table = Single("| a | b |\n| - | - |\n| 1 |\n| 1 | 2 | 3 |");

        Assert.Equal(new[] { 1, 3 }, table.Rows.Select(row => row.Cells.Count));
    }

    [Theory]
    [InlineData("| a | b |\n| - |\n| 1 | 2 |")]
    [InlineData("| a | b |\n| - | x |\n| 1 | 2 |")]
    [InlineData("| a | b |\n| --- - | --- |\n| 1 | 2 |")]
    [InlineData("a\n---\n1")]
    [InlineData("| a | b |\n| : | - |\n| 1 | 2 |")]
    [InlineData("| a | b |\n| :: | - |\n| 1 | 2 |")]
    [InlineData("| a | b |\n|  | - |\n| 1 | 2 |")]
    public void Without_a_matching_delimiter_row_there_is_no_table(string markdown)
    {
        Assert.Empty(MarkdownFile.Read("/p.md", markdown, default).Tables);
    }

    [Fact]
    public void Paragraph_text_before_the_header_is_not_part_of_the_table()
    {
        var table = Single("Some words.\n| a | b |\n| - | - |\n| 1 | 2 |");

        Assert.Equal(new[] { "a", "b" }, table.Header.Select(cell => cell.Text));
        Assert.Equal(1, table.Location.StartLine);
    }

    [Fact]
    public void A_table_ends_at_a_blank_line()
    {
        var tables = MarkdownFile.Read("/p.md", "| a | b |\n| - | - |\n| 1 | 2 |\n\n| 3 | 4 |", default).Tables;

        Assert.Single(Assert.Single(tables).Rows);
    }

    [Fact]
    public void Tables_in_block_quotes_and_list_items_are_read_with_file_positions()
    {
        var text = "> | a | b |\n> | - | - |\n> | 1 | 2 |\n";
        var table = Single(text);

        var cell = table.Rows[0].Cells[1];
        Assert.Equal("2", cell.Text);
        Assert.Equal((2, 8), (cell.Location.StartLine, cell.Location.StartColumn));
        Assert.Equal("2", text.Substring(cell.Location.Start, cell.Location.Length));
    }

    [Fact]
    public void CRLF_and_LF_give_the_same_cells_and_lines()
    {
        var lf = Single("| a | b |\n| - | - |\n| 1 | 2 |\n");
        var crlf = Single("| a | b |\r\n| - | - |\r\n| 1 | 2 |\r\n");

        Assert.Equal(Cells(lf), Cells(crlf));
        Assert.Equal(lf.Rows[0].Location.StartLine, crlf.Rows[0].Location.StartLine);
        Assert.Equal(lf.Rows[0].Location.StartColumn, crlf.Rows[0].Location.StartColumn);
    }

    [Fact]
    public void The_heading_above_a_table_travels_with_it()
    {
        var tables = MarkdownFile.Read("/p.md", "# One\n\n| a | b |\n| - | - |\n\n## Two *words*\n\n| c | d |\n| - | - |\n", default).Tables;

        Assert.Equal(new[] { "One", "Two words" }, tables.Select(table => table.Heading));
    }

    [Theory]
    [InlineData("| Code | Description |\n| --- | --- |\n| 1 | a\u3000\n")]
    [InlineData("| Code | Description |\n| --- | --- |\n| 1 | a\u3000|\n")]
    [InlineData("Description | Code\n--- | ---\n\u3000a | 1\n| x | 2 |\n")]
    [InlineData("| Code | Description |\n| --- | --- |\n1 | a\u3000")]
    [InlineData("  Description | Code\n--- | ---\n  \u3000a | 1\n")]
    [InlineData("> Description | Code\n> --- | ---\n> \u3000a | 1\n")]
    [InlineData("- Code | Description\n  --- | ---\n  1 | a\u3000\n")]
    public void Unicode_whitespace_at_the_edge_of_a_row_stays_in_its_cell(string markdown)
    {
        var table = Single(markdown);

        Assert.Contains(table.Rows[0].Cells, cell => cell.Text is "a\u3000" or "\u3000a");
    }

    [Theory]
    [InlineData("Intro\n\u3000Code | 描述\u3000\n--- | ---\n1 | a\n")]
    [InlineData("\u3000Code | 描述\u3000\n--- | ---\n1 | a\n")]
    public void Unicode_whitespace_at_the_edge_of_a_header_taken_from_a_paragraph_stays_in_its_title(string markdown)
    {
        Assert.Equal(new[] { "\u3000Code", "描述\u3000" }, Single(markdown).Header.Select(cell => cell.Text));
    }

    [Fact]
    public void An_escaped_pipe_at_the_start_of_a_cell_loses_its_backslash_in_a_code_span_too()
    {
        var table = Single("| a | b |\n| - | - |\n| \\|`\\|` | y |\n");

        Assert.Equal(new[] { "||", "y" }, table.Rows[0].Cells.Select(cell => cell.Text));
    }

    [Theory]
    [InlineData("| --- | :-: |", true, 2)]
    [InlineData("--|--", true, 2)]
    [InlineData("| a | b |", false, 0)]
    [InlineData("", false, 0)]
    public void A_delimiter_row_is_told_with_its_columns(string line, bool isDelimiter, int columns)
    {
        Assert.Equal((isDelimiter, columns), (PipeTableReader.IsDelimiterRow(new SourceLine(line, 0, line.Length), out var found), found));
    }
}
