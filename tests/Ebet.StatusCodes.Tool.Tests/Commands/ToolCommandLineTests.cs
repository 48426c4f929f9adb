using System;
using System.Threading.Tasks;
using Ebet.StatusCodes.Tool.Tests.Infrastructure;
using Xunit;

namespace Ebet.StatusCodes.Tool.Tests.Commands;

/// <summary>The command line itself: help, and argument errors ending with exit 2 (1 means "found something").</summary>
public sealed class ToolCommandLineTests
{
    [Theory]
    [InlineData]
    [InlineData("frobnicate")]
    [InlineData("sync")]
    [InlineData("diff", "only-one.md")]
    [InlineData("check", "--no-such-option")]
    public async Task Argument_errors_exit_2_with_the_usage_on_standard_error(params string[] args)
    {
        var result = await ToolRunner.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Usage: statuscodes <check|diff|sync|show>", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("sync", "--help")]
    public async Task Help_names_the_commands_and_options_and_exits_0(params string[] args)
    {
        var result = await ToolRunner.RunAsync(args);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(args.Length == 1 ? "diff" : "--keep-stale", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_project_and_paths_together_are_refused()
    {
        using var folder = AcmeFiles.Create();

        var result = await ToolRunner.RunAsync("check", folder.Root, "--project", folder.PathOf("x.csproj"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Give either a project or paths of pages", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failure_nobody_foresaw_ends_in_one_line_and_exit_2()
    {
        // A path the file system refuses: an error no part of the tool looks for.
        var result = await ToolRunner.RunAsync("show", "bad\0path.md");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("statuscodes: ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }
}
