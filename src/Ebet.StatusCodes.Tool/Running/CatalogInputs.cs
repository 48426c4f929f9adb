using System;
using System.Collections.Generic;
using System.Linq;
using Ebet.StatusCodes.Generator.Configuration;
using Ebet.StatusCodes.Generator.Parsing;
using Ebet.StatusCodes.Tool.Documents;
using Ebet.StatusCodes.Tool.Inputs;

namespace Ebet.StatusCodes.Tool.Running;

/// <summary>
/// What a project would hand the compiler, held in memory: markdown files with their
/// <c>AdditionalFiles</c> item metadata (<c>StatusCodeEnum</c>, <c>StatusCodeConvention</c>...), and the
/// build properties the generator reads (<c>RootNamespace</c>, <c>StatusCodeAccessibility</c>).
/// </summary>
internal sealed class CatalogInputs
{
    public CatalogInputs(IReadOnlyList<CatalogFile> files, IReadOnlyDictionary<string, string> properties)
    {
        Files = files;
        Properties = properties;
    }

    public IReadOnlyList<CatalogFile> Files { get; }

    public IReadOnlyDictionary<string, string> Properties { get; }

    public CatalogFile? Find(string path) => Files.FirstOrDefault(file => PathsEqual(file.Document.Path, path));

    /// <summary>The same inputs with some files' texts replaced (or added): how a build would see them after an edit.</summary>
    public CatalogInputs With(IEnumerable<TextDocument> documents)
    {
        var files = Files.ToList();
        foreach (var document in documents)
        {
            var index = files.FindIndex(file => PathsEqual(file.Document.Path, document.Path));
            if (index >= 0)
            {
                files[index] = files[index] with { Document = document };
            }
            else
            {
                files.Add(new CatalogFile(document, CatalogFile.SideFileMetadata));
            }
        }

        return new CatalogInputs(files, Properties);
    }

    /// <summary>
    /// The same inputs with the settings on the pages' items: on <paramref name="page"/> alone when
    /// given, else on every file that is a page (one a project names a catalog, or one the convention
    /// reads as a page).
    /// </summary>
    public CatalogInputs WithSettings(CatalogSettings settings, string? page = null)
        => settings.IsEmpty
            ? this
            : new CatalogInputs(
                Files.Select(file => (page is null ? file.IsPage : PathsEqual(file.Document.Path, page)) ? file with { Metadata = settings.ApplyTo(file.Metadata) } : file).ToList(),
                Properties);

    public static bool PathsEqual(string left, string right)
        => string.Equals(System.IO.Path.GetFullPath(left), System.IO.Path.GetFullPath(right), StringComparison.Ordinal);
}

/// <summary>One markdown file and its item's metadata (names without the <c>build_metadata.AdditionalFiles.</c> prefix).</summary>
internal sealed record CatalogFile(TextDocument Document, IReadOnlyDictionary<string, string> Metadata)
{
    /// <summary>The metadata of a side file the convention added: nothing but the convention's mark.</summary>
    public static IReadOnlyDictionary<string, string> SideFileMetadata { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [CatalogMetadata.Convention] = "true",
    };

    /// <summary>True for a page: an item the project names a catalog, or one the convention adds whose name is not a side file's.</summary>
    public bool IsPage
        => Metadata.ContainsKey(CatalogMetadata.Enum)
           || (Metadata.TryGetValue(CatalogMetadata.Convention, out var convention) && string.Equals(convention, "true", StringComparison.OrdinalIgnoreCase)
               && !SideFileName.TryParse(Document.Path, out _, out _));
}
