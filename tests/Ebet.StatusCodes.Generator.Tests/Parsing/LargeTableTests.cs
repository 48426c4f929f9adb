using System.Linq;
using System.Text;
using Ebet.StatusCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Parsing;

/// <summary>
/// Markdig alone refuses a pipe table of some thousands of bold rows ("too deeply nested") and
/// parses one in time growing with the square of its rows. The generator must inherit neither.
/// (How fast it is, is measured by the benchmarks, not here.)
/// </summary>
public class LargeTableTests
{
    internal static string Page(int rows, bool decorated = true)
    {
        var builder = new StringBuilder("# Codes\n\n| Code | Description |\n| --- | --- |\n", rows * 64);
        for (var i = 0; i < rows; i++)
        {
            builder.Append(decorated ? "| <mark style=\"color:red;\">**" : "| ").Append(i - 1).Append(decorated ? "**</mark>" : string.Empty)
                .Append(" | **Status** number ").Append(i - 1).Append(" |\n");
        }

        return builder.ToString();
    }

    [Fact]
    public void A_table_of_20000_bold_rows_is_read_whole()
    {
        var page = PageReading.Read(Page(20_000));

        Assert.Empty(PageReading.DiagnosticIds(page));
        var entries = page.Tables.Single().Entries;
        Assert.Equal(20_000, entries.Count);
        Assert.Equal((19_998, "Status number 19998"), (entries[^1].Code, entries[^1].Description));
        Assert.Equal(20_003, entries[^1].Location.StartLine);
    }

    [Fact]
    public void The_code_generated_for_100000_rows_compiles()
    {
        var run = GeneratorHarness.Run(new GeneratorInput().Catalog("codes.md", Page(100_000, decorated: false), "LargeCodes"));

        Assert.Equal(new[] { "EBSC016" }, run.Diagnostics.Select(diagnostic => diagnostic.Id));
        var catalog = CompiledCatalog.Load(run, "Test.Catalogs.LargeCodes");
        Assert.Equal(100_000, catalog.Values.Count);
        Assert.Equal("Status number 99998", catalog.Description(99_998));
        Assert.True(catalog.IsDefined(-1));
        Assert.False(catalog.IsDefined(99_999));
    }
}
