using System.Linq;
using Ebet.StatusCodes.Generator.Emitting;
using Ebet.StatusCodes.Generator.Model;
using Ebet.StatusCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Emitting;

/// <summary>
/// The emitter sizes its builder from the catalog: at least the output's length, so that it never grows
/// (and copies), and not much more, so that it does not allocate for nothing.
/// </summary>
public class EstimatedLengthTests
{
    [Fact]
    public void The_builder_holds_each_library_catalog_with_at_most_a_third_to_spare()
    {
        var run = GeneratorHarness.Run(GeneratorInput.EbetSpec(allCatalogs: true));
        var specs = run.Result.Results.Single().TrackedSteps[TrackingNames.Sources]
            .SelectMany(step => step.Outputs)
            .Select(output => (CatalogSpec)output.Value)
            .ToList();

        Assert.Equal(3, specs.Count);
        Assert.All(specs, spec =>
        {
            var length = CatalogEmitter.Emit(spec).Length;
            Assert.InRange(CatalogEmitter.EstimatedLength(spec), length, length * 4 / 3);
        });
    }
}
