using Ebet.StatusCodes.Generator.Model;
using Ebet.StatusCodes.Generator.Parsing;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Parsing;

/// <summary>Offsets become zero-based lines and columns whatever the line ends, and never leave the file.</summary>
public class LineMapTests
{
    private const string Text = "ab\ncd\r\nef\rgh";

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(2, 0, 2)]
    [InlineData(3, 1, 0)]
    [InlineData(5, 1, 2)]
    [InlineData(6, 1, 3)]
    [InlineData(7, 2, 0)]
    [InlineData(9, 2, 2)]
    [InlineData(10, 3, 0)]
    [InlineData(12, 3, 2)]
    public void LF_CRLF_and_CR_each_end_a_line(int offset, int line, int column)
    {
        var location = new LineMap("/p.md", Text).Span(offset, offset);

        Assert.Equal((line, column, line, column), (location.StartLine, location.StartColumn, location.EndLine, location.EndColumn));
    }

    [Fact]
    public void A_span_keeps_its_path_offsets_and_both_ends()
    {
        var location = new LineMap("/p.md", Text).Span(1, 8);

        Assert.Equal(new FileLocation("/p.md", 1, 7, 0, 1, 2, 1), location);
    }

    [Theory]
    [InlineData(-5, 2, 0, 2)]
    [InlineData(11, 99, 11, 1)]
    [InlineData(8, 3, 8, 0)]
    [InlineData(99, 99, 12, 0)]
    public void Spans_are_clamped_to_the_file(int start, int end, int clampedStart, int length)
    {
        var location = new LineMap("/p.md", Text).Span(start, end);

        Assert.Equal((clampedStart, length), (location.Start, location.Length));
    }

    [Theory]
    [InlineData(0, 0, 2)]
    [InlineData(1, 3, 2)]
    [InlineData(2, 7, 2)]
    [InlineData(3, 10, 2)]
    [InlineData(9, 10, 2)]
    [InlineData(-1, 0, 2)]
    public void A_line_is_its_text_without_the_line_break(int line, int start, int length)
    {
        var location = new LineMap("/p.md", Text).Line(line);

        Assert.Equal((start, length), (location.Start, location.Length));
    }

    [Fact]
    public void The_last_line_of_a_file_that_ends_with_a_line_break_is_empty()
    {
        var map = new LineMap("/p.md", "a\r\n");

        Assert.Equal((0, 1), (map.Line(0).Start, map.Line(0).Length));
        Assert.Equal((3, 0, 1), (map.Line(1).Start, map.Line(1).Length, map.Line(1).StartLine));
    }

    [Fact]
    public void One_map_answers_in_any_order_as_a_fresh_map_does()
    {
        // The map remembers the last line it found; asking forwards, backwards and jumping about
        // must give what a map asked once gives.
        var map = new LineMap("/p.md", Text);
        var offsets = new[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 12, 9, 6, 3, 0, 10, 2, 7, 3, 12, 0, 6, 7 };
        foreach (var offset in offsets)
        {
            Assert.Equal(new LineMap("/p.md", Text).Span(offset, offset), map.Span(offset, offset));
        }

        Assert.Equal(new LineMap("/p.md", Text).Span(2, 11), map.Span(2, 11));
    }

    [Theory]
    [InlineData("a\n\nb", 1, 2)]
    [InlineData("a\r\n\r\nb", 1, 3)]
    [InlineData("a\n", 1, 2)]
    public void An_empty_line_is_an_empty_span_at_its_start(string text, int line, int start)
    {
        var location = new LineMap("/p.md", text).Line(line);

        Assert.Equal((start, 0, line), (location.Start, location.Length, location.StartLine));
    }

    [Theory]
    [InlineData("a\u2028b\u2029c\u0085d\r\ne\rf\ng")]
    [InlineData("\u2028\u2028\r\r\n\n\u0085")]
    [InlineData("| Code | Description |\n| - | - |\n| 1 | a\u2028b |\n| 2 | c\u0085d |\n")]
    [InlineData("\r\u2029\n\r")]
    [InlineData("no break at all")]
    public void Lines_break_where_Roslyn_breaks_them(string text)
    {
        var map = new LineMap("/p.md", text);
        var roslyn = Microsoft.CodeAnalysis.Text.SourceText.From(text).Lines;
        for (var offset = 0; offset <= text.Length; offset++)
        {
            var position = roslyn.GetLinePosition(offset);
            var location = map.Span(offset, offset);
            Assert.Equal((position.Line, position.Character), (location.StartLine, location.StartColumn));
        }

        for (var line = 0; line < roslyn.Count; line++)
        {
            var expected = roslyn[line].Span;
            var actual = map.Line(line);
            Assert.Equal((expected.Start, expected.Length), (actual.Start, actual.Length));
        }
    }

    [Fact]
    public void A_diagnostic_after_a_line_separator_lands_on_the_row_the_IDE_shows()
    {
        var text = "| Code | Description |\n| - | - |\n| 1 | one\u2028more |\n| x | bad code |\n";
        var run = Infrastructure.GeneratorHarness.Run(new Infrastructure.GeneratorInput().Catalog("codes.md", text, "Codes"));

        var diagnostic = System.Linq.Enumerable.Single(run.Diagnostics, candidate => candidate.Id == "EBSC004");
        var line = diagnostic.Location.GetLineSpan().StartLinePosition.Line;
        Assert.Equal("| x | bad code |", Microsoft.CodeAnalysis.Text.SourceText.From(text).Lines[line].ToString());
    }
}
