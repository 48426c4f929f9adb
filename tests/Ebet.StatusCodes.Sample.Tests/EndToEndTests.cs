using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Ebet.StatusCodes.Sample.Tests.Infrastructure;
using Xunit;

namespace Ebet.StatusCodes.Sample.Tests;

/// <summary>The real program, started as a process with its output redirected, as a script runs it.</summary>
public class EndToEndTests
{
    [Fact]
    public async Task The_main_job_runs_to_the_end_in_plain_text()
    {
        var (exitCode, output, error) = await RunAsync();

        Assert.True(exitCode == 0, error);
        Assert.False(TerminalCells.HasEscapes(output));
        Assert.Contains("EbetStatusCode\t4026\tInvalidSignature\tFatal\t", output, StringComparison.Ordinal);
        Assert.Contains("final: 200 Success (Success) after 3 call(s)", output, StringComparison.Ordinal);
        Assert.Contains("What next", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_exits_non_zero_with_a_message()
    {
        var (exitCode, output, error) = await RunAsync("garbage");

        Assert.Equal(1, exitCode);
        Assert.Empty(output);
        Assert.StartsWith("'garbage' is neither a status code nor a member", error, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Ebet.StatusCodes.Sample.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
