using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using Ebet.StatusCodes.Generator.Parsing;
using Ebet.StatusCodes.Tool.Output;
using Ebet.StatusCodes.Tool.Running;

namespace Ebet.StatusCodes.Tool.Syncing;

/// <summary>The side files of one sync, each opened once, from the very text the generator read (so its line numbers hold).</summary>
internal sealed class SyncDocuments
{
    private readonly CatalogInputs _inputs;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<string, SideDocument> _documents = new(StringComparer.Ordinal);

    public SyncDocuments(CatalogInputs inputs, CancellationToken cancellationToken)
    {
        _inputs = inputs;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Every file opened or created, in the order they were first asked for.</summary>
    public IEnumerable<SideDocument> All => _documents.Values;

    public SideDocument Open(string path)
    {
        if (!_documents.TryGetValue(path, out var document))
        {
            var file = _inputs.Find(path) ?? throw new InvalidOperationException($"{path} was read by the generator but is not among the inputs.");
            _documents[path] = document = SideDocument.Open(file.Document, _cancellationToken);
        }

        return document;
    }

    /// <summary>The page's overlay: the one the generator read, else a new file beside the page (<c>stem.overlay.md</c>), with a preamble.</summary>
    public SideDocument Overlay(BoundCatalog catalog)
    {
        if (catalog.Overlay is { } overlay)
        {
            return Open(overlay.Path);
        }

        var path = SideFileName.OverlayPathFor(catalog.PagePath);
        if (_documents.TryGetValue(path, out var created))
        {
            return created;
        }

        if (File.Exists(path))
        {
            throw new ToolException($"{DisplayPath.Of(path)} exists, but a build does not read it (it is not an AdditionalFiles item of the project): add it to the project, then sync again.");
        }

        created = SideDocument.Create(path);
        created.Append(new[]
        {
            $"# Overlay for {Path.GetFileName(catalog.PagePath)}",
            string.Empty,
            "What the page does not say: each code's C# member name and its class (Success, Pending, Indeterminate,",
            "Retryable, Rejected or Fatal; an empty class leaves the code Unknown). Created by `statuscodes sync`,",
            "which adds a row for each new code; the names and classes are yours to decide.",
        });
        _documents[path] = created;
        return created;
    }
}
