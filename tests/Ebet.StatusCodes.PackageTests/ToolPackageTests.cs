using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Ebet.StatusCodes.PackageTests.Infrastructure;
using Xunit;

namespace Ebet.StatusCodes.PackageTests;

/// <summary>
/// The statuscodes tool as a user meets it: installed from the feed with <c>dotnet tool install</c>,
/// run on eBET's pages and on a project that uses the generator package.
/// </summary>
[Collection(PackedPackagesDefinition.Name)]
public sealed class ToolPackageTests
{
    private static readonly string[] s_ebetSettings =
    {
        "--enum", "EbetStatusCode, EbetChannelResponseCode, EbetClientErrorCode",
        "--table", "eBET响应的状态代码, 建议响应的状态代码, 客户端错误码",
        "--culture", "zh-Hans",
    };

    private readonly PackedPackages _packages;

    public ToolPackageTests(PackedPackages packages) => _packages = packages;

    [Fact]
    public async Task Check_on_eBETs_page_with_its_settings_is_clean()
    {
        var result = await RunToolAsync(_packages.RepositoryRoot, new[] { "check", Path.Combine(_packages.RepositoryRoot, "spec", "ebet-status-codes.md"), "--warnaserror" }.Concat(s_ebetSettings).ToArray());

        Assert.True(result.Succeeded, result.Describe());
        Assert.Contains("3 catalogs, 0 errors, 0 warnings", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_between_two_dated_eBET_pages_lists_exactly_the_client_codes_the_later_one_added()
    {
        var pages = Path.Combine(_packages.RepositoryRoot, "tests", "Ebet.StatusCodes.Generator.Tests", "Fixtures", "VendorPages");
        var later = Path.Combine(pages, "ebet-status-codes.2023-06-12.html-tables.md");

        var result = await RunToolAsync(_packages.Root, "diff", Path.Combine(pages, "ebet-status-codes.2023-03-10.pipe-table.md"), later, "--format", "json");

        Assert.True(result.ExitCode == 1, result.Describe());
        var json = result.Output[result.Output.IndexOf('{', StringComparison.Ordinal)..];
        var listed = JsonDocument.Parse(json).RootElement.GetProperty("tables").EnumerateArray()
            .SelectMany(table => table.GetProperty("codes").EnumerateArray().Select(code => (code.GetProperty("change").GetString()!, code.GetProperty("code").GetInt32())))
            .ToList();
        var html = File.ReadAllText(later);
        var expected = Regex.Matches(html[html.IndexOf("## 客户端错误码", StringComparison.Ordinal)..], @"<tr><td[^>]*>(-?\d+)</td>")
            .Select(match => ("added", int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .OrderBy(change => change.Item2)
            .ToList();
        Assert.Equal(145, expected.Count);
        Assert.Equal(expected, listed);
    }

    [Fact]
    public async Task Sync_after_the_vendor_adds_and_removes_codes_makes_a_warnings_as_errors_build_pass_and_a_second_sync_does_nothing()
    {
        var app = _packages.CreateConsumer("SyncedApp")
            .WriteProject(new() { ["TargetFramework"] = "net10.0", ["RootNamespace"] = "Synced" }, new() { [PackedPackages.GeneratorId] = "Version=\"{version}\" PrivateAssets=\"all\"" })
            .Write("spec/acme-codes.md", "| Code | Description |\n| ---: | --- |\n| 0 | OK |\n| 1001 | Invalid token |\n| 1002 | Bad signature |\n")
            .Write("spec/acme-codes.overlay.md", "# Overlay\n\n| Code | Member | Class | Vendor text |\n| ---: | --- | --- | --- |\n| 0 | Ok | Success | OK |\n| 1001 | InvalidToken | Rejected | Invalid token |\n| 1002 | BadSignature | Fatal | Bad signature |\n")
            .Write("spec/acme-codes.fr.md", "| Code | Message |\n| ---: | --- |\n| 0 | D'accord. |\n| 1001 | Jeton invalide. |\n| 1002 | Signature fausse. |\n");
        await app.BuildSuccessfullyAsync("-warnaserror");
        app.Write("spec/acme-codes.md", "| Code | Description |\n| ---: | --- |\n| 0 | OK |\n| 1001 | Invalid token |\n| 1003 | Rate limited |\n| 2001 | Maintenance |\n");
        var before = await app.BuildAsync("-warnaserror");

        var sync = await RunToolAsync(app.Directory, "sync", "spec/acme-codes.md");
        var build = await app.BuildAsync("-warnaserror");
        var synced = (app.Read("spec/acme-codes.overlay.md"), app.Read("spec/acme-codes.fr.md"));
        var again = await RunToolAsync(app.Directory, "sync", "spec/acme-codes.md");
        var checkProject = await RunToolAsync(app.Directory, "check", app.ProjectFile, "--warnaserror");

        Assert.False(before.Succeeded, "The update should fail a warnings-as-errors build before the sync.\n" + before.Describe());
        Assert.True(sync.Succeeded, sync.Describe());
        Assert.True(build.Succeeded, build.Describe());
        Assert.Contains("| 1003 | Code1003 | | Rate limited |", synced.Item1, StringComparison.Ordinal);
        Assert.DoesNotContain("1002", synced.Item1 + synced.Item2, StringComparison.Ordinal);
        Assert.True(again.Succeeded, again.Describe());
        Assert.Contains("up to date", again.Output, StringComparison.Ordinal);
        Assert.Equal(synced, (app.Read("spec/acme-codes.overlay.md"), app.Read("spec/acme-codes.fr.md")));
        Assert.True(checkProject.Succeeded, checkProject.Describe());
        Assert.Contains("1 catalog, 0 errors, 0 warnings", checkProject.Output, StringComparison.Ordinal);
    }

    private async Task<CommandResult> RunToolAsync(string workingDirectory, params string[] arguments)
    {
        var tool = await _packages.InstallToolAsync();
        return await DotNet.RunProgramAsync(tool, workingDirectory, _packages.ConsumerEnvironment, arguments);
    }
}
