using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Ebet.StatusCodes.Tool.Output;

namespace Ebet.StatusCodes.Tool.Commands;

/// <summary>The tool's command line: its commands, its help, and one way for every failure to end (a message, exit 2).</summary>
internal static class ToolCommandLine
{
    public const string Name = "statuscodes";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, ToolConsole console, CancellationToken cancellationToken)
    {
        var root = Create(console);
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                await console.Error.WriteLineAsync($"{Name}: {error.Message}").ConfigureAwait(false);
            }

            await console.Error.WriteLineAsync($"Usage: {Name} <check|diff|sync|show> [arguments] [options]; {Name} <command> --help says more.").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        try
        {
            return await parseResult.InvokeAsync(
                new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (IsUserFacing(exception))
        {
            await console.Error.WriteLineAsync($"{Name}: error: {exception.Message}").ConfigureAwait(false);
            return ExitCodes.Error;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A failure the tool did not foresee still ends in one line, never a stack trace.
            await console.Error.WriteLineAsync($"{Name}: unexpected error ({exception.GetType().Name}): {exception.Message}").ConfigureAwait(false);
            return ExitCodes.Error;
        }
    }

    /// <summary>Failures that are about the input or the machine, not the tool: their message says it all.</summary>
    private static bool IsUserFacing(Exception exception)
        => exception is ToolException or IOException or UnauthorizedAccessException or HttpRequestException;

    private static RootCommand Create(ToolConsole console)
    {
        var root = new RootCommand("Checks a vendor's status-code page as a build would, shows what changed between two versions of it, brings its overlay and culture files up to date, and shows its catalog as the generated enum will be.")
        {
            CheckCommand.Create(console),
            DiffCommand.Create(console),
            SyncCommand.Create(console),
            ShowCommand.Create(console),
        };
        if (console.Width is { } width)
        {
            foreach (var help in root.Options.OfType<HelpOption>().Select(option => option.Action).OfType<HelpAction>())
            {
                help.MaxWidth = width;
            }
        }

        return root;
    }
}
