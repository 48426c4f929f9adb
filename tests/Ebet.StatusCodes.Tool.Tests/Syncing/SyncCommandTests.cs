using System;
using System.Linq;
using System.Threading.Tasks;
using Ebet.StatusCodes.Tool.Tests.Infrastructure;
using Xunit;

namespace Ebet.StatusCodes.Tool.Tests.Syncing;

/// <summary>sync on a vendor update: every drift a build reports is fixed in place, nothing else of the files changes, and a second run does nothing.</summary>
public sealed class SyncCommandTests
{
    [Fact]
    public async Task A_vendor_update_gives_rows_for_new_codes_drops_removed_ones_and_copies_the_new_wording()
    {
        using var folder = AcmeFiles.Create(page: AcmeFiles.UpdatedPageText);

        var result = await ToolRunner.RunAsync("sync", folder.PathOf(AcmeFiles.Page));

        Assert.True(result.ExitCode == 0, result.Describe());
        // The overlay as it was but for the rows of 1001 (reworded), 1002 (gone), 1003 and 2001 (new).
        Assert.Equal(
            AcmeFiles.OverlayText.Replace(
                "| 1001 | InvalidToken | Rejected | Invalid token | The token expired or was revoked. |\n| 1002 | BadSignature | Fatal | Bad signature | |\n",
                "| 1001 | InvalidToken | Rejected | Invalid or expired token | The token expired or was revoked. |\n| 1003 | Code1003 | | Rate limited | |\n| 2001 | Code2001 | | Maintenance | |\n",
                StringComparison.Ordinal),
            folder.Read(AcmeFiles.Overlay));
        Assert.Equal(
            """
            # Français

            | Code | Message |
            | ---: | --- |
            | 0 | D'accord. |
            | 1001 | Le jeton est invalide. <!-- statuscodes: translate --> |
            | 1003 | Rate limited <!-- statuscodes: translate --> |
            | 2001 | Maintenance <!-- statuscodes: translate --> |

            """,
            folder.Read(AcmeFiles.French));
    }

    [Fact]
    public async Task After_sync_a_build_with_warnings_as_errors_passes_and_a_second_sync_changes_nothing()
    {
        using var folder = AcmeFiles.Create(page: AcmeFiles.UpdatedPageText);
        var before = await ToolRunner.RunAsync("check", folder.Root, "--warnaserror");
        Assert.Equal(1, before.ExitCode);

        await ToolRunner.RunAsync("sync", folder.PathOf(AcmeFiles.Page));
        var synced = new[] { AcmeFiles.Overlay, AcmeFiles.English, AcmeFiles.French }.Select(folder.Read).ToArray();
        var after = await ToolRunner.RunAsync("check", folder.Root, "--warnaserror");
        var again = await ToolRunner.RunAsync("sync", folder.PathOf(AcmeFiles.Page));

        Assert.True(after.ExitCode == 0, after.Describe());
        Assert.Empty(after.Lines);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("up to date", again.Output, StringComparison.Ordinal);
        Assert.Equal(synced, new[] { AcmeFiles.Overlay, AcmeFiles.English, AcmeFiles.French }.Select(folder.Read).ToArray());
    }

    [Fact]
    public async Task A_page_in_sync_with_its_files_changes_nothing()
    {
        using var folder = AcmeFiles.Create();

        var result = await ToolRunner.RunAsync("sync", folder.PathOf(AcmeFiles.Page), "--dry-run");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(AcmeFiles.OverlayText, folder.Read(AcmeFiles.Overlay));
    }

