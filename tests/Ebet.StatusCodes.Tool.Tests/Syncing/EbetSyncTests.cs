using System;
using System.Linq;
using System.Threading.Tasks;
using Ebet.StatusCodes.Tool.Tests.Infrastructure;
using Xunit;

namespace Ebet.StatusCodes.Tool.Tests.Syncing;

/// <summary>sync on eBET's real files: a page of HTML tables, three enums, an overlay and three culture files.</summary>
public sealed class EbetSyncTests
{
    [Fact]
    public async Task Todays_spec_files_are_in_sync()
    {
        using var folder = new TempFolder();
        Fixtures.CopySpec(folder);

        var result = await ToolRunner.RunAsync(new[] { "sync", folder.PathOf(Fixtures.Page), "--dry-run" }.Concat(Fixtures.EbetOptions).ToArray());

        Assert.True(result.ExitCode == 0, result.Describe());
    }

    [Fact]
    public async Task A_code_added_to_the_html_page_gets_its_rows_the_build_is_clean_after_and_the_rest_of_each_file_is_unchanged()
    {
        using var folder = new TempFolder();
        Fixtures.CopySpec(folder);
        var page = folder.Read(Fixtures.Page);
        folder.Write(Fixtures.Page, page.Replace(
            "<tr><td align=\"center\">4202</td>",
            "<tr><td align=\"center\">4099</td><td>新的错误</td></tr><tr><td align=\"center\">4202</td>",
            StringComparison.Ordinal));
        var overlayBefore = folder.Read("ebet-status-codes.overlay.md").Split('\n');

        var sync = await ToolRunner.RunAsync(new[] { "sync", folder.PathOf(Fixtures.Page) }.Concat(Fixtures.EbetOptions).ToArray());
        var check = await ToolRunner.RunAsync(new[] { "check", folder.PathOf(Fixtures.Page), "--warnaserror" }.Concat(Fixtures.EbetOptions).ToArray());

        Assert.True(sync.ExitCode == 0, sync.Describe());
        Assert.True(check.ExitCode == 0, check.Describe());
        var overlayAfter = folder.Read("ebet-status-codes.overlay.md").Split('\n');
        // The response table comes first: its 4038 row is the first.
        Assert.Equal(overlayBefore.Length + 1, overlayAfter.Length);
        Assert.Equal("| 4099 | Code4099 | | 新的错误 | |", overlayAfter[overlayAfter.ToList().IndexOf(overlayBefore.First(line => line.StartsWith("| 4038 |", StringComparison.Ordinal))) + 1]);
        Assert.Equal(overlayBefore, overlayAfter.Where(line => !line.StartsWith("| 4099 |", StringComparison.Ordinal)));
        Assert.Contains("| 4099 | 新的错误 <!-- statuscodes: translate --> |", folder.Read("ebet-status-codes.zh-Hant.md"), StringComparison.Ordinal);
        Assert.DoesNotContain("4099", folder.Read("ebet-status-codes.zh-Hans.md"), StringComparison.Ordinal);
    }
}
