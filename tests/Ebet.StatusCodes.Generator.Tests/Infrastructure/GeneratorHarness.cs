using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Ebet.StatusCodes.Generator.Tests.Infrastructure;

/// <summary>Runs the generator the way the compiler does, in memory.</summary>
internal static class GeneratorHarness
{
    public static GeneratorRun Run(GeneratorInput input)
    {
        var parseOptions = new CSharpParseOptions(input.LanguageVersion);
        var compilation = CSharpCompilation.Create(
            "Consumer",
            input.Sources.Select(source => CSharpSyntaxTree.ParseText(source, parseOptions)),
            ReferenceAssemblies.Net100,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var driver = CreateDriver(input, parseOptions);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var result = driver.GetRunResult();

        // Every test's input doubles as a caching test: what the IDE does on the next keystroke.
        PipelineChecks.AssertNoStepHoldsRoslynObjects(result.Results.Single());
        PipelineChecks.AssertSecondRunIsCached(driver, compilation);
        return new GeneratorRun(driver, result, output, generatorDiagnostics);
    }

    public static GeneratorDriver CreateDriver(GeneratorInput input, CSharpParseOptions parseOptions)
        => CSharpGeneratorDriver.Create(
            new[] { new StatusCodeGenerator().AsSourceGenerator() },
            input.AdditionalTexts(),
            parseOptions,
            input.Options(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
}

/// <summary>The result of one generator run.</summary>
internal sealed class GeneratorRun
{
    public GeneratorRun(GeneratorDriver driver, GeneratorDriverRunResult result, Compilation outputCompilation, ImmutableArray<Diagnostic> driverDiagnostics)
    {
        Driver = driver;
        Result = result;
        OutputCompilation = outputCompilation;
        DriverDiagnostics = driverDiagnostics.Where(diagnostic => !diagnostic.Id.StartsWith("EBSC", StringComparison.Ordinal)).ToImmutableArray();
    }

    public GeneratorDriver Driver { get; }

    public GeneratorDriverRunResult Result { get; }

    public Compilation OutputCompilation { get; }

    /// <summary>
    /// What the compiler itself reported about running the generator (CS8784/CS8785 when a
    /// generator throws); the driver's own list also repeats the generator's diagnostics.
    /// </summary>
    public ImmutableArray<Diagnostic> DriverDiagnostics { get; }

    /// <summary>The generator's own diagnostics.</summary>
    public ImmutableArray<Diagnostic> Diagnostics => Result.Diagnostics;

    public ImmutableArray<GeneratedSourceResult> GeneratedSources => Result.Results.Single().GeneratedSources;

    /// <summary>The one generated file's text; fails when there is not exactly one.</summary>
    public string Source => GeneratedSources.Single().SourceText.ToString();

    public string SourceOf(string typeName) => GeneratedSources.Single(source => source.HintName.EndsWith("." + typeName + ".g.cs", StringComparison.Ordinal)).SourceText.ToString();

    public Diagnostic[] DiagnosticsWithId(string id) => Diagnostics.Where(diagnostic => diagnostic.Id == id).ToArray();

    public string DescribeDiagnostics() => string.Join(Environment.NewLine, Diagnostics.Select(diagnostic => diagnostic.ToString()));
}
