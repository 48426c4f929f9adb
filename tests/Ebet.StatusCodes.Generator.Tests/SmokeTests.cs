using Ebet.StatusCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests;

public class SmokeTests
{
    [Fact]
    public void Ebet_spec_generates_without_errors()
    {
        var run = GeneratorHarness.Run(GeneratorInput.EbetSpec());
        Assert.True(run.Diagnostics.IsEmpty, run.DescribeDiagnostics());
        System.IO.File.WriteAllText("/tmp/gen.cs", run.Source);
    }
}
