using System;
using System.Collections.Generic;
using System.Linq;
using Ebet.StatusCodes.Generator.Diagnostics;
using Ebet.StatusCodes.Generator.Model;
using Ebet.StatusCodes.Generator.Naming;
using Ebet.StatusCodes.Generator.Parsing;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Ebet.StatusCodes.Generator.Configuration;

/// <summary>
/// Reads a catalog's configuration from its AdditionalFiles item. These metadata names are the
/// public contract (the package's props file makes them visible to the compiler; docs/generator.md
/// describes each):
/// <list type="bullet">
/// <item><c>StatusCodeEnum</c>: the enum's name; what makes a file a catalog. A comma-separated
/// list makes one enum per table (with <c>StatusCodeTable</c>).</item>
/// <item><c>StatusCodeNamespace</c>: default, the project's root namespace.</item>
/// <item><c>StatusCodeCulture</c>: the culture of the page's text (zh-Hans for eBET's page).</item>
/// <item><c>StatusCodeNeutralCulture</c>: the culture every lookup falls back to; default en when an
/// <c>.en.md</c> culture file exists, else the page's culture.</item>
/// <item><c>StatusCodeTable</c>: which table: its heading or its 1-based position; comma-separated, one per enum.</item>
/// <item><c>StatusCodeCodeColumn</c> / <c>StatusCodeDescriptionColumn</c> / <c>StatusCodeNameColumn</c>: column
/// titles the generator does not know (a title named here wins over the known ones).</item>
/// <item><c>StatusCodeMessageColumns</c>: <c>culture=column title</c> pairs, comma-separated, for tables that
/// carry other languages in columns of their own (<c>en=English</c>).</item>
/// <item><c>StatusCodeAccessibility</c>: <c>public</c> (the default) or <c>internal</c>, for the generated
/// types; the project property of the same name sets it for every catalog of the project.</item>
/// <item><c>StatusCodeConvention</c>: set by the package's convention on every <c>spec/*.md</c>; such a file
/// whose name has no second dot (<c>acme-codes.md</c>, not <c>acme-codes.en.md</c>) is a catalog even
/// without <c>StatusCodeEnum</c>, its enum named after the file (<c>AcmeCodes</c>).</item>
/// </list>
/// Problems with the values are reported here, once per file, at the file.
/// </summary>
internal static class CatalogMetadata
{
    public const string Enum = "StatusCodeEnum";
    public const string Namespace = "StatusCodeNamespace";
    public const string Culture = "StatusCodeCulture";
    public const string NeutralCulture = "StatusCodeNeutralCulture";
    public const string Table = "StatusCodeTable";
    public const string CodeColumn = "StatusCodeCodeColumn";
    public const string DescriptionColumn = "StatusCodeDescriptionColumn";
    public const string Convention = "StatusCodeConvention";
    public const string NameColumn = "StatusCodeNameColumn";
    public const string MessageColumns = "StatusCodeMessageColumns";
    public const string Accessibility = "StatusCodeAccessibility";

    /// <summary>
    /// The list separator. Not ';' (MSBuild's usual one): the compiler reads item metadata from an
    /// .editorconfig file, where ';' and '#' start a comment and cut the value short.
    /// </summary>
    public const char ListSeparator = ',';

    /// <summary>The page request for a catalog file, or null when the file is not a catalog.</summary>
    public static PageRequest? Read(string path, AnalyzerConfigOptions itemOptions, AnalyzerConfigOptions globalOptions)
    {
        var enumNames = Get(itemOptions, Enum);
        var byConvention = enumNames.Length == 0 && IsConventionCatalog(path, itemOptions);
        if (byConvention)
        {
            enumNames = Identifiers.FromWords(System.IO.Path.GetFileNameWithoutExtension(path));
        }

        if (enumNames.Length == 0)
        {
            return null;
        }

        var @namespace = Get(itemOptions, Namespace);
        if (@namespace.Length == 0)
        {
            globalOptions.TryGetValue("build_property.RootNamespace", out var rootNamespace);
            @namespace = rootNamespace?.Trim() ?? string.Empty;
        }

        var diagnostics = new DiagnosticBag();
        var fileName = System.IO.Path.GetFileName(path);
        var enums = Split(enumNames);
        var tables = Split(Get(itemOptions, Table));
        if (tables.Length > 0 && tables.Length != enums.Length)
        {
            diagnostics.Add(DiagnosticDescriptors.CatalogListMismatch, FileLocation.StartOf(path), fileName, enums.Length, tables.Length);
        }

        var pageCulture = CultureSetting(itemOptions, Culture, path, diagnostics);
        var neutralCulture = CultureSetting(itemOptions, NeutralCulture, path, diagnostics);
        var accessibility = AccessibilitySetting(itemOptions, globalOptions, path, diagnostics);
        var catalogs = enums
            .Select((name, index) => new CatalogConfig(name, @namespace, pageCulture, neutralCulture, TableFor(index, enums.Length, tables), accessibility))
            .ToArray();

        return new PageRequest(
            path,
            new ColumnTitleOverrides(Get(itemOptions, CodeColumn), Get(itemOptions, DescriptionColumn), Get(itemOptions, NameColumn)),
            MessageColumnsSetting(itemOptions, path, diagnostics),
            new EquatableArray<CatalogConfig>(catalogs),
            diagnostics.ToEquatableArray(),
            byConvention);
    }

