using System;
using System.Collections.Generic;
using System.Linq;
using Ebet.StatusCodes.Generator.Binding;
using Ebet.StatusCodes.Generator.Diagnostics;
using Ebet.StatusCodes.Generator.Model;
using Ebet.StatusCodes.Generator.Parsing;

namespace Ebet.StatusCodes.Tool.Running;

/// <summary>
/// One enum as a build makes it, with what it was made from: the page's table the enum reads, the
/// generated catalog (names, classes, messages per culture), and the overlay and culture sections
/// that served it, with the locations of their rows.
/// </summary>
/// <param name="Table">The status table the enum reads (several, read as one), as the generator selects it.</param>
/// <param name="Spec">The catalog as generated: codes in the table's order.</param>
/// <param name="Overlay">The overlay the generator read for the page, if it has one.</param>
/// <param name="Cultures">The culture files the generator read for the page, one per culture.</param>
internal sealed record BoundCatalog(
    ParsedPage Page,
    int Index,
    StatusTable Table,
    CatalogSpec Spec,
    OverlayFile? Overlay,
    IReadOnlyList<CultureFile> Cultures)
{
    public string EnumName => Spec.EnumName;

    public string PagePath => Page.Request.Path;

    /// <summary>The overlay's rows for this enum; null when the overlay has no table for it (or there is no overlay).</summary>
    public OverlaySection? OverlaySection => Overlay?.Sections.FirstOrDefault(section => section.Catalog == EnumName);

    /// <summary>The culture whose messages are the page's own text.</summary>
    public string PageCulture => Spec.Cultures[Spec.PageCultureIndex].Tag;

    /// <summary>A culture file's rows for this enum; null when the file has no table for it.</summary>
    public MessageSection? SectionOf(CultureFile file)
        => file.Sections.FirstOrDefault(section => string.Equals(section.Catalog, EnumName, StringComparison.OrdinalIgnoreCase));

    /// <summary>The index of a culture among the spec's cultures (its messages' index), or -1.</summary>
    public int CultureIndex(string tag)
    {
        for (var i = 0; i < Spec.Cultures.Count; i++)
        {
            if (string.Equals(Spec.Cultures[i].Tag, tag, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The enums a page gives, in its list's order; a page that gives none is an error that says why, in the build's words.</summary>
    public static IReadOnlyList<BoundCatalog> OfPage(PipelineResult run, string pagePath)
    {
        var catalogs = All(run).Where(catalog => CatalogInputs.PathsEqual(catalog.PagePath, pagePath)).ToList();
        if (catalogs.Count == 0)
        {
            var said = PageFiles.Diagnostics(run.Diagnostics, pagePath).Select(Checking.MsBuildFormat.Line).ToList();
            throw new ToolException($"{Output.DisplayPath.Of(pagePath)} gives a build no enum" + (said.Count > 0 ? ":\n" + string.Join("\n", said) : "."));
        }

        return catalogs;
    }

    /// <summary>
    /// The catalogs of the run that were built, in the pages' order and each page's list order.
    /// An enum the generator could not build (its errors say why) is left out.
    /// </summary>
    public static IReadOnlyList<BoundCatalog> All(PipelineResult run)
    {
        var catalogs = new List<BoundCatalog>();
        foreach (var page in run.Pages.Where(page => page.IsCatalog))
        {
            var sideFiles = run.SideFiles.Where(file => SideFileName.SamePath(file.PagePath, page.Request.Path)).OrderBy(file => file.Path, StringComparer.Ordinal).ToList();

            // As the catalog step reads them: the first file in path order for the overlay and for each culture.
            var overlay = sideFiles.OfType<OverlayFile>().FirstOrDefault();
            var cultures = sideFiles.OfType<CultureFile>().GroupBy(file => file.CultureTag, StringComparer.OrdinalIgnoreCase).Select(group => group.First()).ToList();
            for (var index = 0; index < page.Request.Catalogs.Count; index++)
            {
                var enumName = page.Request.Catalogs[index].EnumName;
                var spec = run.Catalogs.Select(result => result.Spec).FirstOrDefault(spec => spec is not null && spec.SourcePath == page.Request.Path && spec.EnumName == enumName);
                // An enum listed twice is built once (EBSC032 reports the second).
                if (spec is not null && !catalogs.Exists(catalog => ReferenceEquals(catalog.Spec, spec)) && TableSelector.Select(page, index, new DiagnosticBag()) is { } table)
                {
                    catalogs.Add(new BoundCatalog(page, index, table, spec, overlay, cultures));
                }
            }
        }

        return catalogs;
    }
}
