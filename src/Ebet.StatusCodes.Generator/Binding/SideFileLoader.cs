using System;
using System.Linq;
using System.Threading;
using Ebet.StatusCodes.Generator.Diagnostics;
using Ebet.StatusCodes.Generator.Model;
using Ebet.StatusCodes.Generator.Naming;
using Ebet.StatusCodes.Generator.Parsing;

namespace Ebet.StatusCodes.Generator.Binding;

/// <summary>
/// The side-file step of the pipeline: reads one overlay or culture file for the catalogs of its
/// page and reports what is wrong with the file itself (its tables, its name, its front matter)
/// from here, once, whichever catalogs use it.
/// </summary>
internal static class SideFileLoader
{
    /// <param name="catalogs">The enum names of the page the file belongs to; empty when that page is not a catalog.</param>
    /// <param name="byConvention">True when the package's <c>spec/</c> convention added the file.</param>
    public static SideFileResult Load(
        string path,
        string pagePath,
        string cultureTag,
        EquatableArray<string> catalogs,
        bool byConvention,
        string text,
        CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag();
        if (catalogs.IsEmpty)
        {
            // Only files the convention added are mentioned: a project's own markdown items with a
            // dot in their name (notes.v2.md) are none of the generator's business.
            if (byConvention)
            {
                diagnostics.Add(
                    DiagnosticDescriptors.SideFileOfNoCatalog,
                    FileLocation.StartOf(path),
                    System.IO.Path.GetFileName(path),
                    DiagnosticDescriptors.SideFileKind(cultureTag),
                    System.IO.Path.GetFileName(pagePath),
                    SideFileName.AsPageName(System.IO.Path.GetFileName(path)));
            }

            return new SideFileResult(null, diagnostics.ToEquatableArray());
        }

        SideFile? file = cultureTag.Length == 0
            ? LoadOverlay(path, pagePath, catalogs, text, diagnostics, cancellationToken)
            : LoadCultureFile(path, pagePath, cultureTag, catalogs, text, diagnostics, cancellationToken);
        return new SideFileResult(file, diagnostics.ToEquatableArray());
    }

    private static OverlayFile LoadOverlay(string path, string pagePath, EquatableArray<string> catalogs, string text, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var content = SideFileReader.ReadOverlay(path, text, diagnostics, cancellationToken);
        var sections = SideTableAssigner.Assign(content.Tables, catalogs, path, pagePath, row => row.Code, row => row.Location, diagnostics)
            .Select(assigned => new OverlaySection(assigned.Catalog, assigned.Location, assigned.Rows))
            .ToList();

        // A meaning table under a heading that names a catalog is that catalog's; any other is the page's.
        var meanings = content.ClassMeanings
            .Select(meaning => meaning with { Catalog = catalogs.FirstOrDefault(catalog => SideTableAssigner.Names(meaning.Catalog, catalog)) ?? string.Empty })
            .ToList();
        return new OverlayFile(path, pagePath, sections.ToEquatableArray(), meanings.ToEquatableArray());
    }

    private static CultureFile? LoadCultureFile(
        string path,
        string pagePath,
        string cultureTag,
        EquatableArray<string> catalogs,
        string text,
        DiagnosticBag diagnostics,
        CancellationToken cancellationToken)
    {
        var fileName = System.IO.Path.GetFileName(path);
        if (!CultureTag.TryNormalize(cultureTag, out var tag))
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidCultureTag, FileLocation.StartOf(path), cultureTag, fileName);
            return null;
        }

        var content = SideFileReader.ReadCulture(path, text, diagnostics, cancellationToken);
        var sections = SideTableAssigner.Assign(content.Tables, catalogs, path, pagePath, row => row.Code, row => row.Location, diagnostics)
            .Select(assigned => new MessageSection(assigned.Catalog, assigned.Location, assigned.Rows))
            .ToList();
        var templates = content.UnknownCodeMessages.Where(message => IsUsable(message, catalogs, fileName, pagePath, diagnostics)).ToList();
        return new CultureFile(path, pagePath, tag, templates.ToEquatableArray(), sections.ToEquatableArray());
    }

    /// <summary>An unknown-code message holds {0} exactly once and is for the page or one of its catalogs.</summary>
    private static bool IsUsable(UnknownCodeMessage message, EquatableArray<string> catalogs, string fileName, string pagePath, DiagnosticBag diagnostics)
    {
        var first = message.Template.IndexOf("{0}", StringComparison.Ordinal);
        if (first < 0 || message.Template.IndexOf("{0}", first + 3, StringComparison.Ordinal) >= 0)
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidMessageTemplate, message.Location, message.Template);
            return false;
        }

        if (message.Catalog.Length > 0 && !catalogs.Any(catalog => string.Equals(catalog, message.Catalog, StringComparison.OrdinalIgnoreCase)))
        {
            diagnostics.Add(
                DiagnosticDescriptors.SideContentForNoCatalog,
                message.Location,
                DiagnosticDescriptors.SideContentForNoCatalogParts.Key(SideFileReader.UnknownCodeMessageKey + "." + message.Catalog),
                fileName,
                System.IO.Path.GetFileName(pagePath),
                string.Join(", ", catalogs),
                DiagnosticDescriptors.SideContentForNoCatalogParts.KeyFix);
            return false;
        }

        return true;
    }
}

/// <summary>What the side-file step makes of one file: the file, when it is read, and its own diagnostics.</summary>
internal sealed record SideFileResult(SideFile? File, EquatableArray<DiagnosticInfo> Diagnostics);
