using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Ebet.StatusCodes.Tool.Checking;
using Ebet.StatusCodes.Tool.Inputs;
using Ebet.StatusCodes.Tool.Output;
using Ebet.StatusCodes.Tool.Running;

namespace Ebet.StatusCodes.Tool.Commands;

/// <summary><c>statuscodes check [PATH...]</c>: the diagnostics a build gives, for folders of pages, pages or a project.</summary>
internal static class CheckCommand
{
    /// <summary>The folder checked when no path is given, as the package's convention reads it.</summary>
    public const string DefaultFolder = "spec";

    public static Command Create(ToolConsole console)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "Folders of pages (every *.md, as the spec/ convention reads them), pages (with the side files named after them) or a project file (.csproj). Default: ./spec, else the current folder",
            Arity = ArgumentArity.ZeroOrMore,
        };
        paths.Validators.Add(result =>
        {
            // A word the parser could not match as an option would otherwise be taken for a path.
            foreach (var token in result.Tokens.Where(token => token.Value.StartsWith('-')))
            {
                result.AddError($"Unknown option '{token.Value}'.");
            }
        });
        var info = new Option<bool>("--info") { Description = "Also print informational diagnostics, which a build shows only in a detailed log" };
        var warningsAsErrors = new Option<bool>("--warnaserror") { Description = "Exit with 1 on warnings too, as a build with -warnaserror fails" };
        var catalogOptions = new CatalogOptions();
        var command = new Command("check", "Print the diagnostics a build gives for the pages, in MSBuild's format (file(line,col): warning EBSC014: ...); exit 1 when there are errors")
        {
            paths,
            info,
            warningsAsErrors,
        };
        catalogOptions.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var inputs = await InputsAsync(result.GetValue(paths) ?? Array.Empty<string>(), result, catalogOptions, cancellationToken).ConfigureAwait(false);
            return CheckRun.Run(inputs, result.GetValue(info), result.GetValue(warningsAsErrors), console, cancellationToken);
        });
        return command;
    }

    private static async Task<CatalogInputs> InputsAsync(string[] paths, ParseResult result, CatalogOptions options, CancellationToken cancellationToken)
    {
        var settings = options.Settings(result);
        var project = result.GetValue(options.Project);
        if (project is null && paths.Length == 1 && IsProjectFile(paths[0]))
        {
            project = paths[0];
            paths = Array.Empty<string>();
        }

        if (project is not null)
        {
            if (paths.Length > 0)
            {
                throw new ToolException("Give either a project or paths of pages, not both: a project names its own pages.");
            }

            return (await ProjectInputs.ReadAsync(project, cancellationToken).ConfigureAwait(false)).WithSettings(settings);
        }

        if (paths.Length == 0)
        {
            paths = new[] { Directory.Exists(DefaultFolder) ? DefaultFolder : "." };
        }

        return ConventionInputs.FromPaths(paths).WithSettings(settings);
    }

    private static bool IsProjectFile(string path) => path.EndsWith("proj", StringComparison.OrdinalIgnoreCase) && File.Exists(path);
}
