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
        // A host may pass the same file twice; each path is read once, as its first item.
        var inputs = context.AdditionalTextsProvider
            .Where(static text => text.Path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => InputFile.Classify(pair.Left, pair.Right))
            .Collect()
            .SelectMany(static (files, _) => Distinct(files))
            .WithTrackingName(TrackingNames.InputFiles);

        var pages = inputs
            .Where(static input => input.Page is not null)
            .Select(static (input, cancellationToken) => ReadPage(input.Text, input.Page!, cancellationToken))
            .WithTrackingName(TrackingNames.Pages);

        var catalogsByPage = pages
            .Where(static page => page.IsCatalog)
            .Select(static (page, _) => new PageCatalogs(page.Request.Path, page.Request.EnumNames))
            .Collect()
            .Select(static (pageCatalogs, _) => new EquatableArray<PageCatalogs>(pageCatalogs.ToArray()))
            .WithTrackingName(TrackingNames.CatalogsByPage);

        var sideFiles = inputs
            .Where(static input => input.PagePath is not null)
            .Combine(catalogsByPage)
            .Select(static (pair, _) => new SideFileInput(pair.Left, PageCatalogs.Of(pair.Right, pair.Left.PagePath!)))
            .Select(static (input, cancellationToken) => ReadSideFile(input, cancellationToken))
            .WithTrackingName(TrackingNames.SideFiles);

        var typeClaims = pages
            .Where(static page => page.IsCatalog)
            .SelectMany(static (page, _) => page.Request.Catalogs.Select((config, index) => TypeClaims.Claim(page.Request.Path, index, config)))
            .Collect()
            .Select(static (claims, _) => new EquatableArray<TypeClaim>(claims.ToArray()))
            .WithTrackingName(TrackingNames.TypeClaims);

        var nullableAnnotations = context.ParseOptionsProvider
            .Select(static (options, _) => options is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp8 })
            .WithTrackingName(TrackingNames.LanguageFeatures);

        var readSideFiles = sideFiles
            .Where(static result => result.File is not null)
            .Select(static (result, _) => result.File!)
            .Collect()
            .Select(static (files, _) => new EquatableArray<SideFile>(files.ToArray()));

        var catalogs = pages
            .SelectMany(static (page, _) => Enumerable.Range(0, page.IsCatalog ? page.Request.Catalogs.Count : 0).Select(index => new CatalogInput(page, index)))
            .Combine(readSideFiles)
            .Combine(typeClaims)
            .Combine(nullableAnnotations)
            .Select(static (input, cancellationToken) => Build(input.Left.Left.Left, input.Left.Left.Right, input.Left.Right, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Catalogs);

        var sources = catalogs
            .Select(static (result, _) => result.Spec)
            .Where(static spec => spec is not null)
            .WithTrackingName(TrackingNames.Sources);
        context.RegisterSourceOutput(sources, static (output, spec) => Emit(output, spec!));

        Report(context, pages.Select(static (page, _) => page.Request.Diagnostics.Concat(page.Diagnostics)), TrackingNames.PageDiagnostics);
        Report(context, sideFiles.Select(static (result, _) => result.Diagnostics), TrackingNames.SideFileDiagnostics);
        Report(context, catalogs.Select(static (result, _) => result.Diagnostics), TrackingNames.Diagnostics);
        context.RegisterSourceOutput(
            readSideFiles.Select(static (files, _) => SideFileConflicts.Find(files)).WithTrackingName(TrackingNames.SideFileConflicts),
            static (output, items) => ReportAll(output, items));
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

    private static ParsedPage ReadPage(AdditionalText text, PageRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return StatusPageReader.Read(request, ReadText(text, cancellationToken), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new ParsedPage(request, EquatableArray<StatusTable>.Empty, Failure(request.Path, exception));
        }
    }

    private static SideFileResult ReadSideFile(SideFileInput input, CancellationToken cancellationToken)
    {
        var file = input.File;
        try
        {
            return SideFileLoader.Load(
                file.Path,
                file.PagePath!,
                file.CultureTag,
                input.Catalogs,
                file.ByConvention,
                input.Catalogs.IsEmpty ? string.Empty : ReadText(file.Text, cancellationToken),
                cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new SideFileResult(null, Failure(file.Path, exception));
        }
    }

    private static CatalogResult Build(CatalogInput input, EquatableArray<SideFile> sideFiles, EquatableArray<TypeClaim> claims, bool nullableAnnotations, CancellationToken cancellationToken)
    {
        try
        {
            return CatalogBuilder.Build(input.Page, input.CatalogIndex, sideFiles, claims, nullableAnnotations, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new CatalogResult(null, Failure(input.Page.Request.Path, exception));
        }
    }

    private static void Emit(SourceProductionContext output, CatalogSpec spec)
    {
        try
        {
            // AddSource is inside too: it throws for a hint name already added, which the type
            // claims are there to prevent, and nothing the generator does may end in CS8785.
            output.AddSource(Identifiers.ToHintName(spec.Namespace, spec.EnumName), CatalogEmitter.Emit(spec));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            foreach (var failure in Failure(spec.SourcePath, exception))
            {
                output.ReportDiagnostic(failure.ToDiagnostic());
            }
        }
    }

    private static string ReadText(AdditionalText text, CancellationToken cancellationToken)
        => text.GetText(cancellationToken)?.ToString() ?? string.Empty;

    private static EquatableArray<DiagnosticInfo> Failure(string path, Exception exception)
        => new(new[]
        {
            DiagnosticInfo.Create(
                DiagnosticDescriptors.UnexpectedFailure,
                FileLocation.StartOf(path),
                System.IO.Path.GetFileName(path),
                exception.GetType().Name,
                exception.Message),
        });

    /// <summary>One catalog of a page: which enum of the item's list to build.</summary>
    private sealed record CatalogInput(ParsedPage Page, int CatalogIndex);

    /// <summary>A side file and the enum names of its page (empty when its page is not a catalog).</summary>
    private sealed record SideFileInput(InputFile File, EquatableArray<string> Catalogs);
}
