using Ebet.StatusCodes.Tool.Syncing;
using Xunit;

namespace Ebet.StatusCodes.Tool.Tests.Syncing;

/// <summary>What sync writes into a cell reads back, through the generator's own row splitter and cell text rule, as the very text.</summary>
public sealed class CellMarkdownTests
{
    [Theory]
    [InlineData("Invalid token", "Invalid token")]
    [InlineData("余额不足，取款失败(或该帐号已被冻结、禁止取款)", "余额不足，取款失败(或该帐号已被冻结、禁止取款)")]
    [InlineData("bacc_warning_payouting", "bacc_warning_payouting")]
    [InlineData("a | b", "a \\| b")]
    [InlineData("*bold* and _under_", "\\*bold\\* and \\_under\\_")]
    [InlineData("C:\\temp", "C:\\\\temp")]
    [InlineData("<br> is a tag", "\\<br\\> is a tag")]
    [InlineData("&amp; [link](x) `code` !", "\\&amp; \\[link\\](x) \\`code\\` \\!")]
    [InlineData("Code4099_", "Code4099\\_")]
    [InlineData("C:\\", "C:&#92;")]
    [InlineData("a \\| b \\", "a \\\\\\| b &#92;")]
    public void Text_is_escaped_just_enough_to_read_back_the_same(string text, string markdown)
    {
        Assert.Equal(markdown, CellMarkdown.Encode(text));
        Assert.Equal(text, CellMarkdown.Read(markdown));
    }

    [Fact]
    public void The_translation_marker_is_invisible_to_the_generator()
    {
        Assert.Equal("Rate limited", CellMarkdown.Read("Rate limited " + CellMarkdown.TranslateMarker));
    }

    [Theory]
    [InlineData("C:\\\\")]
    [InlineData("x\\\\")]
    public void Markdown_that_a_tight_row_would_read_as_more_than_the_cell_is_not_one_cell(string markdown)
    {
        // "|C:\\\\|" on GitHub is the cell "C:|": the pipe after the backslash is text.
        Assert.Null(CellMarkdown.Read(markdown));
    }

    [Fact]
    public void Markdown_of_two_cells_is_not_one_cell()
    {
        Assert.Null(CellMarkdown.Read("a | b"));
    }
}
