using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Ebet.StatusCodes.Generator;
using Ebet.StatusCodes.Generator.Binding;
using Ebet.StatusCodes.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Ebet.StatusCodes.Tool.Running;

/// <summary>
/// Runs the status-code generator as a compiler does: Roslyn's generator driver, the markdown files
/// as additional files, their metadata as the options MSBuild would pass. Whatever the tool says
/// about a page (its diagnostics, its catalogs, what drifted) comes from this one run, so it is
/// what a build of the same files would say.
/// </summary>
/// <remarks>
/// The models are read from the pipeline's named steps (<see cref="TrackingNames"/>), which the
/// driver records when asked to: the pages as read, the side files as read and each catalog as
/// built. Reading them there, rather than calling the readers and the binding in an order of the
/// tool's own, keeps one pipeline: which file is a catalog, which side file belongs to which page,
/// which of two conflicting files wins, are all decided by the generator's code alone.
/// </remarks>
internal static class GeneratorPipeline
{
    // The generator writes no C# that the tool compiles; an empty compilation is all the driver needs.
    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.Latest);

    public static PipelineResult Run(CatalogInputs inputs, CancellationToken cancellationToken)
    {
        var driver = CSharpGeneratorDriver.Create(
            new[] { new StatusCodeGenerator().AsSourceGenerator() },
            inputs.Files.Select(file => (AdditionalText)new InputText(file.Document.Path, file.Document.Text)),
            s_parseOptions,
            new InputOptionsProvider(inputs),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        var compilation = CSharpCompilation.Create("StatusCodes", options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var result = driver.RunGenerators(compilation, cancellationToken).GetRunResult().Results.Single();
        if (result.Exception is { } exception)
        {
            // The generator catches its own failures (EBSC099); this is the driver failing to run it.
            throw new ToolException("The generator could not run: " + exception.Message, exception);
        }

        return new PipelineResult(
            result.Diagnostics,
            Outputs<ParsedPage>(result, TrackingNames.Pages),
            Outputs<SideFileResult>(result, TrackingNames.SideFiles).Select(side => side.File).OfType<SideFile>().ToList(),
            Outputs<CatalogResult>(result, TrackingNames.Catalogs));
    }

    private static List<T> Outputs<T>(GeneratorRunResult result, string stepName)
        => result.TrackedSteps.TryGetValue(stepName, out var steps)
            ? steps.SelectMany(step => step.Outputs).Select(output => output.Value).OfType<T>().ToList()
            : new List<T>();
}

/// <summary>What one run of the generator made of the inputs.</summary>
/// <param name="Diagnostics">Everything the generator reported, as a build would print it.</param>
/// <param name="Pages">Every catalog file as read (also those the convention found not to be catalogs).</param>
/// <param name="SideFiles">The overlays and culture files that were read for a catalog.</param>
/// <param name="Catalogs">One result per enum; its spec is null when the enum could not be built.</param>
internal sealed record PipelineResult(
    ImmutableArray<Diagnostic> Diagnostics,
    IReadOnlyList<ParsedPage> Pages,
    IReadOnlyList<SideFile> SideFiles,
    IReadOnlyList<CatalogResult> Catalogs);
