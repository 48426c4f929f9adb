using System.Linq;
using Ebet.StatusCodes.Generator.Parsing;
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

    // ---- One tag read alone: where it ends, and what the table reader needs of its attributes ----

    [Theory]
    [InlineData("<td")]
    [InlineData("<td ")]
    [InlineData("<td a")]
    [InlineData("<td a ")]
    [InlineData("<td a=")]
    [InlineData("<td a= ")]
    [InlineData("<td a=x")]
    [InlineData("<td a='x")]
    [InlineData("<td a={{x: 1}")]
    [InlineData("<td a={x<")]
    [InlineData("<td colspan=")]
    [InlineData("<td colspan=2")]
    [InlineData("<td colspan={")]
    [InlineData("<td title=\"a<")]
    [InlineData("<td title=\"1 < 2\"")]
    public void A_tag_the_text_ends_inside_is_cut_off_at_the_end_of_the_text(string html)
    {
        var tag = HtmlTagScanner.Read(html, 0, isEnd: false);

        Assert.Equal(("td", false, html.Length), (tag.Name, tag.IsComplete, tag.End));
    }

    [Fact]
    public void An_end_tag_is_read_from_its_name_after_the_slash()
    {
        var tag = HtmlTagScanner.Read("x</TD\n>y", 1, isEnd: true);

        Assert.Equal(("td", true, true, 1, 7), (tag.Name, tag.IsEnd, tag.IsComplete, tag.Start, tag.End));
    }

    [Theory]
    [InlineData("<td =\"<b>\">x", "<td =\"<b>")]
    [InlineData("<td title=\"a>\" colspan=\"2\">x", "<td title=\"a>\" colspan=\"2\">")]
    [InlineData("<td title='a>' colspan='2'>x", "<td title='a>' colspan='2'>")]
    [InlineData("<td title=a>b>x", "<td title=a>")]
    [InlineData("<td/ / title=a>x", "<td/ / title=a>")]
    [InlineData("<td data-x={'a > b'}>x", "<td data-x={'a > b'}>")]
    [InlineData("<td data-x={\"} > x\"}>x", "<td data-x={\"} > x\"}>")]
    [InlineData("<td data-x={'} > x'}>x", "<td data-x={'} > x'}>")]
    [InlineData("<td data-x={`} > x`}>x", "<td data-x={`} > x`}>")]
    [InlineData("<td data-x={[{a: 1}, b > c]}>x", "<td data-x={[{a: 1}, b > c]}>")]
    [InlineData("<td style={{a: 1}>Code</td><td>x}</td>", "<td style={{a: 1}>")]
    [InlineData("<td data-x={a / b > c}>x", "<td data-x={a / b > c}>")]
    [InlineData("<td data-x={1/<2 > 0}>x", "<td data-x={1/<2 > 0}>")]
    [InlineData("<td data-x={a <b > c}>x", "<td data-x={a <b > c}>")]
    [InlineData("<td data-x={a >}>x", "<td data-x={a >}>")]
    public void A_tag_ends_at_the_first_greater_than_sign_outside_its_values(string html, string tag)
    {
        Assert.Equal(tag.Length, HtmlTagScanner.Read(html, 0, isEnd: false).End);
    }

    [Fact]
    public void A_quote_the_text_ends_inside_still_holds_its_value()
    {
        Assert.True(HtmlTagScanner.Read("<td colspan=\"2", 0, isEnd: false).Spans);
        Assert.True(HtmlTagScanner.Read("<td title=\"<b>", 0, isEnd: false).SwallowsMarkup);
    }

    [Fact]
    public void An_MDX_value_longer_than_the_bound_is_read_as_a_browser_reads_it()
    {
        // No closing brace within 1,024 characters: the value runs to the space, and the ">" ends the tag.
        var html = "<td data-x={" + new string('a', 1100) + " > }>x";

        Assert.Equal(html.IndexOf('>', System.StringComparison.Ordinal) + 1, HtmlTagScanner.Read(html, 0, isEnd: false).End);
    }

    [Theory]
    [InlineData("colspan=2", true)]
    [InlineData("colspan=9", true)]
    [InlineData("colspan=\" 2\"", true)]
    [InlineData("colspan=\"1a\"", false)]
    [InlineData("colspan=\"a2\"", false)]
    [InlineData("colspan=1", false)]
    [InlineData("colspan=99999999999", true)]
    [InlineData("colSpan={2}", true)]
    [InlineData("rowSpan={ 3 }", true)]
    [InlineData("colSpan={1}", false)]
    [InlineData("colspan=2 rowspan=2", true)]
    [InlineData("colspan=2 colspan=1", true)]
    [InlineData("span=2", false)]
    [InlineData("colspans=2", false)]
    public void Spans_over_one_are_found_as_browsers_and_MDX_sites_read_them(string attributes, bool spans)
    {
        Assert.Equal(spans, HtmlTagScanner.Read("<td " + attributes + ">", 0, isEnd: false).Spans);
    }

    [Theory]
    [InlineData("title=\"1 < 2\"", false)]
    [InlineData("title=\"a <\"", false)]
    [InlineData("title=\"a<b\"", true)]
    [InlineData("title=\"a</\"", true)]
    [InlineData("title=\"<表\"", true)]
    [InlineData("title=\"x\" alt=\"<b>\" lang=\"<i>\"", true)]
    [InlineData("title=\"1 < 2\"<b", false)]
    public void A_value_that_holds_a_tag_is_marked_as_swallowing_markup(string attributes, bool swallows)
    {
        Assert.Equal(swallows, HtmlTagScanner.Read("<td " + attributes + ">", 0, isEnd: false).SwallowsMarkup);
    }

    [Theory]
    [InlineData("td")]
    [InlineData("tr")]
    [InlineData("th")]
    [InlineData("br")]
    [InlineData("table")]
    [InlineData("thead")]
    [InlineData("tbody")]
    [InlineData("tfoot")]
    [InlineData("caption")]
    [InlineData("col")]
    [InlineData("colgroup")]
    [InlineData("mark")]
    [InlineData("b")]
    [InlineData("strong")]
    [InlineData("i")]
    [InlineData("em")]
    [InlineData("span")]
    [InlineData("a")]
    [InlineData("code")]
    [InlineData("pre")]
    [InlineData("p")]
    [InlineData("div")]
    [InlineData("font")]
    [InlineData("sup")]
    [InlineData("sub")]
    [InlineData("noscript")]
    [InlineData("ul")]
    [InlineData("ol")]
    [InlineData("li")]
    [InlineData("dl")]
    [InlineData("dt")]
    [InlineData("dd")]
    [InlineData("blockquote")]
    [InlineData("hr")]
    [InlineData("h1")]
    [InlineData("h2")]
    [InlineData("h3")]
    [InlineData("h4")]
    [InlineData("h5")]
    [InlineData("h6")]
    public void The_names_the_readers_look_for_come_back_as_one_shared_string_in_any_case(string name)
    {
        // A page has thousands of td tags: each is the constant, not a string of its own. (The theory's
        // data may reach the test as a copy: the interned string is the constant.)
        Assert.Same(string.Intern(name), HtmlTagScanner.Read("<" + name.ToUpperInvariant() + ">", 0, isEnd: false).Name);
    }

    [Fact]
    public void Other_names_are_lower_cased()
    {
        Assert.Equal("my-widget", HtmlTagScanner.Read("<My-Widget x=1>", 0, isEnd: false).Name);
    }
}
