using System;
using System.Linq;
using System.Threading.Tasks;
using Ebet.StatusCodes.Sample.Catalogs;
using Ebet.StatusCodes.Sample.Output;
using Ebet.StatusCodes.Sample.Tests.Infrastructure;
using Xunit;

namespace Ebet.StatusCodes.Sample.Tests;

/// <summary>Standard output into a pipe or a file: plain lines that grep, cut and a TSV reader take as they are.</summary>
public class RedirectedOutputTests
{
    private const int TsvFields = 8;

    [Theory]
    [InlineData("")]
    [InlineData("--catalog all")]
    [InlineData("4026 1003 4040 4099")]
    public async Task Has_no_escape_sequence_and_no_box_drawing(string arguments)
    {
        var result = await SampleRunner.RedirectedAsync(arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(0, result.ExitCode);
        Assert.False(TerminalCells.HasEscapes(result.Output), "An escape sequence in redirected output.");
        Assert.DoesNotContain(result.Output, c => c is >= '\u2500' and <= '\u257F');
    }

    [Fact]
    public async Task Every_response_code_is_one_tab_separated_record_that_names_its_catalog()
    {
        var result = await SampleRunner.RedirectedAsync();

        var records = result.Lines.Where(line => line.Contains('\t', StringComparison.Ordinal)).Select(line => line.Split('\t')).ToArray();
        Assert.All(records, fields => Assert.Equal(TsvFields, fields.Length));
        foreach (var code in EbetStatusCodeExtensions.Values)
        {
            Assert.Contains(records, fields => fields.Take(4).SequenceEqual(new[] { "EbetStatusCode", ((int)code).ToString(System.Globalization.CultureInfo.InvariantCulture), code.ToStringFast(), code.GetClass().ToString() }));
        }
    }

    [Fact]
    public async Task Tsv_is_a_header_and_one_record_per_code_of_every_catalog_and_nothing_else()
    {
        var result = await SampleRunner.RedirectedAsync("--tsv");

        var lines = result.Lines.Where(line => line.Length > 0).ToArray();
        Assert.Equal("catalog\tcode\tmember\tclass\tenglish\tpage\tzh-Hans\tzh-Hant", lines[0]);
        Assert.All(lines, line => Assert.Equal(TsvFields, line.Split('\t').Length));
        var perCatalog = lines.Skip(1).GroupBy(line => line.Split('\t')[0]).ToDictionary(group => group.Key, group => group.Count());
        Assert.Equal(EbetCatalogs.All.ToDictionary(catalog => catalog.Name, catalog => catalog.Entries.Count), perCatalog);
        Assert.Contains("EbetClientErrorCode\t4040\tFriendBatchMoreThanTen\tUnknown\t", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tsv_of_one_catalog_has_its_codes_only()
    {
        var result = await SampleRunner.RedirectedAsync("--tsv", "--catalog", "channel");

        var records = result.Lines.Skip(1).Where(line => line.Length > 0).ToArray();
        Assert.Equal(EbetChannelResponseCodeExtensions.Values.Count, records.Length);
        Assert.All(records, record => Assert.StartsWith("EbetChannelResponseCode\t", record, StringComparison.Ordinal));
    }

    [Fact]
    public void A_tab_or_a_line_break_in_a_text_cannot_shift_the_columns()
    {
        var catalog = new Catalog("Acme", "Tests", new[] { new CatalogEntry("Acme", 1, "One", EbetStatusCodeClass.Success, "a\tb", "line\nbreak", "c\r\nd", "e") });
        using var output = new System.IO.StringWriter();

        CatalogTsv.WriteRows(output, catalog);

        Assert.Equal("Acme\t1\tOne\tSuccess\tline break\ta b\tc  d\te" + Environment.NewLine, output.ToString());
    }
}
