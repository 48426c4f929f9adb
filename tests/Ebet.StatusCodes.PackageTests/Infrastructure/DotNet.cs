using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace Ebet.StatusCodes.PackageTests.Infrastructure;

/// <summary>The outcome of one <c>dotnet</c> command: its exit code and everything it printed.</summary>
public sealed record CommandResult(string Command, int ExitCode, string Output, TimeSpan Elapsed)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>The command and the end of its output, for an assertion message.</summary>
    public string Describe()
    {
        const int tail = 12_000;
        var output = Output.Length > tail ? "..." + Output[^tail..] : Output;
        return $"$ {Command}\n(exit {ExitCode} after {Elapsed.TotalSeconds:0.0} s)\n{output}";
    }
}

/// <summary>
/// Runs the .NET SDK the tests run under, as a user would from a shell, in a clean environment.
/// </summary>
internal static class DotNet
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Variables that the SDK sets for the MSBuild it hosts and that a test host inherits from
    /// <c>dotnet test</c>; a fresh <c>dotnet</c> command finds its own.
    /// </summary>
    private static readonly string[] s_inheritedBuildVariables =
    {
        "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly",
        "MSBUILDNOINPROCNODE", "_MSBUILDTLENABLED",
    };

    public static Task<CommandResult> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
        => RunProgramAsync("dotnet", workingDirectory, environment, arguments);

    /// <summary>Runs another program (an installed tool's command) in the same clean environment.</summary>
    public static async Task<CommandResult> RunProgramAsync(string program, string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in s_inheritedBuildVariables)
        {
            start.Environment.Remove(name);
        }

        // No build server or node outlives a command: nothing is left running after the tests.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["UseSharedCompilation"] = "false";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        // Plain, parseable output: no terminal logger, English messages.
        start.Environment["MSBUILDTERMINALLOGGER"] = "off";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        if (environment is not null)
        {
            foreach (var (name, value) in environment)
            {
                start.Environment[name] = value;
            }
        }

        var command = Path.GetFileName(program) + " " + string.Join(' ', arguments.Select(argument => argument.Contains(' ', StringComparison.Ordinal) ? $"\"{argument}\"" : argument));
        var output = new StringBuilder();
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(output, line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var exited = process.WaitForExitAsync();
        if (await Task.WhenAny(exited, Task.Delay(s_timeout)).ConfigureAwait(false) != exited)
        {
            process.Kill(entireProcessTree: true);
            await exited.ConfigureAwait(false);
            Append(output, $"[timed out after {s_timeout.TotalMinutes} minutes and was stopped]");
            return new CommandResult(command, -1, Snapshot(output), stopwatch.Elapsed);
        }

        // The asynchronous readers have delivered everything once WaitForExit returns.
        process.WaitForExit();
        return new CommandResult(command, process.ExitCode, Snapshot(output), stopwatch.Elapsed);
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.Append(line).Append('\n');
        }
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
