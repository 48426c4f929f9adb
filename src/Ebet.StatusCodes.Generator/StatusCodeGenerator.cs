using System;
using System.Linq;
using System.Threading;
using Ebet.StatusCodes.Generator.Diagnostics;
using Ebet.StatusCodes.Generator.Emitting;
using Ebet.StatusCodes.Generator.Model;
using Ebet.StatusCodes.Generator.Naming;
using Ebet.StatusCodes.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Ebet.StatusCodes.Generator;

/// <summary>
/// Turns a vendor's status-code page (an AdditionalFiles item with <c>StatusCodeEnum</c> metadata)
/// and the overlay and culture files beside it into an enum with lookups.
/// </summary>
/// <remarks>
/// Each file is read in a step of its own, so that editing one culture file re-reads only that
/// file, and an edit to C# code re-reads nothing. Models are value-equatable records without
/// symbols, syntax or locations. Whatever goes wrong inside a step becomes a diagnostic on the file.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class StatusCodeGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var inputs = context.AdditionalTextsProvider
            .Where(static text => text.Path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => InputFile.Classify(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.InputFiles);

        var pages = inputs
            .Where(static input => input.Page is not null)
            .Select(static (input, cancellationToken) => ReadPage(input.Text, input.Page!, cancellationToken))
            .WithTrackingName(TrackingNames.Pages);

        var sideFiles = inputs
            .Where(static input => input.PagePath is not null)
            .Select(static (input, cancellationToken) => ReadSideFile(input, cancellationToken))
            .WithTrackingName(TrackingNames.SideFiles)
            .Collect()
            .Select(static (files, _) => new EquatableArray<SideFile>(files.ToArray()));

        var typeClaims = inputs
            .Where(static input => input.Page is not null)
            .SelectMany(static (input, _) => input.Page!.Catalogs.Select((config, index) => CatalogBuilder.Claim(input.Page.Path, index, config)))
            .Collect()
            .Select(static (claims, _) => new EquatableArray<TypeClaim>(claims.ToArray()))
            .WithTrackingName(TrackingNames.TypeClaims);

        var nullableAnnotations = context.ParseOptionsProvider
            .Select(static (options, _) => options is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp8 })
            .WithTrackingName(TrackingNames.LanguageFeatures);

        var catalogs = pages
            .SelectMany(static (page, _) => Enumerable.Range(0, page.Request.Catalogs.Count).Select(index => new CatalogInput(page, index)))
            .Combine(sideFiles)
            .Combine(typeClaims)
            .Combine(nullableAnnotations)
            .Select(static (input, cancellationToken) => Build(input.Left.Left.Left, input.Left.Left.Right, input.Left.Right, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Catalogs);

        var sources = catalogs
            .Select(static (result, _) => result.Spec)
            .Where(static spec => spec is not null)
            .WithTrackingName(TrackingNames.Sources);
        context.RegisterSourceOutput(sources, static (output, spec) => Emit(output, spec!));

        var diagnostics = catalogs
            .Select(static (result, _) => result.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);
        context.RegisterSourceOutput(diagnostics, static (output, items) =>
        {
            foreach (var item in items)
            {
                output.ReportDiagnostic(item.ToDiagnostic());
            }
        });
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

    private static SideFile ReadSideFile(InputFile input, CancellationToken cancellationToken)
    {
        var path = input.Text.Path;
        try
        {
            return SideFileReader.Read(path, input.PagePath!, input.CultureTag, ReadText(input.Text, cancellationToken), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new SideFile(path, input.PagePath!, input.CultureTag, EquatableArray<UnknownCodeMessage>.Empty, EquatableArray<SideSection>.Empty, Failure(path, exception));
        }
    }

    private static CatalogResult Build(CatalogInput input, EquatableArray<SideFile> sideFiles, EquatableArray<TypeClaim> claims, bool nullableAnnotations, CancellationToken cancellationToken)
    {
        try
        {
            var result = CatalogBuilder.Build(input.Page, input.CatalogIndex, sideFiles, claims, nullableAnnotations, cancellationToken);

            // A side file that could not be read at all reports with the catalog it belongs to.
            var failures = sideFiles
                .Where(file => SideFileName.SamePath(file.PagePath, input.Page.Request.Path) && input.CatalogIndex == 0)
                .SelectMany(file => file.Diagnostics.Where(diagnostic => diagnostic.Id == DiagnosticDescriptors.UnexpectedFailure.Id || diagnostic.Id == DiagnosticDescriptors.MalformedHtmlTable.Id));
            return result with { Diagnostics = new EquatableArray<DiagnosticInfo>(result.Diagnostics.Concat(failures).ToArray()) };
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

    /// <summary>
    /// An additional markdown file and what it is: a catalog (with its request), a side file (the
    /// page it belongs to and its culture), or neither.
    /// </summary>
    private sealed record InputFile(AdditionalText Text, PageRequest? Page, string? PagePath, string CultureTag)
    {
        public static InputFile Classify(AdditionalText text, AnalyzerConfigOptionsProvider options)
        {
            var page = CatalogMetadata.Read(text.Path, options.GetOptions(text), options.GlobalOptions);
            if (page is not null)
            {
                return new InputFile(text, page, null, string.Empty);
            }

            return SideFileName.TryParse(text.Path, out var pagePath, out var cultureTag)
                ? new InputFile(text, null, pagePath, cultureTag)
                : new InputFile(text, null, null, string.Empty);
        }
    }
}
