using Ebet.StatusCodes.Generator.Model;
using Ebet.StatusCodes.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Ebet.StatusCodes.Generator.Configuration;

/// <summary>
/// An additional markdown file and what it is to the generator: a catalog (with its request), a
/// side file (the page it belongs to and its culture), or neither.
/// </summary>
/// <param name="Page">The catalog's request, when the file is a catalog.</param>
/// <param name="PagePath">The page a side file belongs to, by name; null for a catalog or an unrelated file.</param>
/// <param name="CultureTag">A side file's culture as its name writes it; empty for the overlay.</param>
/// <param name="ByConvention">True when the package's <c>spec/</c> convention added the file.</param>
internal sealed record InputFile(AdditionalText Text, PageRequest? Page, string? PagePath, string CultureTag, bool ByConvention)
{
    public string Path => Text.Path;

    public static InputFile Classify(AdditionalText text, AnalyzerConfigOptionsProvider options)
    {
        var itemOptions = options.GetOptions(text);
        var byConvention = CatalogMetadata.IsMarkedByConvention(itemOptions);
        var page = CatalogMetadata.Read(text.Path, itemOptions, options.GlobalOptions);
        if (page is not null)
        {
            return new InputFile(text, page, null, string.Empty, byConvention);
        }

        return SideFileName.TryParse(text.Path, out var pagePath, out var cultureTag)
            ? new InputFile(text, null, pagePath, cultureTag, byConvention)
            : new InputFile(text, null, null, string.Empty, byConvention);
    }
}
