using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Ebet.StatusCodes.Sample.Catalogs;
using Ebet.StatusCodes.Sample.Output;
using Ebet.StatusCodes.Sample.Tests.Infrastructure;
using Xunit;

namespace Ebet.StatusCodes.Sample.Tests;

/// <summary>What a person at a terminal of 80 or 120 columns sees: nothing wraps the terminal's way.</summary>
public class TerminalOutputTests
{
    public static TheoryData<int, string> WidthsAndRuns => new()
    {
        { 80, string.Empty },
        { 120, string.Empty },
        { 80, "--catalog all" },
        { 120, "--catalog all" },
        { 40, "--catalog all" },
        { 100, "--catalog all" },
        { 80, "4026 1003 4040 4099 BetTimeOut" },
        { 80, "--help" },
        { 120, "--help" },
    };

    [Theory]
    [MemberData(nameof(WidthsAndRuns))]
    public async Task No_line_is_wider_than_the_terminal(int width, string arguments)
    {
        var result = await SampleRunner.InTerminalAsync(width, Arguments(arguments));

        Assert.Equal(0, result.ExitCode);
        var tooWide = result.Lines.Where(line => TerminalCells.Width(line) > width).ToArray();
        Assert.True(tooWide.Length == 0, $"Wider than {width} cells:\n{string.Join('\n', tooWide)}");
    }

    [Theory]
    [InlineData(80)]
    [InlineData(120)]
    public async Task Every_response_code_has_a_row_with_its_member_and_class_whole(int width)
    {
        var result = await SampleRunner.InTerminalAsync(width);

        foreach (var code in EbetStatusCodeExtensions.Values)
        {
            var row = new Regex($@"^\s*{(int)code}\s+{code.ToStringFast()}\s+{code.GetClass()}(\s|$)");
            Assert.True(result.Lines.Any(row.IsMatch), $"No row for {(int)code} {code.ToStringFast()} {code.GetClass()} at {width} columns.");
        }
    }

    [Theory]
    [InlineData(80)]
    [InlineData(120)]
    public async Task The_three_catalogs_are_named_with_what_each_is_for(int width)
    {
        var result = await SampleRunner.InTerminalAsync(width);

        foreach (var catalog in EbetCatalogs.All)
        {
            Assert.Contains(result.Lines, line => line.Contains($"{catalog.Name}: {catalog.Entries.Count} codes", System.StringComparison.Ordinal));
        }

        Assert.Contains("eBET's answers to your API calls", result.Output, System.StringComparison.Ordinal);
        Assert.Contains("Your answers to eBET's callbacks", result.Output, System.StringComparison.Ordinal);
        Assert.Contains("Prompts eBET's game client shows a player", result.Output, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task At_120_columns_the_page_text_is_beside_each_code()
    {
        var result = await SampleRunner.InTerminalAsync(120);

        Assert.Contains(result.Lines, line => Regex.IsMatch(line, @"^\s*4026\s+InvalidSignature\s+Fatal\s+Invalid signature\.\s+签名不对"));
    }

    [Fact]
    public async Task At_80_columns_the_page_text_is_left_out_and_the_table_says_where_to_find_it()
    {
        var result = await SampleRunner.InTerminalAsync(80);

        Assert.DoesNotContain("签名不对", result.Output, System.StringComparison.Ordinal);
        Assert.Contains("The page's text shows from 100 columns, and when a code is explained.", result.Output, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(77, nameof(CodeTableLayout.Stacked))]
    [InlineData(78, nameof(CodeTableLayout.WithoutPageText))]
    [InlineData(99, nameof(CodeTableLayout.WithoutPageText))]
    [InlineData(100, nameof(CodeTableLayout.Full))]
    public void The_response_table_drops_columns_by_priority_as_the_terminal_narrows(int width, string expected)
        => Assert.Equal(expected, CodeTable.LayoutFor(EbetCatalogs.Responses, width).ToString());

    [Theory]
    [InlineData(40)]
    [InlineData(60)]
    public async Task A_narrow_terminal_gets_one_block_per_code_with_the_member_whole(int width)
    {
        var result = await SampleRunner.InTerminalAsync(width, "--catalog", "status");

        Assert.Contains(result.Lines, line => Regex.IsMatch(line, @"^\s*5010\s+CurrencyNotAllowedForChannel(\s|$)"));
        Assert.Contains(result.Lines, line => line.Trim() == "渠道请求非该渠道申请币种");
    }

    [Fact]
    public async Task Classes_are_coloured_in_a_colour_terminal()
    {
        var result = await SampleRunner.InColourTerminalAsync(noColour: false, "4026", "4003");

        // Red for Fatal, aqua (cyan) for Retryable, in whichever palette the terminal has.
        Assert.Matches(@"\u001b\[[0-9;]*(31|91|38;5;9|38;2;255;0;0)m" + "Fatal", result.Output);
        Assert.Matches(@"\u001b\[[0-9;]*(36|96|38;5;14|38;2;0;255;255)m" + "Retryable", result.Output);
    }

    [Fact]
    public async Task With_no_colour_the_classes_are_written_without_colour()
    {
        var result = await SampleRunner.InColourTerminalAsync(noColour: true, "4026");

        Assert.DoesNotMatch(Colour, result.Output);
        Assert.Contains("Fatal", result.Output, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("1", true)]
    [InlineData("0", true)]
    public void NO_COLOR_turns_colour_off_when_set_and_not_empty(string? variable, bool noColour)
        => Assert.Equal(noColour, SampleConsole.NoColour(variable));

    /// <summary>A foreground colour in any palette: 16 colours (30-37, 90-97), 256 (38;5;n) or true colour (38;2;r;g;b).</summary>
    private const string Colour = @"\u001b\[[0-9;]*(\b3[0-7]|\b9[0-7]|38;5;[0-9]+|38;2;[0-9;]+)m";

    private static string[] Arguments(string arguments)
        => arguments.Split(' ', System.StringSplitOptions.RemoveEmptyEntries);
}
