using System;
using System.Threading;
using Ebet.StatusCodes.Generator.Binding;
using Ebet.StatusCodes.Generator.Configuration;
using Ebet.StatusCodes.Generator.Diagnostics;
using Ebet.StatusCodes.Generator.Emitting;
using Ebet.StatusCodes.Generator.Model;
using Ebet.StatusCodes.Generator.Naming;
using Ebet.StatusCodes.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace Ebet.StatusCodes.Generator;

/// <summary>
/// The work of each step of <see cref="StatusCodeGenerator"/>'s pipeline, each catching its own
/// failure: whatever goes wrong becomes EBSC099 on the file, never an exception the compiler would
/// turn into CS8785 and a build without the generator's code.
/// </summary>
internal static class PipelineSteps
{
    public static ParsedPage ReadPage(AdditionalText text, PageRequest request, CancellationToken cancellationToken)
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

    public static SideFileResult ReadSideFile(InputFile file, EquatableArray<string> catalogs, CancellationToken cancellationToken)
    {
        try
        {
            // A side file of a page that is not a catalog is not read at all.
            return SideFileLoader.Load(
                file.Path,
                file.PagePath!,
                file.CultureTag,
                catalogs,
                file.ByConvention,
                catalogs.IsEmpty ? string.Empty : ReadText(file.Text, cancellationToken),
                cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new SideFileResult(null, Failure(file.Path, exception));
        }
    }

    public static CatalogResult Build(ParsedPage page, int catalogIndex, EquatableArray<SideFile> sideFiles, EquatableArray<TypeClaim> claims, bool csharp8, CancellationToken cancellationToken)
    {
        try
        {
            return CatalogBuilder.Build(page, catalogIndex, sideFiles, claims, csharp8, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new CatalogResult(null, Failure(page.Request.Path, exception));
        }
    }

    public static void Emit(SourceProductionContext output, CatalogSpec spec)
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
}
