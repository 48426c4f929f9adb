using System;
using System.Diagnostics;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Ebet.StatusCodes.Tool.Inputs;

/// <summary>Runs the .NET SDK's <c>dotnet</c> command (to evaluate a project with MSBuild) and captures what it prints.</summary>
internal static class DotNetCommand
{
    /// <summary>
    /// Variables the SDK sets for the MSBuild it hosts; a tool started from inside a build (or a test
    /// run) inherits them, and a fresh <c>dotnet</c> command must find its own.
    /// </summary>
    private static readonly string[] s_hostedBuildVariables =
    {
        "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly", "MSBUILDNOINPROCNODE", "_MSBUILDTLENABLED",
    };

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string workingDirectory, CancellationToken cancellationToken, params string[] arguments)
    {
        // DOTNET_HOST_PATH is the dotnet that runs the tool, when the SDK started it.
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
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

        foreach (var name in s_hostedBuildVariables)
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["MSBUILDTERMINALLOGGER"] = "off";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";

        using var process = Process.Start(start) ?? throw new ToolException("Could not start dotnet.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        return (process.ExitCode, await output.ConfigureAwait(false), await error.ConfigureAwait(false));
    }
}
