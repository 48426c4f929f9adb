using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Ebet.StatusCodes.Tool.Showing;

/// <summary>
/// Catalogs for a pipe or a file: a header, then one tab-separated record per code (catalog, code,
/// member, class, the page's text, then a message per culture), for grep and cut. A text never holds
/// a tab or a line break: the cell text rule makes every run of whitespace one space.
/// </summary>
internal static class CatalogTsvWriter
{
    private static readonly string[] s_fixedColumns = { "catalog", "code", "member", "class", "description" };

    public static void Write(IReadOnlyList<CatalogRows> catalogs, TextWriter output)
    {
        var cultures = catalogs.SelectMany(catalog => catalog.Cultures).Distinct().ToList();
        output.WriteLine(string.Join('\t', s_fixedColumns.Concat(cultures.Select(culture => "message:" + culture))));
        foreach (var catalog in catalogs)
        {
            var own = catalog.Cultures.ToList();
            foreach (var code in catalog.Codes)
            {
                var messages = cultures.Select(culture => own.IndexOf(culture) is var index and >= 0 ? code.Messages[index] : string.Empty);
                output.WriteLine(string.Join('\t', new[] { catalog.EnumName, code.Value.ToString(CultureInfo.InvariantCulture), code.MemberName, code.Class.ToString(), code.Description }.Concat(messages)));
            }
        }
    }
}
