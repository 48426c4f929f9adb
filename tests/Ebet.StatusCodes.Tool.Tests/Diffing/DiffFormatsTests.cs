using System;
using System.Linq;
using System.Threading.Tasks;
using Ebet.StatusCodes.Tool.Tests.Infrastructure;
using Ebet.StatusCodes.Sample.Tests.Infrastructure;
using Xunit;

namespace Ebet.StatusCodes.Tool.Tests.Diffing;

/// <summary>The diff's text forms: a terminal's table fitted to its width, markdown a pull request renders.</summary>
public sealed class DiffFormatsTests
{
    private const string PipePage = "ebet-status-codes.2023-03-10.pipe-table.md";
    private const string HtmlPage = "ebet-status-codes.2023-06-12.html-tables.md";

    [Theory]
    [InlineData(80)]
    [InlineData(120)]
    [InlineData(50)]
    public async Task On_a_terminal_no_line_is_wider_than_it_and_each_change_keeps_its_code_whole(int width)
    {
        var result = await ToolRunner.InTerminalAsync(width, "diff", Fixtures.VendorPagePath(PipePage), Fixtures.VendorPagePath(HtmlPage));

        Assert.Equal(1, result.ExitCode);
        var tooWide = result.Lines.Where(line => TerminalCells.Width(line) > width).ToArray();
        Assert.True(tooWide.Length == 0, $"Wider than {width} cells:\n{string.Join('\n', tooWide)}");
        Assert.Contains(result.Lines, line => line.Contains("added", StringComparison.Ordinal) && line.Contains("1084", StringComparison.Ordinal));
        Assert.Contains("3 of 3 tables changed", result.Output.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markdown_has_a_table_per_changed_table_with_the_cells_escaped()
    {
        using var folder = new TempFolder();
        folder.Write("old.md", "| Code | Description |\n| --- | --- |\n| 1 | a \\| b |\n");
        folder.Write("new.md", "| Code | Description |\n| --- | --- |\n| 1 | a \\| c |\n| 2 | snake_case \\<x\\> |\n");

        var result = await ToolRunner.RunAsync("diff", folder.PathOf("old.md"), folder.PathOf("new.md"), "--format", "markdown");

        Assert.Contains(
            "### #1: 1 code added, 1 code reworded\n\n| change | code | old | new |\n| --- | ---: | --- | --- |\n| reworded | 1 | a \\| b | a \\| c |\n| added | 2 |  | snake_case \\<x\\> |\n",
            result.Output.Replace("\r\n", "\n", StringComparison.Ordinal),
            StringComparison.Ordinal);
    }
}
