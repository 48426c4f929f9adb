using System.Collections.Generic;
using System.CommandLine;
using Ebet.StatusCodes.Generator.Configuration;
using Ebet.StatusCodes.Tool.Diffing;
using Ebet.StatusCodes.Tool.Inputs;
using Ebet.StatusCodes.Tool.Output;

namespace Ebet.StatusCodes.Tool.Commands;

/// <summary><c>statuscodes diff OLD NEW</c>: what changed between two versions of a page.</summary>
internal static class DiffCommand
{
    public static Command Create(ToolConsole console)
    {
        var oldPage = new Argument<string>("old") { Description = "The page as it was: a file, or the http(s) address of the raw page" };
        var newPage = new Argument<string>("new") { Description = "The page as it is: a file, or the http(s) address of the raw page (the vendor's published one, say)" };
        var format = new Option<DiffFormat>("--format", "-f")
        {
            Description = "text (a table on a terminal, tab-separated records when redirected), json, or markdown (for a pull request)",
            DefaultValueFactory = _ => DiffFormat.Text,
        };
        var codeColumn = new Option<string?>("--code-column") { Description = "StatusCodeCodeColumn: the code column's title, when the generator does not know it", HelpName = "title" };
        var descriptionColumn = new Option<string?>("--description-column") { Description = "StatusCodeDescriptionColumn: the description column's title", HelpName = "title" };
        var command = new Command("diff", "Show what changed between two versions of a page, table by table: codes added, removed and reworded, tables added or removed, headings, form (pipe or HTML) and columns. Exit 0: no change; 1: changes; 2: error")
        {
            oldPage,
            newPage,
            format,
            codeColumn,
            descriptionColumn,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var settings = new CatalogSettings(new Dictionary<string, string>
            {
                [CatalogMetadata.CodeColumn] = result.GetValue(codeColumn)?.Trim() ?? string.Empty,
                [CatalogMetadata.DescriptionColumn] = result.GetValue(descriptionColumn)?.Trim() ?? string.Empty,
            });
            using var http = PageSource.CreateClient();
            return await DiffRun.RunAsync(result.GetValue(oldPage)!, result.GetValue(newPage)!, result.GetValue(format), settings, console, http, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