    /// <summary>
    /// The table an enum of the list reads: the one StatusCodeTable names; without StatusCodeTable,
    /// a single enum reads the first status table and a list reads the tables in order.
    /// </summary>
    private static string TableFor(int index, int enumCount, string[] tables)
        => index < tables.Length
            ? tables[index]
            : tables.Length == 0 && enumCount > 1
                ? (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)
                : string.Empty;

    /// <summary>The item's StatusCodeAccessibility, else the project's; public when neither is set, or when the value is not valid (then reported).</summary>
    private static string AccessibilitySetting(AnalyzerConfigOptions itemOptions, AnalyzerConfigOptions globalOptions, string path, DiagnosticBag diagnostics)
    {
        var value = Get(itemOptions, Accessibility);
        if (value.Length == 0 && globalOptions.TryGetValue("build_property.StatusCodeAccessibility", out var projectValue))
        {
            value = projectValue?.Trim() ?? string.Empty;
        }

        if (value.Length == 0 || string.Equals(value, CatalogConfig.Public, StringComparison.OrdinalIgnoreCase))
        {
            return CatalogConfig.Public;
        }

        if (string.Equals(value, CatalogConfig.Internal, StringComparison.OrdinalIgnoreCase))
        {
            return CatalogConfig.Internal;
        }

        diagnostics.Add(DiagnosticDescriptors.InvalidAccessibility, FileLocation.StartOf(path), value, System.IO.Path.GetFileName(path));
        return CatalogConfig.Public;
    }

    /// <summary>A culture tag in canonical case; empty when not given or not valid (then reported at the page).</summary>
    private static string CultureSetting(AnalyzerConfigOptions itemOptions, string name, string path, DiagnosticBag diagnostics)
        => NormalizeCulture(Get(itemOptions, name), name, path, diagnostics);

    private static string NormalizeCulture(string configured, string metadataName, string path, DiagnosticBag diagnostics)
    {
        if (configured.Length == 0)
        {
            return string.Empty;
        }

        if (CultureTag.TryNormalize(configured, out var tag))
        {
            return tag;
        }

        diagnostics.Add(
            DiagnosticDescriptors.InvalidCultureTag,
            FileLocation.StartOf(path),
            configured,
            DiagnosticDescriptors.MetadataOf(metadataName, System.IO.Path.GetFileName(path)));
        return string.Empty;
    }

    /// <summary>StatusCodeMessageColumns: <c>culture=column title</c> pairs, each culture once.</summary>
    private static EquatableArray<MessageColumn> MessageColumnsSetting(AnalyzerConfigOptions itemOptions, string path, DiagnosticBag diagnostics)
    {
        var columns = new List<MessageColumn>();
        var fileName = System.IO.Path.GetFileName(path);
        foreach (var pair in Split(Get(itemOptions, MessageColumns)))
        {
            var equals = pair.IndexOf('=');
            if (equals <= 0 || pair.Substring(equals + 1).Trim().Length == 0 || pair.Substring(0, equals).Trim().Length == 0)
            {
                diagnostics.Add(DiagnosticDescriptors.MalformedMessageColumn, FileLocation.StartOf(path), fileName, pair);
                continue;
            }

            var culture = NormalizeCulture(pair.Substring(0, equals).Trim(), MessageColumns, path, diagnostics);
            var first = columns.FindIndex(column => string.Equals(column.Culture, culture, StringComparison.OrdinalIgnoreCase));
            if (first >= 0 && culture.Length > 0)
            {
                var earlier = columns[first];
                diagnostics.Add(
                    DiagnosticDescriptors.CultureGivenTwice,
                    FileLocation.StartOf(path),
                    DiagnosticDescriptors.MetadataOf(MessageColumns, fileName),
                    DiagnosticDescriptors.CultureOrOverlay(culture),
                    "'" + earlier.Culture + "=" + earlier.Title + "'");
            }
            else if (culture.Length > 0)
            {
                columns.Add(new MessageColumn(culture, pair.Substring(equals + 1).Trim()));
            }
        }

        return columns.ToEquatableArray();
    }

    /// <summary>A file the convention added whose name is not an overlay's or a culture file's.</summary>
    private static bool IsConventionCatalog(string path, AnalyzerConfigOptions itemOptions)
        => IsMarkedByConvention(itemOptions) && !SideFileName.TryParse(path, out _, out _);

    /// <summary>True for a file the package's <c>spec/</c> convention added.</summary>
    public static bool IsMarkedByConvention(AnalyzerConfigOptions itemOptions)
        => string.Equals(Get(itemOptions, Convention), "true", StringComparison.OrdinalIgnoreCase);

    private static string Get(AnalyzerConfigOptions options, string name)
        => options.TryGetValue("build_metadata.AdditionalFiles." + name, out var value) && value is not null ? value.Trim() : string.Empty;

    private static string[] Split(string list)
        => list.Length == 0
            ? Array.Empty<string>()
            : list.Split(ListSeparator).Select(item => item.Trim()).ToArray();
}
