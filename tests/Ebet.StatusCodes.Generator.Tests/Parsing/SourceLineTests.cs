using Ebet.StatusCodes.Generator.Parsing;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Parsing;

/// <summary>A line of the file, or a copy Markdig made of one, mapped back to the file.</summary>
public class SourceLineTests
{
    private static readonly LineMap s_map = new("/p.md", "first line\n  | a | b |\n");

    [Fact]
    public void A_line_of_the_file_maps_to_its_own_offsets()
    {
        var line = new SourceLine("first line\n  | a | b |\n", 13, 22);

        Assert.Equal((13, 9, 1), (line.SpanIn(s_map).Start, line.SpanIn(s_map).Length, line.SpanIn(s_map).StartLine));
        Assert.Equal("| a | b |", line.ToString());
    }

    [Fact]
    public void A_copied_line_maps_back_by_its_file_offset()
    {
        // Markdig's copy of line 2 with its indentation expanded: the copy's offset 0 is the file's 11.
        var copy = new SourceLine("  | a | b |", 2, 11, FileOffset: 11);

        var whole = copy.SpanIn(s_map);
        var cell = copy.SpanIn(s_map, 4, 5);

        Assert.Equal((13, 22, 1), (whole.Start, whole.Start + whole.Length, whole.StartLine));
        Assert.Equal((15, 1, 4), (cell.Start, cell.Length, cell.StartColumn));
    }
}
