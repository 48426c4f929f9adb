using System.CommandLine;
using Ebet.StatusCodes.Tool.Output;
using Ebet.StatusCodes.Tool.Syncing;

namespace Ebet.StatusCodes.Tool.Commands;

/// <summary><c>statuscodes sync PAGE</c>: the page's overlay and culture files brought in line with it.</summary>
internal static class SyncCommand
{
    public static Command Create(ToolConsole console)
    {
        var page = new Argument<string>("page") { Description = "The vendor's page; its overlay and culture files are the files named after it (page.overlay.md, page.en.md...)" };
        var dryRun = new Option<bool>("--dry-run", "-n") { Description = "Print the unified diff sync would apply and change nothing; exit 1 when there is something to change" };
        var keepStale = new Option<bool>("--keep-stale") { Description = "Keep the rows of codes the page no longer lists, in a code block at the end of their file, instead of deleting them" };
        var catalogOptions = new CatalogOptions();
        var command = new Command("sync", "Bring the page's overlay and culture files in line with it: a row for each new code (named, class left empty), the page's new text for reworded codes, rows of removed codes deleted. Everything else in the files is kept byte for byte")
        {
            page,
            dryRun,
            keepStale,
        };
        catalogOptions.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var pagePath = result.GetValue(page)!;
            var inputs = await catalogOptions.PageInputsAsync(result, pagePath, cancellationToken).ConfigureAwait(false);
            return SyncRun.Run(inputs, pagePath, result.GetValue(dryRun), result.GetValue(keepStale), console, cancellationToken);
        });
        return command;
    }
}
