using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Ebet.StatusCodes.Sample.Output;
using Spectre.Console;

namespace Ebet.StatusCodes.Sample.Tests.Infrastructure;

/// <summary>Runs the sample's command line in process, into a terminal of a fixed width or into a pipe.</summary>
internal static class SampleRunner
{
    /// <summary>A terminal of <paramref name="width"/> cells without escape sequences, so that lines measure as they show.</summary>
    public static Task<SampleResult> InTerminalAsync(int width, params string[] args)
        => RunAsync(args, (output, error) => SampleConsole.Terminal(output, error, width, AnsiSupport.No, noColour: false));

    /// <summary>A terminal that takes escape sequences, with colour unless <paramref name="noColour"/>.</summary>
    public static Task<SampleResult> InColourTerminalAsync(bool noColour, params string[] args)
        => RunAsync(args, (output, error) => SampleConsole.Terminal(output, error, 120, AnsiSupport.Yes, noColour));

    /// <summary>Standard output redirected to a pipe or a file.</summary>
    public static Task<SampleResult> RedirectedAsync(params string[] args)
        => RunAsync(args, SampleConsole.Plain);

    private static async Task<SampleResult> RunAsync(string[] args, Func<TextWriter, TextWriter, SampleConsole> console)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await SampleCommandLine.RunAsync(args, console(output, error), CancellationToken.None);
        return new SampleResult(exitCode, output.ToString(), error.ToString());
    }
}

internal sealed record SampleResult(int ExitCode, string Output, string Error)
{
    public IReadOnlyList<string> Lines => Output.Split('\n').Select(line => line.TrimEnd('\r')).ToArray();
}
