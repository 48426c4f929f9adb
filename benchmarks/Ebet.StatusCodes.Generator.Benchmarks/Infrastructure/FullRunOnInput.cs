using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Ebet.StatusCodes.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Ebet.StatusCodes.Generator.Benchmarks.Infrastructure;

/// <summary>A full run of a fresh driver on one input, prepared once per parameter set.</summary>
public abstract class FullRunOnInput
{
    private CSharpCompilation _compilation = null!;
    private ImmutableArray<AdditionalText> _texts;
    private AnalyzerConfigOptionsProvider _options = null!;

    [Benchmark]
    public GeneratorDriver FullRun()
        => Generators.Driver(Generators.StatusCodes(), _texts, _options).RunGenerators(_compilation);

    private protected void Prepare(GeneratorInput input)
    {
        _compilation = Consumer.Compilation(Consumer.Program);
        _texts = CatalogInput.Texts(input);
        _options = input.Options();
    }
}
