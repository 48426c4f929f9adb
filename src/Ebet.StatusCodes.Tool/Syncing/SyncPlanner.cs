using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Ebet.StatusCodes.Tool.Checking;
using Ebet.StatusCodes.Tool.Documents;
using Ebet.StatusCodes.Tool.Output;
using Ebet.StatusCodes.Tool.Running;
using Microsoft.CodeAnalysis;

namespace Ebet.StatusCodes.Tool.Syncing;

/// <summary>
/// Plans a sync of one page's side files from a run of the generator: each of the page's enums
/// gets its overlay rows, then its culture rows, brought in line. Nothing is planned while a build
/// of the page's files has errors: a row the generator could not read would look like a code the
/// page dropped, and its overlay row would be deleted.
/// </summary>
internal static class SyncPlanner
{
    public static SyncPlan Plan(PipelineResult run, CatalogInputs inputs, string pagePath, bool keepStale, CancellationToken cancellationToken)
    {
        var errors = PageFiles.Diagnostics(run.Diagnostics, pagePath).Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new ToolException("sync changes nothing while a build of the page's files has errors; fix them first:\n" + string.Join("\n", errors.Select(MsBuildFormat.Line)));
        }

        var catalogs = BoundCatalog.OfPage(run, pagePath);
        var documents = new SyncDocuments(inputs, cancellationToken);
        foreach (var catalog in catalogs)
        {
            OverlaySync.Plan(catalog, documents, keepStale);
            CultureSync.Plan(catalog, documents, keepStale);
        }

        return new SyncPlan(documents.All.Where(document => document.HasEdits).Select(document => new FileSync(document, document.Result())).ToList());
    }
}

/// <summary>The files a sync changes or creates, each with its text as it will be.</summary>
internal sealed record SyncPlan(IReadOnlyList<FileSync> Files)
{
    public bool IsEmpty => Files.Count == 0;
}

/// <summary>One file of a sync: the file as read (with what changes in it) and as it will be.</summary>
internal sealed record FileSync(SideDocument Document, TextDocument Result)
{
    public string Path => Result.Path;

    /// <summary>The change as a unified diff (<c>git apply</c> takes it, from the folder the paths are relative to).</summary>
    public string UnifiedDiff()
    {
        var name = DisplayPath.Of(Path).Replace('\\', '/');
        return Syncing.UnifiedDiff.Write(Document.IsNew ? null : name, name, Document.Edits.Compare());
    }
}
