using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Ebet.StatusCodes.Tool.Commands;
using Ebet.StatusCodes.Tool.Output;
using Spectre.Console;

namespace Ebet.StatusCodes.Tool.Tests.Infrastructure;

/// <summary>Runs the tool's command line in process, its output redirected (plain) or into a terminal of a fixed width.</summary>
internal static class ToolRunner
{
    public static Task<ToolResult> RunAsync(params string[] args) => RunAsync(args, ToolConsole.Plain);

    /// <summary>A terminal of <paramref name="width"/> cells without escape sequences, so that lines measure as they show.</summary>
    public static Task<ToolResult> InTerminalAsync(int width, params string[] args)
        => RunAsync(args, (output, error) => ToolConsole.ForTerminal(output, error, width, AnsiSupport.No, noColour: true));

    private static async Task<ToolResult> RunAsync(string[] args, System.Func<TextWriter, TextWriter, ToolConsole> console)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await ToolCommandLine.RunAsync(args, console(output, error), CancellationToken.None);
        return new ToolResult(exitCode, output.ToString(), error.ToString());
    }
}

internal sealed record ToolResult(int ExitCode, string Output, string Error)
{
    public IReadOnlyList<string> Lines => Output.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Length > 0).ToArray();

    public string Describe() => $"exit {ExitCode}\n--- output\n{Output}\n--- error\n{Error}";
}
