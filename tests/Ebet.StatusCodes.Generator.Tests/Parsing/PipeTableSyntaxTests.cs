using System.Collections.Generic;
using System.Linq;
using Ebet.StatusCodes.Generator.Parsing;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Parsing;

/// <summary>
/// The line grammar of GitHub's pipe tables, read alone: the cells of a row, a delimiter row, a
/// setext underline, a footnote definition. Every span may end at the end of the text (the page's
/// last line has no line break), and nothing may then be read past it.
/// </summary>
public class PipeTableSyntaxTests
{
    [Theory]
    [InlineData("a", new[] { "a" })]
    [InlineData("a|b", new[] { "a", "b" })]
    [InlineData("| a | b |", new[] { " a ", " b " })]
    [InlineData("  |a|b|  ", new[] { "a", "b" })]
    [InlineData("|a|b", new[] { "a", "b" })]
    [InlineData("a|b|", new[] { "a", "b" })]
    [InlineData("a\\|b", new[] { "a\\|b" })]
    [InlineData("a\\\\|b", new[] { "a\\\\|b" })]
    [InlineData("a\\\\|", new[] { "a\\\\|" })]
    [InlineData("a|b\\|", new[] { "a", "b\\|" })]
    [InlineData("| |", new[] { " " })]
    [InlineData("||", new[] { "" })]
    [InlineData("|||", new[] { "", "" })]
    public void A_row_s_cells_are_between_its_unescaped_pipes(string row, string[] cells)
    {
        var spans = new List<(int Start, int End)>();
        var count = PipeTableSyntax.SplitCells(row, 0, row.Length, spans);

        Assert.Equal(cells.Length, count);
        Assert.Equal(cells, spans.Select(span => row.Substring(span.Start, span.End - span.Start)));
    }

    [Theory]
    [InlineData("|")]
    [InlineData(" | ")]
    [InlineData("|\t")]
    public void A_line_that_is_only_a_pipe_has_no_cell(string row)
    {
        Assert.Equal(0, PipeTableSyntax.SplitCells(row, 0, row.Length));
    }

    [Fact]
    public void Spans_that_end_at_the_end_of_the_text_are_read_without_reading_past_it()
    {
        const string text = "x\n  ";

        Assert.Equal(1, PipeTableSyntax.SplitCells(text, 2, text.Length));
        Assert.Equal(0, PipeTableSyntax.DelimiterColumns(text, 2, text.Length));
        Assert.False(PipeTableSyntax.IsSetextUnderline(text, 2, text.Length));
        Assert.False(PipeTableSyntax.IsFootnoteDefinition(text, 2, text.Length));
        Assert.Equal((text.Length, text.Length), PipeTableSyntax.TrimSpaces(text, 2, text.Length));
        Assert.Equal((text.Length, text.Length), PipeTableSyntax.TrimSpaces(text, text.Length, text.Length));
    }

    [Theory]
    [InlineData("-", 1)]
    [InlineData("|-|", 1)]
    [InlineData(":-:|--:|:--", 3)]
    [InlineData("| --- | --- |\r\n", 2)]
    [InlineData("|", 0)]
    [InlineData("-|x", 0)]
    [InlineData("::", 0)]
    [InlineData("- -", 0)]
    public void A_delimiter_row_has_a_column_per_cell_of_hyphens_with_optional_colons(string row, int columns)
    {
        Assert.Equal(columns, PipeTableSyntax.DelimiterColumns(row, 0, row.Length));
    }

    [Theory]
    [InlineData("---", true)]
    [InlineData("  -  ", true)]
    [InlineData("---\n", true)]
    [InlineData("- -", false)]
    [InlineData("-|-", false)]
    [InlineData("   ", false)]
    [InlineData("", false)]
    public void A_setext_underline_is_hyphens_alone(string line, bool underline)
    {
        Assert.Equal(underline, PipeTableSyntax.IsSetextUnderline(line, 0, line.Length));
    }

    [Theory]
    [InlineData("[^1]: a note", true)]
    [InlineData("[^1]:", true)]
    [InlineData("[^note]:x", true)]
    [InlineData("[^1]", false)]
    [InlineData("[^1] : x", false)]
    [InlineData("[^]: x", false)]
    [InlineData("[^a b]: x", false)]
    [InlineData("[^a\tb]: x", false)]
    [InlineData("[^a\rb]: x", false)]
    [InlineData("[^a\nb]: x", false)]
    [InlineData("[^a\0b]: x", false)]
    [InlineData("[1]: x", false)]
    [InlineData("^[1]: x", false)]
    [InlineData("x[^1]: y", false)]
    [InlineData("[^1:", false)]
    [InlineData("[^12345", false)]
    public void A_footnote_definition_is_a_label_without_spaces_then_a_colon(string line, bool definition)
    {
        // cmark-gfm: '[^' [^\] \r\n\x00\t]+ ']:'
        Assert.Equal(definition, PipeTableSyntax.IsFootnoteDefinition(line, 0, line.Length));
    }

    [Fact]
    public void A_footnote_definition_is_read_within_its_span_only()
    {
        // A span that stops before the colon: what follows it is not the line's.
        const string text = "[^12]: x";

        Assert.False(PipeTableSyntax.IsFootnoteDefinition(text, 0, 5));
        Assert.True(PipeTableSyntax.IsFootnoteDefinition(text, 0, 6));
        Assert.True(PipeTableSyntax.IsFootnoteDefinition("> " + text, 2, text.Length + 2));
    }

    [Theory]
    [InlineData("a\\|", 2, true)]
    [InlineData("a\\\\|", 3, false)]
    [InlineData("\\\\\\|", 3, true)]
    [InlineData("|", 0, false)]
    public void A_pipe_after_an_odd_number_of_backslashes_is_escaped(string text, int index, bool escaped)
    {
        Assert.Equal(escaped, PipeTableSyntax.IsEscaped(text, 0, index));
    }

    [Fact]
    public void Backslashes_before_the_lower_bound_do_not_count()
    {
        Assert.False(PipeTableSyntax.IsEscaped("\\|", 1, 1));
    }
}
