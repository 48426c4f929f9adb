using System;
using System.Linq;
using System.Threading;
using Ebet.StatusCodes.Generator.Diagnostics;
using Ebet.StatusCodes.Generator.Model;
using Ebet.StatusCodes.Generator.Naming;
using Ebet.StatusCodes.Generator.Parsing;

namespace Ebet.StatusCodes.Generator.Binding;

/// <summary>
/// Builds the model of one enum: joins what the page says (codes and texts) with what our files add
/// (names, classes, messages), each job done by a part of its own, and collects what does not fit.
/// </summary>
internal static class CatalogBuilder
{
    public static CatalogResult Build(
        ParsedPage page,
        int catalogIndex,
        EquatableArray<SideFile> sideFiles,
        EquatableArray<TypeClaim> claims,
        bool csharp8,
        CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag();
        var request = page.Request;
        var config = request.Catalogs[catalogIndex];
        var pageFileName = System.IO.Path.GetFileName(request.Path);
        if (!HasValidNames(request.Path, config, diagnostics)
            || !TypeClaims.IsFirstClaim(request.Path, catalogIndex, config, claims, diagnostics)
            || TableSelector.Select(page, catalogIndex, diagnostics) is not { } table)
        {
            return new CatalogResult(null, diagnostics.ToEquatableArray());
        }

        diagnostics.AddRange(table.Diagnostics);
        if (table.Entries.IsEmpty && table.Diagnostics.IsEmpty)
        {
            diagnostics.Add(DiagnosticDescriptors.EmptyTable, table.Location, table.DisplayName, config.EnumName);
        }

        if (table.Diagnostics.Any(diagnostic => diagnostic.Descriptor == DiagnosticDescriptors.TextCodes))
        {
            // A table of text codes cannot be an enum; EBSC037 says so, and nothing is generated.
            return new CatalogResult(null, diagnostics.ToEquatableArray());
        }

        cancellationToken.ThrowIfCancellationRequested();
        var ownFiles = sideFiles.Where(file => SideFileName.SamePath(file.PagePath, request.Path)).ToList();
        var overlayFile = ownFiles.OfType<OverlayFile>().OrderBy(file => file.Path, StringComparer.Ordinal).FirstOrDefault();
        var overlay = OverlayRows.For(overlayFile?.Sections.FirstOrDefault(section => section.Catalog == config.EnumName));
        var overlayFileName = System.IO.Path.GetFileName(SideFileName.OverlayPathFor(request.Path));
        var names = MemberNamer.Name(table, overlay, overlayFile is not null, overlayFileName, pageFileName, diagnostics);
        var descriptions = overlay.Describe(table, pageFileName, diagnostics);
        var cultures = CultureResolver.Resolve(request, config, ownFiles.OfType<CultureFile>(), diagnostics);
        var messages = MessageResolver.Resolve(table, cultures, diagnostics);

        var codes = new CodeSpec[table.Entries.Count];
        for (var i = 0; i < codes.Length; i++)
        {
            var entry = table.Entries[i];
            codes[i] = new CodeSpec(entry.Code, names[i], entry.Description, descriptions[i].Class, descriptions[i].Notes, messages[i]);
        }

        var spec = new CatalogSpec(
            config.Namespace,
            config.EnumName,
            pageFileName,
            request.Path,
            cultures.Cultures.Select(culture => culture.Spec).ToList().ToEquatableArray(),
            cultures.PageCultureIndex,
            new EquatableArray<CodeSpec>(codes),
            csharp8,
            config.Accessibility,
            ClassMeaningResolver.Resolve(config.EnumName, overlayFile, codes.Select(code => code.Class)));
        return new CatalogResult(spec, diagnostics.ToEquatableArray());
    }

    private static bool HasValidNames(string pagePath, CatalogConfig config, DiagnosticBag diagnostics)
    {
        var pageFileName = System.IO.Path.GetFileName(pagePath);
        if (!Identifiers.IsValidNamespace(config.Namespace))
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidNamespace, FileLocation.StartOf(pagePath), DiagnosticDescriptors.Show(config.Namespace), pageFileName);
            return false;
        }

        var problem = Identifiers.TypeNameProblem(config.EnumName, config.Namespace);
        if (problem != NameProblem.None)
        {
            diagnostics.Add(
                DiagnosticDescriptors.InvalidTypeName,
                FileLocation.StartOf(pagePath),
                DiagnosticDescriptors.Show(config.EnumName),
                pageFileName,
                DiagnosticDescriptors.ExplainTypeName(problem, config.EnumName));
            return false;
        }

        return true;
    }
}
