using System.Collections.Generic;
using System.Linq;
using Ebet.StatusCodes.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace Ebet.StatusCodes.Tool.Running;

/// <summary>A page and the side files named after it (<c>page.overlay.md</c>, <c>page.en.md</c>), as the generator ties them.</summary>
internal static class PageFiles
{
    public static bool Contains(string pagePath, string path)
        => CatalogInputs.PathsEqual(path, pagePath) || (SideFileName.TryParse(path, out var owner, out _) && SideFileName.SamePath(owner, pagePath));

    /// <summary>The diagnostics about the page and its side files, in the order given.</summary>
    public static IEnumerable<Diagnostic> Diagnostics(IEnumerable<Diagnostic> diagnostics, string pagePath)
        => diagnostics.Where(diagnostic => diagnostic.Location.GetLineSpan().Path is { Length: > 0 } path && Contains(pagePath, path));
}
