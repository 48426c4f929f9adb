using System.Collections.Generic;
using System.Linq;
using Ebet.StatusCodes.Generator.Model;
using Ebet.StatusCodes.Tool.Running;

namespace Ebet.StatusCodes.Tool.Showing;

/// <summary>A catalog as <c>show</c> lists it: the enum, its cultures, and the codes asked for (all of them when none is).</summary>
internal sealed record CatalogRows(BoundCatalog Catalog, IReadOnlyList<CodeSpec> Codes)
{
    public string EnumName => Catalog.EnumName;

    /// <summary>The message cultures, the neutral one first, as <c>GetMessage</c> falls back through them; the invariant culture shows as <c>page</c>.</summary>
    public IReadOnlyList<string> Cultures => Catalog.Spec.Cultures.Select(culture => Label(culture.Tag)).ToList();

    public static string Label(string cultureTag) => cultureTag.Length > 0 ? cultureTag : "page";

    public static CatalogRows Of(BoundCatalog catalog, IReadOnlyCollection<int> codes)
        => new(catalog, catalog.Spec.Codes.Where(code => codes.Count == 0 || codes.Contains(code.Value)).ToList());
}
