using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Ebet.StatusCodes.Tool.Tests.Infrastructure;
using Xunit;

namespace Ebet.StatusCodes.Tool.Tests.Syncing;

/// <summary>However a side file is written (CRLF, a byte order mark, no final line break, tables with or without outer pipes, padded, unsorted), sync changes only its rows.</summary>
public sealed class SyncFileFormsTests
{
    private const string AddedCodePage = """
        | Code | Description |
        | --- | --- |
        | 1 | One |
        | 2 | Two |
        | 3 | Three |

        """;

    [Fact]
    public async Task A_crlf_overlay_with_a_byte_order_mark_gets_crlf_rows_and_keeps_the_mark_and_every_other_byte()
    {
        using var folder = new TempFolder();
        folder.Write("codes.md", AddedCodePage);
        var overlay = "# Overlay\r\n\r\n| Code | Member | Class |\r\n| --- | --- | --- |\r\n| 1 | One | Success |\r\n| 3 | Three | Fatal |\r\n\r\nEnd.\r\n";
        folder.WriteBytes("codes.overlay.md", Bom(overlay));

        await ToolRunner.RunAsync("sync", folder.PathOf("codes.md"));

        Assert.Equal(Bom(overlay.Replace("| 3 | Three", "| 2 | Code2 | |\r\n| 3 | Three", StringComparison.Ordinal)), folder.ReadBytes("codes.overlay.md"));
    }

    [Fact]
    public async Task A_table_at_the_end_of_a_file_without_a_final_line_break_gets_its_row_and_the_file_still_has_none()
    {
        using var folder = new TempFolder();
        folder.Write("codes.md", AddedCodePage.Replace("| 2 | Two |\n", string.Empty, StringComparison.Ordinal).Replace("| 3 | Three |", "| 3 | Three |\n| 4 | Four |", StringComparison.Ordinal));
        folder.Write("codes.overlay.md", "| Code | Member | Class |\n| --- | --- | --- |\n| 1 | One | Success |\n| 3 | Three | Fatal |");

        await ToolRunner.RunAsync("sync", folder.PathOf("codes.md"));

        Assert.Equal("| Code | Member | Class |\n| --- | --- | --- |\n| 1 | One | Success |\n| 3 | Three | Fatal |\n| 4 | Code4 | |", folder.Read("codes.overlay.md"));
    }

    [Fact]
    public async Task A_table_without_outer_pipes_gets_a_row_without_them_and_a_removed_row_takes_only_its_line()
    {
        using var folder = new TempFolder();
        folder.Write("codes.md", AddedCodePage.Replace("| 3 | Three |\n", string.Empty, StringComparison.Ordinal));
        folder.Write("codes.overlay.md", "Code | Member | Class\n--- | --- | ---\n1 | One | Success\n3 | Three | Fatal\n");

        await ToolRunner.RunAsync("sync", folder.PathOf("codes.md"));

        Assert.Equal("Code | Member | Class\n--- | --- | ---\n1 | One | Success\n2 | Code2 |\n", folder.Read("codes.overlay.md"));
    }

    [Fact]
    public async Task A_padded_table_gets_a_padded_row_and_an_unsorted_one_gets_it_at_its_end()
    {
        using var folder = new TempFolder();
        folder.Write("codes.md", AddedCodePage);
        folder.Write("codes.overlay.md", "| Code | Member   | Class   |\n| ---: | -------- | ------- |\n|    3 | Three    | Fatal   |\n|    1 | One      | Success |\n");

        await ToolRunner.RunAsync("sync", folder.PathOf("codes.md"));

        Assert.Equal(
            "| Code | Member   | Class   |\n| ---: | -------- | ------- |\n|    3 | Three    | Fatal   |\n|    1 | One      | Success |\n|    2 | Code2    |         |\n",
            folder.Read("codes.overlay.md"));
    }

    [Fact]
    public async Task A_page_with_a_name_column_names_new_codes_with_it_and_one_with_an_english_column_from_its_words()
    {
        using var folder = new TempFolder();
        folder.Write("named.md", "| Code | Name | Description |\n| --- | --- | --- |\n| 1 | ONE | One |\n| 2 | TWO | Two |\n");
        folder.Write("named.overlay.md", "| Code | Member | Class |\n| --- | --- | --- |\n| 1 | One | Success |\n");
        folder.Write("bilingual.md", "| Code | 描述 | English |\n| --- | --- | --- |\n| 1 | 一 | One |\n| 2 | 令牌过期 | Token expired |\n");
        folder.Write("bilingual.overlay.md", "| Code | Member | Class |\n| --- | --- | --- |\n| 1 | One | Success |\n");

        await ToolRunner.RunAsync("sync", folder.PathOf("named.md"));
        await ToolRunner.RunAsync("sync", folder.PathOf("bilingual.md"), "--message-columns", "en=English");

        Assert.EndsWith("| 2 | TWO | |\n", folder.Read("named.overlay.md"), StringComparison.Ordinal);
        Assert.EndsWith("| 2 | TokenExpired | |\n", folder.Read("bilingual.overlay.md"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_overlay_without_a_table_for_one_of_the_pages_enums_gets_one_under_its_name()
    {
        using var folder = new TempFolder();
        folder.Write("codes.md", "## A\n\n| Code | Description |\n| --- | --- |\n| 1 | One |\n\n## B\n\n| Code | Description |\n| --- | --- |\n| 7 | Seven |\n");
        folder.Write("codes.overlay.md", "## CodesA\n\n| Code | Member | Class |\n| --- | --- | --- |\n| 1 | One | Success |\n");

        var result = await ToolRunner.RunAsync("sync", folder.PathOf("codes.md"), "--enum", "CodesA, CodesB", "--table", "A, B");

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.Equal(
            "## CodesA\n\n| Code | Member | Class |\n| --- | --- | --- |\n| 1 | One | Success |\n\n## CodesB\n\n| Code | Member | Class | Vendor text | Notes |\n| ---: | --- | --- | --- | --- |\n| 7 | Code7 | | Seven | |\n",
            folder.Read("codes.overlay.md"));
    }

    [Fact]
    public async Task A_side_table_written_in_html_is_left_to_a_person()
    {
        using var folder = new TempFolder();
        folder.Write("codes.md", AddedCodePage);
        var overlay = "<table><tr><th>Code</th><th>Member</th></tr><tr><td>1</td><td>One</td></tr></table>\n";
        folder.Write("codes.overlay.md", overlay);

        var result = await ToolRunner.RunAsync("sync", folder.PathOf("codes.md"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not a pipe table", result.Error, StringComparison.Ordinal);
        Assert.Equal(overlay, folder.Read("codes.overlay.md"));
    }

    private static byte[] Bom(string text) => new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(text)).ToArray();
}
