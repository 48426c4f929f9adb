using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Ebet.StatusCodes.Sample.Catalogs;

namespace Ebet.StatusCodes.Sample.Output;

/// <summary>
/// Codes as tab-separated values, one schema for every catalog so that all of them can share one
/// header: the catalog first on every row, so a grep for a number says which table each hit is from.
/// </summary>
internal static class CatalogTsv
{
    private static readonly string[] s_header = { "catalog", "code", "member", "class", "english", "page", "zh-Hans", "zh-Hant" };

    public static void WriteHeader(TextWriter output) => WriteRow(output, s_header);

    public static void WriteRows(TextWriter output, Catalog catalog)
    {
        foreach (var entry in catalog.Entries)
        {
            WriteRow(output, new[]
            {
                entry.Catalog,
                entry.Code.ToString(CultureInfo.InvariantCulture),
                entry.Member,
                entry.Class.ToString(),
                entry.English,
                entry.PageText,
                entry.SimplifiedChinese,
                entry.TraditionalChinese,
            });
        }
    }

    private static void WriteRow(TextWriter output, IEnumerable<string> fields)
        => output.WriteLine(string.Join('\t', fields.Select(Field)));

    /// <summary>No text on the page has a tab or a line break today; one tomorrow must not shift the columns.</summary>
    private static string Field(string text)
        => string.Concat(text.Select(c => char.IsControl(c) ? ' ' : c));
}
