using System.Linq;
using Ebet.StatusCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests;

/// <summary>
/// The vendor has published its page in three formats in three months. Whichever form it has
/// today, the response enum must be the same, byte for byte.
/// </summary>
public class VendorPagesTests
{
    [Fact]
    public void Every_form_of_the_vendor_page_gives_the_same_response_enum_byte_for_byte()
    {
        var sources = new[] { Fixtures.Seed, Fixtures.MarkCodeSpans, Fixtures.PipeTables, Fixtures.HtmlTables }
            .Select(page =>
            {
                // The page is pasted over spec/ebet-status-codes.md; the item picks its first table.
                var input = GeneratorInput.EbetSpec(Fixtures.VendorPage(page));
                var run = GeneratorHarness.Run(input);
                Assert.True(run.Diagnostics.IsEmpty, page + ": " + run.DescribeDiagnostics());
                return run.Source;
            })
            .ToList();

        Assert.All(sources, source => Assert.Equal(sources[0], source));
        Assert.Contains("AccountFrozen = 5011,", sources[0], System.StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_selection_the_first_table_is_used_and_an_info_names_the_others()
    {
        var input = GeneratorInput.EbetSpec(Fixtures.VendorPage(Fixtures.HtmlTables));
        input.Files[0].Metadata.Remove("StatusCodeTable");
        var run = GeneratorHarness.Run(input);

        // All three tables have the same columns, but the other two repeat codes of the first, so
        // they are other lists, not the rest of this one: an info names them (no EBSC052 warning).
        var info = Assert.Single(run.Diagnostics);
        Assert.Equal(("EBSC033", Microsoft.CodeAnalysis.DiagnosticSeverity.Info), (info.Id, info.Severity));
        var message = info.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("'eBET响应的状态代码'", message, System.StringComparison.Ordinal);
        Assert.Contains("#2 '建议响应的状态代码', #3 '客户端错误码'", message, System.StringComparison.Ordinal);
        Assert.Contains("StatusCodeTable", message, System.StringComparison.Ordinal);
        Assert.Equal(35, CompiledCatalog.Load(run, "Ebet.StatusCodes.EbetStatusCode").Values.Count);
    }

    [Theory]
    [InlineData("建议响应的状态代码")]
    [InlineData("2")]
    [InlineData("#2")]
    public void A_table_is_selected_by_heading_or_position(string selector)
    {
        var run = GeneratorHarness.Run(new GeneratorInput()
            .Catalog("ebet.md", Fixtures.VendorPage(Fixtures.HtmlTables), "ChannelCode", "zh-Hans", ("StatusCodeTable", selector)));

        var catalog = CompiledCatalog.Load(run, "Test.Catalogs.ChannelCode");
        Assert.Equal(20, catalog.Values.Count);
        Assert.Equal("频繁请求", catalog.Description(4038));
    }

    [Fact]
    public void One_item_lists_an_enum_per_table()
    {
        var run = GeneratorHarness.Run(new GeneratorInput().Catalog(
            "ebet.md",
            Fixtures.VendorPage(Fixtures.HtmlTables),
            "Responses, ChannelResponses, ClientErrors",
            "zh-Hans",
            ("StatusCodeTable", "eBET响应的状态代码, 建议响应的状态代码, 客户端错误码")));

        Assert.Equal(3, run.GeneratedSources.Length);
        Assert.Equal("签名不对", CompiledCatalog.Load(run, "Test.Catalogs.Responses").Description(4026));
        Assert.Equal(20, CompiledCatalog.Load(run, "Test.Catalogs.ChannelResponses").Values.Count);
        var client = CompiledCatalog.Load(run, "Test.Catalogs.ClientErrors");
        Assert.Equal(145, client.Values.Count);
        Assert.Equal("ERROR_CASH_NOT_ENOUGH", client.Description(4027));
    }

    [Fact]
    public void A_list_of_enums_without_tables_reads_the_tables_in_order()
    {
        var run = GeneratorHarness.Run(new GeneratorInput().Catalog("ebet.md", Fixtures.VendorPage(Fixtures.PipeTables), "Responses, ChannelResponses", "zh-Hans"));

        Assert.Equal(new[] { "Test.Catalogs.ChannelResponses.g.cs", "Test.Catalogs.Responses.g.cs" }, run.GeneratedSources.Select(source => source.HintName).OrderBy(name => name, System.StringComparer.Ordinal));
        Assert.DoesNotContain(run.Diagnostics, diagnostic => diagnostic.Id == "EBSC033");
    }

    [Fact]
    public void A_selection_the_page_lacks_is_an_error_that_lists_the_tables()
    {
        var run = GeneratorHarness.Run(new GeneratorInput().Catalog("ebet.md", Fixtures.VendorPage(Fixtures.HtmlTables), "Codes", null, ("StatusCodeTable", "错误码")));

        var error = Assert.Single(run.DiagnosticsWithId("EBSC034"));
        Assert.Contains("'客户端错误码'", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Empty(run.GeneratedSources);
    }

    [Fact]
    public void Lists_of_different_lengths_are_an_error()
    {
        var run = GeneratorHarness.Run(new GeneratorInput().Catalog("ebet.md", Fixtures.VendorPage(Fixtures.HtmlTables), "A1, B1, C1", null, ("StatusCodeTable", "1, 2")));

        Assert.Single(run.DiagnosticsWithId("EBSC035"));
    }
}
