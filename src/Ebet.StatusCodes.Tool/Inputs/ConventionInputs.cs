using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Ebet.StatusCodes.Generator.Configuration;
using Ebet.StatusCodes.Generator.Naming;
using Ebet.StatusCodes.Generator.Parsing;
using Ebet.StatusCodes.Tool.Documents;
using Ebet.StatusCodes.Tool.Running;

namespace Ebet.StatusCodes.Tool.Inputs;

/// <summary>
/// Pages without a project, found as the package's <c>spec/</c> convention finds them: every
/// <c>*.md</c> of a folder (top level only) is an item marked <c>StatusCodeConvention="true"</c>, a page
/// is a catalog named after its file, and its overlay and culture files are the files named after it
/// (<c>acme-codes.overlay.md</c>, <c>acme-codes.en.md</c>). A page named on the command line is a
/// catalog for certain, as one a project names with <c>StatusCodeEnum</c>: a table missing from it is
/// an error rather than a sign that the file is not a page.
/// </summary>
internal static class ConventionInputs
{
    /// <summary>Folders and pages, as <c>check</c> takes them.</summary>
    public static CatalogInputs FromPaths(IReadOnlyList<string> paths)
    {
        var files = new List<CatalogFile>();
        foreach (var path in paths.Select(Path.GetFullPath))
        {
            var found = Directory.Exists(path) ? Folder(path) : Page(path);
            files.AddRange(found.Where(file => !files.Exists(known => known.Document.Path == file.Document.Path)));
        }

        return new CatalogInputs(files, new Dictionary<string, string>());
    }

    /// <summary>One page and the side files beside it.</summary>
    public static CatalogInputs ForPage(string pagePath)
        => new(Page(Path.GetFullPath(pagePath)), new Dictionary<string, string>());

    private static IEnumerable<CatalogFile> Folder(string folder)
    {
        var paths = Directory.GetFiles(folder, "*.md", SearchOption.TopDirectoryOnly).OrderBy(path => path, StringComparer.Ordinal).ToList();
        if (paths.Count == 0)
        {
            throw new ToolException($"{folder} has no markdown file (*.md).");
        }

        return paths.Select(path => new CatalogFile(TextDocument.Read(path), CatalogFile.SideFileMetadata));
    }

    private static List<CatalogFile> Page(string path)
    {
        var document = TextDocument.Read(path);
        if (SideFileName.TryParse(path, out var pagePath, out _))
        {
            throw new ToolException(
                $"{Path.GetFileName(path)} is named as a side file of {Path.GetFileName(pagePath)} (a second dot in its name): give the page itself.");
        }

        var metadata = new Dictionary<string, string>(CatalogFile.SideFileMetadata)
        {
            [CatalogMetadata.Enum] = Identifiers.FromWords(Path.GetFileNameWithoutExtension(path)),
        };
        var files = new List<CatalogFile> { new(document, metadata) };
        var folder = Path.GetDirectoryName(path)!;
        foreach (var sibling in Directory.GetFiles(folder, "*.md", SearchOption.TopDirectoryOnly).OrderBy(sibling => sibling, StringComparer.Ordinal))
        {
            if (SideFileName.TryParse(sibling, out var owner, out _) && SideFileName.SamePath(owner, path))
            {
                files.Add(new CatalogFile(TextDocument.Read(sibling), CatalogFile.SideFileMetadata));
            }
        }

        return files;
    }
}
