using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Ebet.StatusCodes.Generator.Configuration;
using Ebet.StatusCodes.Tool.Inputs;
using Ebet.StatusCodes.Tool.Running;

namespace Ebet.StatusCodes.Tool.Commands;

/// <summary>
/// The options that say how to read pages, shared by check, sync and show: a project to read the
/// items' metadata from, or the metadata itself, one option per name of the generator's public
/// contract (docs/generator.md, "Configuration").
/// </summary>
internal sealed class CatalogOptions
{
    private readonly (Option<string?> Option, string Metadata)[] _metadata =
    {
        (Create("--enum", "names", "StatusCodeEnum: the enum's name (default: the file's name in PascalCase); a comma-separated list makes one enum per table"), CatalogMetadata.Enum),
        (Create("--table", "tables", "StatusCodeTable: the table each enum reads, by heading or 1-based position, comma-separated"), CatalogMetadata.Table),
        (Create("--culture", "tag", "StatusCodeCulture: the culture of the page's text (zh-Hans for eBET)"), CatalogMetadata.Culture),
        (Create("--neutral-culture", "tag", "StatusCodeNeutralCulture: the culture every lookup falls back to"), CatalogMetadata.NeutralCulture),
        (Create("--namespace", "name", "StatusCodeNamespace: the generated types' namespace"), CatalogMetadata.Namespace),
        (Create("--code-column", "title", "StatusCodeCodeColumn: the code column's title, when the generator does not know it"), CatalogMetadata.CodeColumn),
        (Create("--description-column", "title", "StatusCodeDescriptionColumn: the description column's title"), CatalogMetadata.DescriptionColumn),
        (Create("--name-column", "title", "StatusCodeNameColumn: the title of a column that names each code"), CatalogMetadata.NameColumn),
        (Create("--message-columns", "pairs", "StatusCodeMessageColumns: culture=column title pairs, comma-separated (en=English)"), CatalogMetadata.MessageColumns),
        (Create("--accessibility", "public|internal", "StatusCodeAccessibility: the generated types' accessibility"), CatalogMetadata.Accessibility),
    };

    public Option<string?> Project { get; } = new("--project", "-p")
    {
        Description = "Read the pages' settings from this project's AdditionalFiles items, as its build does (MSBuild evaluates it); the options below then override them",
        HelpName = "file",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Project);
        foreach (var (option, _) in _metadata)
        {
            command.Options.Add(option);
        }
    }

    public CatalogSettings Settings(ParseResult result)
        => new(_metadata.Select(pair => new KeyValuePair<string, string>(pair.Metadata, result.GetValue(pair.Option)?.Trim() ?? string.Empty)));

    /// <summary>The inputs for one page: the project's items when --project is given (the page must be one of them), else the page and the files named after it.</summary>
    public async Task<CatalogInputs> PageInputsAsync(ParseResult result, string page, CancellationToken cancellationToken)
    {
        var settings = Settings(result);
        if (result.GetValue(Project) is not { } project)
        {
            return ConventionInputs.ForPage(page).WithSettings(settings);
        }

        var inputs = await ProjectInputs.ReadAsync(project, cancellationToken).ConfigureAwait(false);
        if (inputs.Find(page) is not { IsPage: true })
        {
            throw new ToolException($"{page} is not a page of {project}: the project has no AdditionalFiles item for it with StatusCodeEnum, nor adds it by the spec/ convention.");
        }

        return inputs.WithSettings(settings, System.IO.Path.GetFullPath(page));
    }

    private static Option<string?> Create(string name, string helpName, string description) => new(name) { Description = description, HelpName = helpName };
}
