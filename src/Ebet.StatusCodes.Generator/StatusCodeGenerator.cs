using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Ebet.StatusCodes.Generator.Binding;
using Ebet.StatusCodes.Generator.Configuration;
using Ebet.StatusCodes.Generator.Diagnostics;
using Ebet.StatusCodes.Generator.Emitting;
using Ebet.StatusCodes.Generator.Model;
using Ebet.StatusCodes.Generator.Naming;
using Ebet.StatusCodes.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Ebet.StatusCodes.Generator;

/// <summary>
/// Turns a vendor's status-code page (an AdditionalFiles item with <c>StatusCodeEnum</c> metadata, or a
/// <c>spec/*.md</c> under the package's convention) and the overlay and culture files beside it into
/// an enum with lookups.
/// </summary>
/// <remarks>
/// Each file is read in a step of its own, so that editing one culture file re-reads only that
/// file, and an edit to C# code re-reads nothing. Each step reports what it finds wrong with its own
/// file; the catalog step reports what does not fit between them. Models are value-equatable
/// records without symbols, syntax or locations. Whatever goes wrong inside a step becomes a
/// diagnostic on the file.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class StatusCodeGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var inputs = InputFiles(context);
        var pages = inputs
            .Where(static input => input.Page is not null)
            .Select(static (input, cancellationToken) => PipelineSteps.ReadPage(input.Text, input.Page!, cancellationToken))
            .WithTrackingName(TrackingNames.Pages);
        var sideFiles = SideFiles(inputs, pages);
        var readSideFiles = sideFiles
            .Where(static result => result.File is not null)
            .Select(static (result, _) => result.File!)
            .Collect()
            .Select(static (files, _) => new EquatableArray<SideFile>(files.ToArray()));
        var catalogs = Catalogs(context, pages, readSideFiles);

        var sources = catalogs
            .Select(static (result, _) => result.Spec)
            .Where(static spec => spec is not null)
            .WithTrackingName(TrackingNames.Sources);
        context.RegisterSourceOutput(sources, static (output, spec) => PipelineSteps.Emit(output, spec!));

        Report(context, pages.Select(static (page, _) => page.Request.Diagnostics.Concat(page.Diagnostics)), TrackingNames.PageDiagnostics);
        Report(context, sideFiles.Select(static (result, _) => result.Diagnostics), TrackingNames.SideFileDiagnostics);
        Report(context, catalogs.Select(static (result, _) => result.Diagnostics), TrackingNames.Diagnostics);
        context.RegisterSourceOutput(
            readSideFiles.Select(static (files, _) => SideFileConflicts.Find(files)).WithTrackingName(TrackingNames.SideFileConflicts),
            static (output, items) => ReportAll(output, items));
    }

    /// <summary>The additional markdown files, classified; a host may pass the same file twice, and each path is read once, as its first item.</summary>
    private static IncrementalValuesProvider<InputFile> InputFiles(IncrementalGeneratorInitializationContext context)
        => context.AdditionalTextsProvider
            .Where(static text => text.Path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => InputFile.Classify(pair.Left, pair.Right))
            .Collect()
            .SelectMany(static (files, _) => Distinct(files))
            .WithTrackingName(TrackingNames.InputFiles);

    /// <summary>
    /// Each side file, read for the enum names of its page: joined to them first, so that a page
    /// edit re-reads a side file only when its page's enums change.
    /// </summary>
    private static IncrementalValuesProvider<SideFileResult> SideFiles(IncrementalValuesProvider<InputFile> inputs, IncrementalValuesProvider<ParsedPage> pages)
    {
        var catalogsByPage = pages
            .Where(static page => page.IsCatalog)
            .Select(static (page, _) => new PageCatalogs(page.Request.Path, page.Request.EnumNames))
            .Collect()
            .Select(static (pageCatalogs, _) => new EquatableArray<PageCatalogs>(pageCatalogs.ToArray()))
            .WithTrackingName(TrackingNames.CatalogsByPage);
        return inputs
            .Where(static input => input.PagePath is not null)
            .Combine(catalogsByPage)
            .Select(static (pair, _) => new SideFileInput(pair.Left, PageCatalogs.Of(pair.Right, pair.Left.PagePath!)))
            .Select(static (input, cancellationToken) => PipelineSteps.ReadSideFile(input.File, input.Catalogs, cancellationToken))
            .WithTrackingName(TrackingNames.SideFiles);
    }

    /// <summary>One catalog per enum of each page, built with every side file, every type claim and the consumer's language.</summary>
    private static IncrementalValuesProvider<CatalogResult> Catalogs(
        IncrementalGeneratorInitializationContext context,
        IncrementalValuesProvider<ParsedPage> pages,
        IncrementalValueProvider<EquatableArray<SideFile>> sideFiles)
    {
        var typeClaims = pages
            .Where(static page => page.IsCatalog)
            .SelectMany(static (page, _) => page.Request.Catalogs.Select((config, index) => TypeClaims.Claim(page.Request.Path, index, config)))
            .Collect()
            .Select(static (claims, _) => new EquatableArray<TypeClaim>(claims.ToArray()))
            .WithTrackingName(TrackingNames.TypeClaims);
        var csharp8 = context.ParseOptionsProvider
            .Select(static (options, _) => options is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp8 })
            .WithTrackingName(TrackingNames.LanguageFeatures);
        return pages
            .SelectMany(static (page, _) => Enumerable.Range(0, page.IsCatalog ? page.Request.Catalogs.Count : 0).Select(index => new CatalogInput(page, index)))
            .Combine(sideFiles)
            .Combine(typeClaims)
            .Combine(csharp8)
            .Select(static (input, cancellationToken) => PipelineSteps.Build(input.Left.Left.Left.Page, input.Left.Left.Left.CatalogIndex, input.Left.Left.Right, input.Left.Right, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Catalogs);
    }

    private static void Report(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<EquatableArray<DiagnosticInfo>> diagnostics, string trackingName)
        => context.RegisterSourceOutput(diagnostics.WithTrackingName(trackingName), static (output, items) => ReportAll(output, items));

    private static void ReportAll(SourceProductionContext output, EquatableArray<DiagnosticInfo> items)
    {
        foreach (var item in items)
        {
            output.ReportDiagnostic(item.ToDiagnostic());
        }
    }

    private static IEnumerable<InputFile> Distinct(IEnumerable<InputFile> files)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return files.Where(file => seen.Add(file.Path));
    }

    /// <summary>One catalog of a page: which enum of the item's list to build.</summary>
    private sealed record CatalogInput(ParsedPage Page, int CatalogIndex);

    /// <summary>A side file and the enum names of its page (empty when its page is not a catalog).</summary>
    private sealed record SideFileInput(InputFile File, EquatableArray<string> Catalogs);
}
