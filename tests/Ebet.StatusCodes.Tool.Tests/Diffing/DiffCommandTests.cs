using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Ebet.StatusCodes.Tool.Tests.Infrastructure;
using Xunit;

namespace Ebet.StatusCodes.Tool.Tests.Diffing;

/// <summary>diff on eBET's dated pages: exactly the codes that changed, whatever form each page has.</summary>
public sealed class DiffCommandTests
{
    private const string PipePage = "ebet-status-codes.2023-03-10.pipe-table.md";
    private const string HtmlPage = "ebet-status-codes.2023-06-12.html-tables.md";
    private const string MarkPage = "ebet-status-codes.2023-03-09.mark-code-spans.md";

    [Fact]
    public async Task From_the_pipe_page_to_the_html_page_every_client_code_is_added_and_nothing_else_changed_but_the_form()
    {
        var result = await ToolRunner.RunAsync("diff", Fixtures.VendorPagePath(PipePage), Fixtures.VendorPagePath(HtmlPage), "--format", "json");

        Assert.True(result.ExitCode == 1, result.Describe());
        var changes = CodeChanges(result.Output);
        Assert.Equal(ClientCodesOfTheHtmlPage().Select(code => ("客户端错误码", "added", code)), changes);
        var tables = JsonDocument.Parse(result.Output).RootElement.GetProperty("tables").EnumerateArray().ToList();
        Assert.Equal(new[] { "changed", "changed", "added" }, tables.Select(table => table.GetProperty("status").GetString()));
        Assert.All(tables.Take(2), table => Assert.Equal("form", table.GetProperty("formatChanges").EnumerateArray().Single().GetProperty("aspect").GetString()));
    }

    [Fact]
    public async Task From_one_table_to_two_the_renamed_table_pairs_with_its_old_self_and_the_channel_codes_are_added()
    {
        var result = await ToolRunner.RunAsync("diff", Fixtures.VendorPagePath(MarkPage), Fixtures.VendorPagePath(PipePage), "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(ChannelCodesOfThePipePage().Select(code => ("建议响应的状态代码", "added", code)), CodeChanges(result.Output));
        var renamed = JsonDocument.Parse(result.Output).RootElement.GetProperty("tables")[0].GetProperty("formatChanges").EnumerateArray().Single();
        Assert.Equal(("heading", "eBET响应状态码", "eBET响应的状态代码"), (renamed.GetProperty("aspect").GetString(), renamed.GetProperty("old").GetString(), renamed.GetProperty("new").GetString()));
    }

    [Fact]
    public async Task A_page_against_itself_has_no_change_and_exits_0()
    {
        var result = await ToolRunner.RunAsync("diff", Fixtures.VendorPagePath(HtmlPage), Fixtures.SpecPath(Fixtures.Page));

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.Equal(new[] { "table\tchange\tcode\told\tnew" }, result.Lines);
    }

    [Fact]
    public async Task Codes_added_removed_and_reworded_are_records_of_their_own_in_code_order()
    {
        using var folder = new TempFolder();
        folder.Write("old.md", "| Code | Description |\n| --- | --- |\n| 1 | One |\n| 2 | Two |\n| 3 | Three |\n");
        folder.Write("new.md", "| Code | Description |\n| --- | --- |\n| 4 | Four |\n| 1 | Uno |\n| 3 | Three |\n");

        var result = await ToolRunner.RunAsync("diff", folder.PathOf("old.md"), folder.PathOf("new.md"));

        Assert.Equal(
            new[] { "table\tchange\tcode\told\tnew", "#1\treworded\t1\tOne\tUno", "#1\tremoved\t2\tTwo\t", "#1\tadded\t4\t\tFour" },
            result.Lines);
    }

    [Fact]
    public async Task The_page_the_vendor_publishes_is_compared_through_its_address()
    {
        await using var server = new LoopbackServer().Answer("/raw/ebet-status-codes.md", 200, "text/plain", File.ReadAllText(Fixtures.VendorPagePath(HtmlPage)));

        var same = await ToolRunner.RunAsync("diff", Fixtures.SpecPath(Fixtures.Page), server.Address("/raw/ebet-status-codes.md"));
        var moved = await ToolRunner.RunAsync("diff", Fixtures.VendorPagePath(PipePage), server.Address("/raw/ebet-status-codes.md"), "--format", "markdown");

        Assert.True(same.ExitCode == 0, same.Describe());
        Assert.Equal(1, moved.ExitCode);
        Assert.Contains($"→ `{server.Address("/raw/ebet-status-codes.md")}`", moved.Output, StringComparison.Ordinal);
        Assert.Contains("### 客户端错误码: table added; 145 codes added", moved.Output, StringComparison.Ordinal);
    }

    private static List<(string Table, string Change, int Code)> CodeChanges(string json)
        => JsonDocument.Parse(json).RootElement.GetProperty("tables").EnumerateArray()
            .SelectMany(table => table.GetProperty("codes").EnumerateArray().Select(code => (table.GetProperty("table").GetString()!, code.GetProperty("change").GetString()!, code.GetProperty("code").GetInt32())))
            .ToList();

    /// <summary>The client table's codes, read from the HTML with a regular expression of the test's own, in numeric order.</summary>
    private static IEnumerable<int> ClientCodesOfTheHtmlPage()
    {
        var page = File.ReadAllText(Fixtures.VendorPagePath(HtmlPage));
        var table = page[page.IndexOf("## 客户端错误码", StringComparison.Ordinal)..];
        return Regex.Matches(table, @"<tr><td[^>]*>(-?\d+)</td>").Select(match => int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Order();
    }

    /// <summary>The channel table's codes: the pipe rows under its heading.</summary>
    private static IEnumerable<int> ChannelCodesOfThePipePage()
    {
        var page = File.ReadAllText(Fixtures.VendorPagePath(PipePage));
        var table = page[page.IndexOf("## 建议响应的状态代码", StringComparison.Ordinal)..];
        return Regex.Matches(table, @"^\|\s*(-?\d+)\s*\|", RegexOptions.Multiline).Select(match => int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Order();
    }
}
