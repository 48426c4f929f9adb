using System.Collections.Generic;
using System.Linq;
using System.Text;
using AngleSharp.Html.Parser;
using Ebet.StatusCodes.Generator.Tests.PropertyTests;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Parsing;

/// <summary>
/// Character references in HTML cells decode as a browser decodes them: checked against a WHATWG
/// parser (AngleSharp) for every entity name Markdig knows, written with and without its
/// semicolon, and for numeric references of every kind.
/// </summary>
public class HtmlCharacterReferenceTests
{
    private static readonly HtmlParser s_parser = new();

    private static IEnumerable<string> EntityNames()
        => ((IEnumerable<KeyValuePair<string, string>>)typeof(Markdig.Helpers.EntityHelper)
                .GetField("EntityMap", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                .GetValue(null)!)
            .Select(pair => pair.Key)
            .Where(name => name.Length > 0 && name.All(char.IsAsciiLetterOrDigit));

    public static readonly TheoryData<string> Numbers = new()
    {
        "&#65", "&#65;", "&#x41", "&#X41;", "&#0;", "&#x80;", "&#x81;", "&#150", "&#x9F;", "&#xD800;", "&#xDFFF", "&#x10FFFF;", "&#x110000;",
        "&#99999999999999999999;", "&#;", "&#x;", "&#xG;", "&#000065;", "&#x1F600;",
    };

    [Fact]
    public void Every_named_reference_reads_as_a_browser_reads_it_with_and_without_its_semicolon()
    {
        var cells = EntityNames().Select(name => "&" + name + "; &" + name + "x &" + name + "=").ToList();

        AssertReadsAsABrowser(cells);
    }

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Numeric_references_read_as_a_browser_reads_them(string reference)
    {
        AssertReadsAsABrowser(new[] { reference + "x", reference + " y" });
    }

    private static void AssertReadsAsABrowser(IReadOnlyList<string> cells)
    {
        var html = new StringBuilder("<table><tr><th>Code</th><th>Description</th></tr>\n");
        for (var i = 0; i < cells.Count; i++)
        {
            html.Append("<tr><td>").Append(i).Append("</td><td>").Append(cells[i]).Append("</td></tr>\n");
        }

        html.Append("</table>\n");
        var ours = Assert.Single(PageReading.File(html.ToString()).Tables).Rows.Select(row => row.Cells[1].Text).ToList();
        var browser = s_parser.ParseDocument(html.ToString()).QuerySelectorAll("tr").Skip(1).Select(row => CellEncoder.ExpectedText(row.Children[1].TextContent)).ToList();
        for (var i = 0; i < cells.Count; i++)
        {
            Assert.True(ours[i] == browser[i], $"{cells[i]}: the reader reads '{ours[i]}', a browser '{browser[i]}'");
        }
    }
}
