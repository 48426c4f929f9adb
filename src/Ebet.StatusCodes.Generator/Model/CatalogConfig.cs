namespace Ebet.StatusCodes.Generator.Model;

/// <summary>One enum to generate, as the catalog's AdditionalFiles item configures it.</summary>
/// <param name="EnumName">StatusCodeEnum (one entry of it, when the item lists several).</param>
/// <param name="Namespace">StatusCodeNamespace, else the project's root namespace; empty for the global namespace.</param>
/// <param name="PageCulture">StatusCodeCulture in canonical case: the culture of the page's text, or empty when not given.</param>
/// <param name="NeutralCulture">StatusCodeNeutralCulture in canonical case, or empty for the default rule.</param>
/// <param name="TableSelector">StatusCodeTable (one entry of it): headings, positions or ranges joined by '+'; empty for the first table.</param>
/// <param name="Accessibility">StatusCodeAccessibility: "public" or "internal", the generated types' accessibility.</param>
internal sealed record CatalogConfig(
    string EnumName,
    string Namespace,
    string PageCulture,
    string NeutralCulture,
    string TableSelector,
    string Accessibility = CatalogConfig.Public)
{
    public const string Public = "public";
    public const string Internal = "internal";
}

/// <summary>A catalog file and everything its item's metadata asks for.</summary>
/// <param name="Path">The file's path as the compiler knows it.</param>
/// <param name="Columns">Column titles from StatusCodeCodeColumn / StatusCodeDescriptionColumn / StatusCodeNameColumn.</param>
/// <param name="MessageColumns">Columns that hold another culture's messages (StatusCodeMessageColumns).</param>
/// <param name="Catalogs">One entry per enum to generate from the file.</param>
/// <param name="Diagnostics">Problems with the metadata itself.</param>
/// <param name="ByConvention">True when the file is a catalog only because the package's convention added it.</param>
internal sealed record PageRequest(
    string Path,
    ColumnTitleOverrides Columns,
    EquatableArray<MessageColumn> MessageColumns,
    EquatableArray<CatalogConfig> Catalogs,
    EquatableArray<DiagnosticInfo> Diagnostics,
    bool ByConvention = false)
{
    /// <summary>The enums the file generates, in the item's order.</summary>
    public EquatableArray<string> EnumNames => new(System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(Catalogs, catalog => catalog.EnumName)));
}

/// <summary>The enums of one catalog file, for the side files beside it.</summary>
internal sealed record PageCatalogs(string PagePath, EquatableArray<string> EnumNames)
{
    /// <summary>The enum names of the page at <paramref name="pagePath"/>; empty when it is not a catalog.</summary>
    public static EquatableArray<string> Of(EquatableArray<PageCatalogs> pages, string pagePath)
    {
        foreach (var page in pages)
        {
            if (Parsing.SideFileName.SamePath(page.PagePath, pagePath))
            {
                return page.EnumNames;
            }
        }

        return EquatableArray<string>.Empty;
    }
}

/// <summary>Column titles the item names for a page whose headers the generator does not know.</summary>
internal readonly record struct ColumnTitleOverrides(string Code, string Description, string Name);

/// <summary>A page column that holds the messages of <see cref="Culture"/> (a bilingual vendor table).</summary>
internal readonly record struct MessageColumn(string Culture, string Title);
