using System;
using System.Threading.Tasks;
using Ebet.StatusCodes.Tool.Tests.Infrastructure;
using Xunit;

namespace Ebet.StatusCodes.Tool.Tests.Diffing;

/// <summary>Bad input to diff: one clear line on standard error, exit 2, never a stack trace.</summary>
public sealed class DiffInputErrorsTests
{
    [Fact]
    public async Task A_missing_file_is_named()
    {
        var result = await ToolRunner.RunAsync("diff", "/no/such/page.md", Fixtures.SpecPath(Fixtures.Page));

        AssertError(result, "statuscodes: error: /no/such/page.md does not exist.");
    }

    [Fact]
    public async Task A_page_without_a_status_table_says_so_in_the_builds_words()
    {
        using var folder = new TempFolder();
        folder.Write("notes.md", "# Notes\n\nNo table here.\n");

        var result = await ToolRunner.RunAsync("diff", folder.PathOf("notes.md"), Fixtures.SpecPath(Fixtures.Page));

        AssertError(result, "has no status table");
        Assert.Contains("error EBSC001", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_address_that_answers_404_or_an_html_page_or_nothing_is_refused_with_what_it_answered()
    {
        await using var server = new LoopbackServer()
            .Answer("/blob/ebet-status-codes.md", 200, "text/html", "<!DOCTYPE html><html><body>GitHub's page</body></html>")
            .Answer("/sniffed.md", 200, "text/plain", "\n<html><body>a page</body></html>");
        var page = Fixtures.SpecPath(Fixtures.Page);

        var missing = await ToolRunner.RunAsync("diff", page, server.Address("/gone.md"));
        var html = await ToolRunner.RunAsync("diff", page, server.Address("/blob/ebet-status-codes.md"));
        var sniffed = await ToolRunner.RunAsync("diff", page, server.Address("/sniffed.md"));

        AssertError(missing, $"{server.Address("/gone.md")} answered 404 Not Found");
        AssertError(html, "answered with an HTML page, not the page's markdown");
        AssertError(sniffed, "answered with an HTML page, not the page's markdown");
    }

    [Fact]
    public async Task An_address_nobody_listens_at_is_refused()
    {
        string address;
        await using (var server = new LoopbackServer())
        {
            address = server.Address("/page.md");
        }

        var result = await ToolRunner.RunAsync("diff", Fixtures.SpecPath(Fixtures.Page), address);

        AssertError(result, $"Could not download {address}");
    }

    [Fact]
    public async Task An_unknown_format_is_an_argument_error()
    {
        var result = await ToolRunner.RunAsync("diff", "a.md", "b.md", "--format", "yaml");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("yaml", result.Error, StringComparison.Ordinal);
        Assert.Contains("Usage: statuscodes", result.Error, StringComparison.Ordinal);
    }

    private static void AssertError(ToolResult result, string message)
    {
        Assert.True(result.ExitCode == 2, result.Describe());
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }
}
