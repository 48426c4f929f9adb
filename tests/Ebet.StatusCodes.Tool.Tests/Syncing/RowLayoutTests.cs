using System;
using Ebet.StatusCodes.Tool.Syncing;
using Xunit;

namespace Ebet.StatusCodes.Tool.Tests.Syncing;

/// <summary>A new row is written the way its table writes rows.</summary>
public sealed class RowLayoutTests
{
    private static readonly string[] s_cells = { "4099", "Code4099", string.Empty };

    [Fact]
    public void Rows_with_outer_pipes_get_them_and_an_empty_cell_is_one_space()
    {
        var layout = RowLayout.Of("| Code | Member | Class |", "| ---: | --- | --- |", new[] { "| 1 | One | Success |" });

        Assert.Equal("| 4099 | Code4099 | |", layout.Format(s_cells));
    }

    [Fact]
    public void Rows_without_outer_pipes_get_none()
    {
        var layout = RowLayout.Of("Code | Member | Class", "---: | --- | ---", new[] { "1 | One | Success" });

        Assert.Equal("4099 | Code4099 |", layout.Format(s_cells));
    }

    [Fact]
    public void An_indented_table_gets_indented_rows()
    {
        var layout = RowLayout.Of("  | Code | Member | Class |", "  | - | - | - |", Array.Empty<string>());

        Assert.Equal("  | 4099 | Code4099 | |", layout.Format(s_cells));
    }

    [Fact]
    public void A_table_padded_to_its_delimiter_row_gets_a_padded_row_right_aligned_where_the_column_is()
    {
        var layout = RowLayout.Of(
            "|  Code | Member       | Class   |",
            "| ----: | ------------ | ------- |",
            new[] { "|     1 | One          | Success |" });

        Assert.Equal("|  4099 | Code4099     |         |", layout.Format(s_cells));
    }

    [Fact]
    public void A_cell_too_wide_for_the_padding_gives_a_plain_row()
    {
        var layout = RowLayout.Of("| Code | Name |", "| ---- | ---- |", new[] { "| 1    | One  |" });

        Assert.Equal("| 4099 | Code4099 |", layout.Format(new[] { "4099", "Code4099" }));
    }
}