    [Fact]
    public async Task Dry_run_prints_the_unified_diff_exits_1_and_writes_nothing()
    {
        using var folder = AcmeFiles.Create(page: AcmeFiles.UpdatedPageText);

        var result = await ToolRunner.RunAsync("sync", folder.PathOf(AcmeFiles.Page), "-n");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(AcmeFiles.OverlayText, folder.Read(AcmeFiles.Overlay));
        Assert.Equal(AcmeFiles.FrenchText, folder.Read(AcmeFiles.French));
        // A kept empty line is a lone space in a unified diff: written out, for a raw literal would trim it.
        Assert.Contains(
            string.Join(
                '\n',
                "@@ -9,7 +9,8 @@",
                " | Code | Member | Class | Vendor text | Notes |",
                " | ---: | --- | --- | --- | --- |",
                " | 0 | Ok | Success | OK | |",
                "-| 1001 | InvalidToken | Rejected | Invalid token | The token expired or was revoked. |",
                "-| 1002 | BadSignature | Fatal | Bad signature | |",
                "+| 1001 | InvalidToken | Rejected | Invalid or expired token | The token expired or was revoked. |",
                "+| 1003 | Code1003 | | Rate limited | |",
                "+| 2001 | Code2001 | | Maintenance | |",
                " ",
                " Written by hand.",
                "--- "),
            result.Output,
            StringComparison.Ordinal);
        Assert.StartsWith($"--- {folder.PathOf(AcmeFiles.Overlay)}\n+++ {folder.PathOf(AcmeFiles.Overlay)}\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("would change", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keep_stale_moves_the_rows_of_dropped_codes_into_a_code_block_the_build_does_not_read()
    {
        using var folder = AcmeFiles.Create(page: AcmeFiles.UpdatedPageText);

        await ToolRunner.RunAsync("sync", folder.PathOf(AcmeFiles.Page), "--keep-stale");
        var check = await ToolRunner.RunAsync("check", folder.Root, "--warnaserror");
        var again = await ToolRunner.RunAsync("sync", folder.PathOf(AcmeFiles.Page), "--keep-stale", "--dry-run");

        Assert.EndsWith(
            """
            Written by hand.

            ## Rows for codes the page no longer lists

            Kept by `statuscodes sync --keep-stale` for review, in code blocks, which the generator does not read. Delete them once reviewed.

            `AcmeCodes`:

            ```text
            | 1002 | BadSignature | Fatal | Bad signature | |
            ```

            """,
            folder.Read(AcmeFiles.Overlay),
            StringComparison.Ordinal);
        Assert.True(check.ExitCode == 0, check.Describe());
        Assert.Equal(0, again.ExitCode);
    }

    [Fact]
    public async Task A_page_without_an_overlay_gets_one_with_every_code_and_no_culture_file_is_created()
    {
        using var folder = AcmeFiles.Create(overlay: string.Empty);
        folder.Write(AcmeFiles.English, AcmeFiles.EnglishText);

        var result = await ToolRunner.RunAsync("sync", folder.PathOf(AcmeFiles.Page));

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.Contains("created", result.Output, StringComparison.Ordinal);
        Assert.EndsWith(
            """
            ## AcmeCodes

            | Code | Member | Class | Vendor text | Notes |
            | ---: | --- | --- | --- | --- |
            | 0 | Code0 | | OK | |
            | 1001 | Code1001 | | Invalid token | |
            | 1002 | Code1002 | | Bad signature | |

            """,
            folder.Read(AcmeFiles.Overlay),
            StringComparison.Ordinal);
        Assert.False(folder.Exists("acme-codes.de.md"));
        Assert.Equal(0, (await ToolRunner.RunAsync("check", folder.Root, "--warnaserror")).ExitCode);
    }

    [Fact]
    public async Task A_page_with_errors_is_not_synced_for_its_unread_rows_would_look_removed()
    {
        using var folder = AcmeFiles.Create(page: AcmeFiles.PageText.Replace("| 1002 |", "| 1O02 |", StringComparison.Ordinal));

        var result = await ToolRunner.RunAsync("sync", folder.PathOf(AcmeFiles.Page));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("EBSC004", result.Error, StringComparison.Ordinal);
        Assert.Equal(AcmeFiles.OverlayText, folder.Read(AcmeFiles.Overlay));
    }

    [Fact]
    public async Task An_empty_member_cell_gets_the_name_and_an_empty_message_what_GetMessage_gives_today_to_translate()
    {
        using var folder = AcmeFiles.Create(
            overlay: AcmeFiles.OverlayText.Replace("| 1002 | BadSignature |", "| 1002 |  |", StringComparison.Ordinal),
            french: AcmeFiles.FrenchText.Replace("La signature est fausse.", string.Empty, StringComparison.Ordinal));

        await ToolRunner.RunAsync("sync", folder.PathOf(AcmeFiles.Page));

        Assert.Contains("| 1002 | Code1002 | Fatal | Bad signature | |\n", folder.Read(AcmeFiles.Overlay), StringComparison.Ordinal);
        // French falls back to the neutral culture, English: its message is what French gives today.
        Assert.Contains("| 1002 | The signature is wrong. <!-- statuscodes: translate --> |\n", folder.Read(AcmeFiles.French), StringComparison.Ordinal);
    }
}
