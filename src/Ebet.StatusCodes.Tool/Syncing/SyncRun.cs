using System.IO;
using System.Linq;
using System.Threading;
using Ebet.StatusCodes.Tool.Checking;
using Ebet.StatusCodes.Tool.Output;
using Ebet.StatusCodes.Tool.Running;
using Microsoft.CodeAnalysis;

namespace Ebet.StatusCodes.Tool.Syncing;

/// <summary>
/// <c>sync PAGE</c>: plans the changes, checks them by running the generator on the result, then
/// writes the files (or, with --dry-run, prints the unified diff and writes nothing).
/// </summary>
internal static class SyncRun
{
    public static int Run(CatalogInputs inputs, string pagePath, bool dryRun, bool keepStale, ToolConsole console, CancellationToken cancellationToken)
    {
        var page = Path.GetFullPath(pagePath);
        var plan = SyncPlanner.Plan(GeneratorPipeline.Run(inputs, cancellationToken), inputs, page, keepStale, cancellationToken);
        if (plan.IsEmpty)
        {
            console.Out.WriteLine($"statuscodes sync: {DisplayPath.Of(page)}'s overlay and culture files are up to date.");
            return ExitCodes.Success;
        }

        var after = GeneratorPipeline.Run(inputs.With(plan.Files.Select(file => file.Result)), cancellationToken);
        if (dryRun)
        {
            foreach (var file in plan.Files)
            {
                console.Out.Write(file.UnifiedDiff());
            }
        }
        else
        {
            foreach (var file in plan.Files)
            {
                file.Result.Write();
            }
        }

        var report = dryRun ? console.Error : console.Out;
        WriteSummary(plan, dryRun, report);
        var remaining = PageFiles.Diagnostics(after.Diagnostics, page).Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).ToList();
        if (remaining.Count > 0)
        {
            report.WriteLine("A build after the sync still reports:");
            foreach (var diagnostic in remaining)
            {
                report.WriteLine(MsBuildFormat.Line(diagnostic));
            }
        }

        return dryRun ? ExitCodes.Found : ExitCodes.Success;
    }

    private static void WriteSummary(SyncPlan plan, bool dryRun, TextWriter report)
    {
        foreach (var file in plan.Files)
        {
            var changes = file.Document.Changes;
            var verb = (file.Document.IsNew, dryRun) switch
            {
                (true, true) => "would be created",
                (true, false) => "created",
                (false, true) => "would change",
                (false, false) => "changed",
            };
            report.WriteLine($"{DisplayPath.Of(file.Path)} {verb}: {Count(changes, '+', "added")}, {Count(changes, '-', "removed")}, {Count(changes, '~', "updated")}");
            foreach (var change in changes)
            {
                report.WriteLine($"  {change.Kind} {change.Code.ToString(System.Globalization.CultureInfo.InvariantCulture)} {change.Description}");
            }
        }

        if (plan.Files.Any(file => file.Document.Changes.Any(change => change.Kind == '+' && change.Description.Contains("no class yet", System.StringComparison.Ordinal))))
        {
            report.WriteLine("Next: give the new codes a class in the overlay (they stay Unknown until then), translate the rows marked "
                + CellMarkdown.TranslateMarker + ", and build.");
        }
    }

    private static string Count(System.Collections.Generic.IReadOnlyCollection<SyncChange> changes, char kind, string verb)
        => $"{changes.Count(change => change.Kind == kind).ToString(System.Globalization.CultureInfo.InvariantCulture)} {(changes.Count(change => change.Kind == kind) == 1 ? "row" : "rows")} {verb}";
}
