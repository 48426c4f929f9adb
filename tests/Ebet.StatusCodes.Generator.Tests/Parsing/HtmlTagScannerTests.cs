using System.Linq;
using Ebet.StatusCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Parsing;

/// <summary>
/// Tags as browsers and MDX documentation sites accept them: JSX values in braces, unquoted values
/// with odd characters, any attribute name. A tag that truly cannot be read is reported at the tag.
/// </summary>
public class HtmlTagScannerTests
{
    private static string[] Header(string headerRow)
    {
        var file = PageReading.File("<table>\n<thead>\n" + headerRow + "\n</thead>\n<tbody><tr><td>1</td><td>one</td></tr></tbody>\n</table>\n");
        Assert.Empty(file.Diagnostics);
        return Assert.Single(file.Tables).Header.Select(cell => cell.Text).ToArray();
    }

    [Theory]
    [InlineData("<tr><th style={{minWidth: '150px'}}>Code</th><th style={{minWidth: \"300px\"}}>Description</th></tr>")]
    [InlineData("<tr><th className=\"col\" style={{ width: 100, textAlign: 'center' }}>Code</th><th>Description</th></tr>")]
    [InlineData("<tr><th style={{content: '> }'}}>Code</th><th data-x={`a ${b}`}>Description</th></tr>")]
    [InlineData("<tr><th style={{\n  minWidth: '150px'\n}}>Code</th><th>Description</th></tr>")]
    [InlineData("<tr><th width=50% align=center>Code</th><th class=a\"b'c=d>Description</th></tr>")]
    [InlineData("<tr><th =x @click=\"go()\" :class=\"{a: b}\">Code</th><th v-if=ok/>Description</th></tr>")]
    [InlineData("<tr><TH STYLE='A'>Code</TH><th\nalign=\"left\"\n>Description</th></tr>")]
    [InlineData("<tr><th style={{a: 1}>Code</th><th>Description</th></tr>")]
    public void Header_cells_with_MDX_or_odd_attributes_are_read(string headerRow)
    {
        Assert.Equal(new[] { "Code", "Description" }, Header(headerRow));
    }

    [Fact]
    public void An_MDX_page_generates_its_enum()
    {
        var page = "<table>\n  <thead>\n    <tr>\n      <th style={{minWidth: '150px'}}>Code</th>\n      <th style={{minWidth: '300px'}}>Description</th>\n    </tr>\n  </thead>\n  <tbody>\n    <tr>\n      <td>4026</td>\n      <td>Invalid signature</td>\n    </tr>\n  </tbody>\n</table>\n";
        var run = GeneratorHarness.Run(new GeneratorInput().Catalog("codes.md", page, "Codes"));

        Assert.Equal(new[] { "EBSC016" }, run.Diagnostics.Select(diagnostic => diagnostic.Id));
        Assert.Equal("Invalid signature", CompiledCatalog.Load(run, "Test.Catalogs.Codes").Description(4026));
    }

    [Theory]
    [InlineData("<table><tr><th>Code</th><th style={{minWidth: '150px'", "<th style={{minWidth: '150px'")]
    [InlineData("<table><tr><th>Code</th><th class=\"x>Description</th></tr>", "<th class=\"x>Description</th></tr>")]
    public void A_tag_cut_off_by_the_end_of_the_file_is_reported_at_the_tag(string html, string tag)
    {
        var diagnostic = Assert.Single(PageReading.File(html).Diagnostics);

        Assert.Equal("EBSC036", diagnostic.Id);
        Assert.Equal(tag, html.Substring(diagnostic.Location!.Value.Start, diagnostic.Location.Value.Length));
        Assert.Contains("cut off", diagnostic.Arguments[0], System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_left_open_that_swallows_tags_is_reported_at_the_tag()
    {
        var html = "<table><tr><th class=\"x>Code</th><th class=\">Description</th></tr><tr><td>1</td><td>one</td></tr></table>\n";
        var file = PageReading.File(html);

        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal("EBSC036", diagnostic.Id);
        Assert.StartsWith("<th class=\"x>Code", html.Substring(diagnostic.Location!.Value.Start), System.StringComparison.Ordinal);
        Assert.Contains("close its quote", diagnostic.Arguments[0], System.StringComparison.Ordinal);
    }
}
