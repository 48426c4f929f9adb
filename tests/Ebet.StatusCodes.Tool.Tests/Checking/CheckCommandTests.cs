using System;
using System.Linq;
using System.Threading.Tasks;
using Ebet.StatusCodes.Tool.Tests.Infrastructure;
using Xunit;

namespace Ebet.StatusCodes.Tool.Tests.Checking;

/// <summary>check: a build's diagnostics for pages without a project, in MSBuild's format, and an exit code CI can use.</summary>
public sealed class CheckCommandTests
{
    [Fact]
    public async Task A_folder_is_read_as_the_spec_convention_reads_it_and_diagnostics_are_printed_as_msbuild_does()
    {
        using var folder = new TempFolder();
        folder.Write("acme-codes.md", "# Acme\n\n| Code | Description |\n| --- | --- |\n| 1 | One |\n| x | Two |\n");
        folder.Write("README.md", "# Not a page\n");

        var result = await ToolRunner.RunAsync("check", folder.Root);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            new[] { $"{folder.PathOf("acme-codes.md")}(6,3): error EBSC004: 'x' is not an integer status code: write the code as decimal digits with an optional leading minus sign (the row is left out)" },
            result.Lines);
        Assert.Contains("1 catalog, 1 error, 0 warnings", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Warnings_fail_only_with_warnaserror_and_information_shows_only_with_info()
    {
        using var folder = AcmeFiles.Create(page: AcmeFiles.UpdatedPageText);

        var plain = await ToolRunner.RunAsync("check", folder.Root);
        var strict = await ToolRunner.RunAsync("check", folder.Root, "--warnaserror");
        using var noOverlay = AcmeFiles.Create(overlay: string.Empty);
        var quiet = await ToolRunner.RunAsync("check", noOverlay.Root);
        var informed = await ToolRunner.RunAsync("check", noOverlay.Root, "--info");

        Assert.Equal(0, plain.ExitCode);
        Assert.Contains(plain.Lines, line => line.Contains(": warning EBSC014: Code 1003", StringComparison.Ordinal));
        Assert.Equal(1, strict.ExitCode);
        Assert.Empty(quiet.Lines);
        Assert.Contains(informed.Lines, line => line.Contains("(3,1): info EBSC016:", StringComparison.Ordinal));
        Assert.Equal(0, informed.ExitCode);
    }

    [Fact]
    public async Task Todays_eBET_page_with_its_settings_is_clean()
    {
        var result = await ToolRunner.RunAsync(new[] { "check", Fixtures.SpecPath(Fixtures.Page), "--warnaserror" }.Concat(Fixtures.EbetOptions).ToArray());

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.Empty(result.Lines);
        Assert.Contains("3 catalogs, 0 errors, 0 warnings", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_named_page_without_a_table_is_an_error_as_for_a_catalog_a_project_names()
    {
        using var folder = new TempFolder();
        folder.Write("codes.md", "# Codes\n\nSoon.\n");

        var named = await ToolRunner.RunAsync("check", folder.PathOf("codes.md"));
        var inFolder = await ToolRunner.RunAsync("check", folder.Root);

        Assert.Equal(1, named.ExitCode);
        Assert.Contains(": error EBSC001:", named.Output, StringComparison.Ordinal);
        Assert.Equal(0, inFolder.ExitCode);
        Assert.Contains("no status-code page found", inFolder.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_side_file_given_as_a_page_or_a_missing_path_is_an_input_error()
    {
        using var folder = AcmeFiles.Create();

        var sideFile = await ToolRunner.RunAsync("check", folder.PathOf(AcmeFiles.English));
        var missing = await ToolRunner.RunAsync("check", folder.PathOf("nothing.md"));

        Assert.Equal(2, sideFile.ExitCode);
        Assert.Contains("acme-codes.en.md is named as a side file of acme-codes.md", sideFile.Error, StringComparison.Ordinal);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("does not exist", missing.Error, StringComparison.Ordinal);
    }
}
