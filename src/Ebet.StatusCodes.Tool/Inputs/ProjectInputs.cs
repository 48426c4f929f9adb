using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Ebet.StatusCodes.Tool.Documents;
using Ebet.StatusCodes.Tool.Running;

namespace Ebet.StatusCodes.Tool.Inputs;

/// <summary>
/// A project's catalogs as its build sees them: MSBuild evaluates the project (<c>dotnet msbuild
/// -getItem</c>), so the package's <c>spec/</c> convention, the project's own items and their metadata
/// are exactly the compiler's. Only the markdown items and the metadata and properties the generator
/// reads are kept.
/// </summary>
internal static class ProjectInputs
{
    private const string MetadataPrefix = "StatusCode";

    /// <summary>The build properties the generator reads (the package's props make them visible to the compiler).</summary>
    private static readonly string[] s_properties = { "RootNamespace", Generator.Configuration.CatalogMetadata.Accessibility };

    public static async Task<CatalogInputs> ReadAsync(string projectPath, CancellationToken cancellationToken)
    {
        var project = Path.GetFullPath(projectPath);
        if (!File.Exists(project))
        {
            throw new ToolException($"{projectPath} does not exist.");
        }

        var evaluation = await EvaluateAsync(project, cancellationToken).ConfigureAwait(false);
        if (evaluation.RootElement.GetProperty("Properties").GetProperty("ProjectAssetsFile").GetString() is { Length: > 0 } assets && !File.Exists(assets))
        {
            // The package's props come in through the restore's output: without it the convention is not there.
            var restore = await DotNetCommand.RunAsync(Path.GetDirectoryName(project)!, cancellationToken, "restore", project).ConfigureAwait(false);
            if (restore.ExitCode != 0)
            {
                throw new ToolException($"dotnet restore {projectPath} failed:\n{restore.Output}{restore.Error}".TrimEnd());
            }

            evaluation.Dispose();
            evaluation = await EvaluateAsync(project, cancellationToken).ConfigureAwait(false);
        }

        using (evaluation)
        {
            return Read(evaluation.RootElement);
        }
    }

    private static async Task<JsonDocument> EvaluateAsync(string project, CancellationToken cancellationToken)
    {
        var arguments = new List<string> { "msbuild", project, "-nologo", "-getItem:AdditionalFiles", "-getProperty:ProjectAssetsFile" };
        arguments.AddRange(s_properties.Select(property => "-getProperty:" + property));
        var (exitCode, output, error) = await DotNetCommand.RunAsync(Path.GetDirectoryName(project)!, cancellationToken, arguments.ToArray()).ConfigureAwait(false);
        if (exitCode != 0)
        {
            throw new ToolException($"MSBuild could not evaluate {project}:\n{output}{error}".TrimEnd());
        }

        try
        {
            return JsonDocument.Parse(output);
        }
        catch (JsonException exception)
        {
            throw new ToolException($"MSBuild's evaluation of {project} is not the JSON expected:\n{output}", exception);
        }
    }

    private static CatalogInputs Read(JsonElement evaluation)
    {
        var files = new List<CatalogFile>();
        if (evaluation.GetProperty("Items").TryGetProperty("AdditionalFiles", out var items))
        {
            foreach (var item in items.EnumerateArray())
            {
                var path = item.GetProperty("FullPath").GetString()!;
                if (!path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || files.Exists(file => file.Document.Path == path))
                {
                    continue;
                }

                var metadata = item.EnumerateObject()
                    .Where(property => property.Name.StartsWith(MetadataPrefix, StringComparison.Ordinal))
                    .ToDictionary(property => property.Name, property => property.Value.GetString() ?? string.Empty, StringComparer.Ordinal);
                files.Add(new CatalogFile(TextDocument.Read(path), metadata));
            }
        }

        var properties = evaluation.GetProperty("Properties").EnumerateObject()
            .Where(property => s_properties.Contains(property.Name, StringComparer.Ordinal) && property.Value.GetString() is { Length: > 0 })
            .ToDictionary(property => property.Name, property => property.Value.GetString()!, StringComparer.Ordinal);
        return new CatalogInputs(files, properties);
    }
}
