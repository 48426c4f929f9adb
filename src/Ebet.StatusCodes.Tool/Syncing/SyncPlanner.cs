using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Ebet.StatusCodes.Generator.Parsing;
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
        var errors = OfPage(run.Diagnostics, pagePath).Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new ToolException("sync changes nothing while a build of the page's files has errors; fix them first:\n" + string.Join("\n", errors.Select(MsBuildFormat.Line)));
        }

        var catalogs = BoundCatalog.All(run).Where(catalog => CatalogInputs.PathsEqual(catalog.PagePath, pagePath)).ToList();
        if (catalogs.Count == 0)
        {
            var said = OfPage(run.Diagnostics, pagePath).Select(MsBuildFormat.Line).ToList();
            throw new ToolException($"{DisplayPath.Of(pagePath)} is not a status-code page to a build" + (said.Count > 0 ? ":\n" + string.Join("\n", said) : "."));
        }

        var documents = new SyncDocuments(inputs, cancellationToken);
        foreach (var catalog in catalogs)
        {
            OverlaySync.Plan(catalog, documents, keepStale);
            CultureSync.Plan(catalog, documents, keepStale);
        }

        return new SyncPlan(documents.All.Where(document => document.HasEdits).Select(document => new FileSync(document, document.Result())).ToList());
    }

    /// <summary>The diagnostics about the page and the side files named after it.</summary>
    public static IEnumerable<Diagnostic> OfPage(IEnumerable<Diagnostic> diagnostics, string pagePath)
        => diagnostics.Where(diagnostic => diagnostic.Location.GetLineSpan().Path is { Length: > 0 } path
            && (CatalogInputs.PathsEqual(path, pagePath) || (SideFileName.TryParse(path, out var owner, out _) && SideFileName.SamePath(owner, pagePath))));
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
