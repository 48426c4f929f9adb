using System.Linq;
using Ebet.StatusCodes.Generator.Binding;
using Ebet.StatusCodes.Generator.Diagnostics;
using Ebet.StatusCodes.Generator.Model;
using Xunit;
using static Ebet.StatusCodes.Generator.Tests.Binding.BindingInputs;

namespace Ebet.StatusCodes.Generator.Tests.Binding;

/// <summary>Each code's message in each culture, and one report per culture file of what it lacks.</summary>
public class MessageResolverTests
{
    private const string ThreeCodes = "| Code | Description | English |\n| - | - | - |\n| 1 | 一 | One |\n| 2 | 二 | |\n| 3 | 三 | Three |\n";

    [Fact]
    public void A_file_row_wins_then_the_page_s_column_then_the_neutral_message_and_each_file_reports_once()
    {
        var request = Request(culture: "zh", messageColumns: new MessageColumn("en", "English"));
        var table = Page(ThreeCodes, request).Tables.Single();
        var en = (CultureFile)Culture("en", "| Code | Message |\n| - | - |\n| 3 | Three! |\n").File!;
        var ja = (CultureFile)Culture("ja", "| Code | Message |\n| - | - |\n| 1 | 一つ |\n| 9 | 九 |\n").File!;
        var diagnostics = new DiagnosticBag();
        var cultures = CultureResolver.Resolve(request, request.Catalogs[0], new[] { en, ja }, diagnostics);

        var messages = MessageResolver.Resolve(table, cultures, diagnostics);

        Assert.Equal(new[] { "en", "zh", "ja" }, cultures.Cultures.Select(culture => culture.Tag));
        Assert.Equal(new[] { "One", "一", "一つ" }, messages[0]);
        Assert.Equal(new[] { "二", "二", "二" }, messages[1]);
        Assert.Equal(new[] { "Three!", "三", "Three!" }, messages[2]);

        // en.md lacks 1 and 2, but the page's English column gives 1, so only 2 falls back (to the
        // page's text, the neutral culture having nothing); ja.md lacks 2
        // and 3, and has 9, which the page does not list.
        Assert.Equal(new[] { ("EBSC020", "codes.en.md"), ("EBSC020", "codes.ja.md"), ("EBSC021", "codes.ja.md") }, diagnostics.Items.Select(item => (item.Id, item.Arguments[0])));
        Assert.Equal("2 ('二')", diagnostics.Items[0].Arguments[2]);
        Assert.Equal("the page's text", diagnostics.Items[0].Arguments[3]);
        Assert.Equal(("2 ('二'), 3 ('三')", "the neutral 'en' messages"), (diagnostics.Items[1].Arguments[2], diagnostics.Items[1].Arguments[3]));
        Assert.Equal("9", diagnostics.Items[2].Arguments[1]);
    }

    [Fact]
    public void Past_ten_codes_a_report_lists_the_rest_by_number()
    {
        var rows = string.Concat(Enumerable.Range(1, 12).Select(code => $"| {code} | t{code} |\n"));
        var table = Page("| Code | Description |\n| - | - |\n" + rows).Tables.Single();
        var fr = (CultureFile)Culture("fr", "| Code | Message |\n| - | - |\n| 99 | x |\n").File!;
        var diagnostics = new DiagnosticBag();

        MessageResolver.Resolve(table, CultureResolver.Resolve(Request(), Request().Catalogs[0], new[] { fr }, diagnostics), diagnostics);

        var missing = diagnostics.Items.Single(item => item.Id == "EBSC020");
        Assert.Equal("12", missing.Arguments[1]);
        Assert.EndsWith("10 ('t10'), 11, 12", missing.Arguments[2], System.StringComparison.Ordinal);
    }
}
