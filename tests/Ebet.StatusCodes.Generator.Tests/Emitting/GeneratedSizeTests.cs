using System.Linq;
using System.Text;
using Ebet.StatusCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Emitting;

/// <summary>
/// Every consumer build parses and binds the generated code, and reviewers read it: the library's three
/// catalogs must stay within half the 304,916 bytes they took before the emitter was redesigned
/// (benchmarks/README.md, "Latest figures"; <c>--check emitted</c> prints each file's size). A change
/// that adds a line per code or per catalog shows here first.
/// </summary>
public class GeneratedSizeTests
{
    private const int BytesBeforeTheRedesign = 304_916;

    [Fact]
    public void The_library_catalogs_take_at_most_half_the_bytes_they_took_before_the_redesign()
    {
        var run = GeneratorHarness.Run(GeneratorInput.EbetSpec(allCatalogs: true));
        var sources = run.GeneratedSources.Select(source => source.SourceText.ToString()).ToList();

        Assert.Equal(3, sources.Count);
        Assert.InRange(sources.Sum(Encoding.UTF8.GetByteCount), 1, BytesBeforeTheRedesign / 2);
    }
}
