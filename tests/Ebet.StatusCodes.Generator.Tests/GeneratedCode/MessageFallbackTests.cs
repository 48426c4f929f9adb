using System.Linq;
using Ebet.StatusCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.GeneratedCode;

/// <summary>
/// Where a message comes from when the obvious place has none: the documented order is the
/// culture file's row, the page's own column for that culture, then the page's text for the page's
/// culture and the neutral culture, and the neutral culture's message for every other culture.
/// </summary>
public class MessageFallbackTests
{
    [Fact]
    public void A_culture_without_a_row_gets_the_neutral_message_not_the_page_text()
    {
        var run = GeneratorHarness.Run(new GeneratorInput()
            .Catalog("codes.md", "| Code | Description |\n| - | - |\n| 1 | 一 |\n| 2 | 二 |\n", "Codes", "zh")
            .File("codes.en.md", "| Code | Message |\n| - | - |\n| 1 | one |\n| 2 | two |\n")
            .File("codes.ja.md", "| Code | Message |\n| - | - |\n| 1 | 一つ |\n"));

        var catalog = CompiledCatalog.Load(run, "Test.Catalogs.Codes");

        Assert.Equal("一つ", catalog.MessageIn(1, "ja"));
        Assert.Equal("two", catalog.MessageIn(2, "ja"));
        Assert.Equal("二", catalog.MessageIn(2, "zh"));
    }

    [Fact]
    public void An_empty_cell_in_a_message_column_is_no_message()
    {
        var run = GeneratorHarness.Run(new GeneratorInput()
            .Catalog(
                "codes.md",
                "| Code | Description | English | Japanese |\n| - | - | - | - |\n| 1 | 一 | one | 一つ |\n| 2 | 二 |  |  |\n",
                "Codes",
                "zh",
                ("StatusCodeMessageColumns", "en=English, ja=Japanese")));

        var catalog = CompiledCatalog.Load(run, "Test.Catalogs.Codes");

        // English is the neutral culture: without its own text it has the page's.
        Assert.Equal(("one", "二"), (catalog.MessageIn(1, "en"), catalog.MessageIn(2, "en")));
        Assert.Equal(("一つ", "二"), (catalog.MessageIn(1, "ja"), catalog.MessageIn(2, "ja")));
    }

    [Fact]
    public void An_unknown_code_message_for_one_catalog_wins_over_the_one_for_all()
    {
        var page = "# A\n\n| Code | Description |\n| - | - |\n| 1 | 一 |\n\n# B\n\n| Code | Description |\n| - | - |\n| 2 | 二 |\n";
        var english = "---\nunknown-code-message.B: \"Unknown B code {0}.\"\nunknown-code-message: \"Unknown code {0}.\"\n---\n\n"
                      + "## A\n\n| Code | Message |\n| - | - |\n| 1 | one |\n\n## B\n\n| Code | Message |\n| - | - |\n| 2 | two |\n";
        var run = GeneratorHarness.Run(new GeneratorInput()
            .Catalog("codes.md", page, "A, B", "zh")
            .File("codes.en.md", english));

        Assert.Equal("Unknown code 9.", CompiledCatalog.Load(run, "Test.Catalogs.A").MessageIn(9, "en"));
        Assert.Equal("Unknown B code 9.", CompiledCatalog.Load(run, "Test.Catalogs.B").MessageIn(9, "en"));
    }

    [Fact]
    public void Names_the_page_gives_twice_are_taken_once()
    {
        var run = GeneratorHarness.Run(new GeneratorInput()
            .Catalog("codes.md", "| Code | Name | Description |\n| - | - | - |\n| 1 | Busy | 忙 |\n| 2 | Busy | 很忙 |\n| 3 | busy line | 占线 |\n", "Codes"));

        Assert.Equal(new[] { "Busy", "Code2", "BusyLine" }, CompiledCatalog.Load(run, "Test.Catalogs.Codes").Names);
    }

    [Fact]
    public void A_page_whose_only_culture_file_is_its_own_culture_gives_that_file_s_messages_in_every_culture()
    {
        // One culture in all (the page's, en), its messages from the file rather than the page's text.
        var run = GeneratorHarness.Run(new GeneratorInput()
            .Catalog("codes.md", "| Code | Description |\n| - | - |\n| 1 | one |\n| 2 | two |\n", "Codes", "en")
            .File("codes.en.md", "---\nunknown-code-message: \"No code {0} here.\"\n---\n\n| Code | Message |\n| - | - |\n| 1 | The first. |\n"));

        var catalog = CompiledCatalog.Load(run, "Test.Catalogs.Codes");

        Assert.Equal(new[] { "EBSC016" }, run.Diagnostics.Select(diagnostic => diagnostic.Id));
        Assert.Equal(("The first.", "The first."), (catalog.MessageIn(1, "en"), catalog.MessageIn(1, "zh-Hant")));
        Assert.Equal(("two", "two"), (catalog.MessageIn(2, "en-GB"), catalog.Message(2, null)));
        Assert.Equal("No code 9 here.", catalog.MessageIn(9, "ja"));
        Assert.Equal("one", catalog.Description(1));
    }
}
