using System.Linq;
using Ebet.StatusCodes.Generator.Binding;
using Ebet.StatusCodes.Generator.Diagnostics;
using Xunit;
using static Ebet.StatusCodes.Generator.Tests.Binding.BindingInputs;

namespace Ebet.StatusCodes.Generator.Tests.Binding;

/// <summary>Which tables a catalog reads, and never a silent choice among several.</summary>
public class TableSelectorTests
{
    private const string Header = "| Code | Description |\n| --- | --- |\n";

    /// <summary>A vendor's list split over three tables under one heading, and another list after it.</summary>
    private const string SplitList = "## Errors\n\n" + Header + "| 1 | one |\n\n" + Header + "| 2 | two |\n\n" + Header + "| 3 | three |\n\n## Callbacks\n\n| Code | Message |\n| --- | --- |\n| 1 | again |\n";

    private static (int[] Codes, string[] Ids) Select(string markdown, string selector = "", string enums = "Codes")
    {
        var diagnostics = new DiagnosticBag();
        var table = TableSelector.Select(Page(markdown, Request(enums, selector)), 0, diagnostics);
        return (table?.Entries.Select(entry => entry.Code).ToArray() ?? System.Array.Empty<int>(), Ids(diagnostics).Concat(table is null ? System.Array.Empty<string>() : Ids(table.Diagnostics)).ToArray());
    }

    [Theory]
    [InlineData("Errors", new[] { 1, 2, 3 })]
    [InlineData("errors", new[] { 1, 2, 3 })]
    [InlineData("1-3", new[] { 1, 2, 3 })]
    [InlineData("#1-#2", new[] { 1, 2 })]
    [InlineData("1+3", new[] { 1, 3 })]
    [InlineData("3 + 1", new[] { 1, 3 })]
    [InlineData("2", new[] { 2 })]
    [InlineData("#3", new[] { 3 })]
    [InlineData("Callbacks", new[] { 1 })]
    public void A_selection_reads_a_heading_s_tables_positions_and_ranges_as_one_list_in_page_order(string selector, int[] codes)
    {
        var (selected, ids) = Select(SplitList, selector);

        Assert.Equal(codes, selected);
        Assert.Empty(ids);
    }

    [Theory]
    [InlineData("5")]
    [InlineData("2-9")]
    [InlineData("3-1")]
    [InlineData("0")]
    [InlineData("0-2")]
    [InlineData("Errors+Warnings")]
    public void A_part_that_matches_no_table_is_an_error_and_nothing_is_read(string selector)
    {
        var (selected, ids) = Select(SplitList, selector);

        Assert.Empty(selected);
        Assert.Equal(new[] { "EBSC034" }, ids);
    }

    [Fact]
    public void A_code_in_two_selected_tables_is_reported_and_read_once()
    {
        var (selected, ids) = Select(SplitList, "1+Callbacks");

        Assert.Equal(new[] { 1 }, selected);
        Assert.Equal(new[] { "EBSC006" }, ids);
    }

    [Fact]
    public void Zero_configuration_reads_the_first_table_and_warns_when_the_others_look_like_the_rest_of_its_list()
    {
        var diagnostics = new DiagnosticBag();
        var page = Page(SplitList);

        var table = TableSelector.Select(page, 0, diagnostics);

        Assert.Equal(new[] { 1 }, table!.Entries.Select(entry => entry.Code));
        Assert.Equal(new[] { "EBSC052", "EBSC033" }, Ids(diagnostics));
        var alike = Message(diagnostics.Items[0]);
        Assert.Contains("2 more status tables like the first", alike, System.StringComparison.Ordinal);
        Assert.Contains("#2 'Errors', #3 'Errors'", alike, System.StringComparison.Ordinal);
        Assert.Contains("StatusCodeTable=\"1-3\"", alike, System.StringComparison.Ordinal);
        Assert.Contains("#4 'Callbacks'", Message(diagnostics.Items[1]), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_alike_by_columns_but_apart_on_the_page_are_suggested_as_a_list_of_positions()
    {
        const string page = "# A\n\n" + Header + "| 1 | one |\n\n# B\n\n| Code | Text |\n| - | - |\n| 7 | other |\n\n# C\n\n" + Header + "| 2 | two |\n";
        var diagnostics = new DiagnosticBag();

        TableSelector.Select(Page(page), 0, diagnostics);

        Assert.Contains("StatusCodeTable=\"1+3\"", Message(diagnostics.Items.Single(item => item.Id == "EBSC052")), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_of_enums_reads_the_tables_in_order_without_a_word_about_the_others()
    {
        var diagnostics = new DiagnosticBag();
        var page = Page(SplitList, Request("First, Second", "1, 2"));

        Assert.Equal(2, TableSelector.Select(page, 1, diagnostics)!.Entries.Single().Code);
        Assert.Empty(diagnostics.Items);
    }
}
