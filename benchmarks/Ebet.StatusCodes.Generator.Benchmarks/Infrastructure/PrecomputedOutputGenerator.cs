using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Ebet.StatusCodes.Generator.Benchmarks.Infrastructure;

/// <summary>
/// A second floor for the full run, not a generator anyone would ship: it reads the same additional
/// files (their text, as any reader must) and adds the output the real generator produced for them,
/// computed beforehand. What is left of its run is the driver's own cost of taking in these inputs and
/// handing this much code to the compiler, which every generator that emits this code pays.
/// </summary>
internal sealed class PrecomputedOutputGenerator : IIncrementalGenerator
{
    private readonly ImmutableArray<(string HintName, string Source)> _sources;

    public PrecomputedOutputGenerator(ImmutableArray<(string HintName, string Source)> sources) => _sources = sources;

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var characters = context.AdditionalTextsProvider
            .Select(static (text, cancellationToken) => text.GetText(cancellationToken)?.Length ?? 0)
            .Collect();
        context.RegisterSourceOutput(characters, (output, _) =>
        {
            foreach (var (hintName, source) in _sources)
            {
                output.AddSource(hintName, source);
            }
        });
    }
}
