using System.Linq;
using Ebet.StatusCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.GeneratedCode;

/// <summary>
/// A culture whose messages repeat the page's or another culture's reads their array instead of a
/// copy of it; its message for codes the page does not list stays its own, both the text before the
/// number and after it.
/// </summary>
public class CultureSharingTests
{
    private const string Page = "| Code | Description |\n| - | - |\n| 1 | 一 |\n| 2 | 二 |\n";

    private static string CultureFile(string unknown, string one, string two)
        => "---\nunknown-code-message: \"" + unknown + "\"\n---\n| Code | Message |\n| - | - |\n| 1 | " + one + " |\n| 2 | " + two + " |\n";

    [Fact]
    public void Cultures_that_repeat_messages_share_their_array_and_keep_their_own_unknown_code_message()
    {
        var run = GeneratorHarness.Run(new GeneratorInput()
            .Catalog("codes.md", Page, "Codes", "zh-Hans")
            .File("codes.overlay.md", "| Code | Member |\n| - | - |\n| 1 | One |\n| 2 | Two |\n")
            .File("codes.zh-Hans.md", CultureFile("未知代码 {0}。", "一", "二"))
            .File("codes.en.md", CultureFile("Unknown code {0}.", "one", "two"))
            .File("codes.en-GB.md", CultureFile("Unknown code {0}!", "one", "two"))
            .File("codes.en-AU.md", CultureFile("Unrecognised code {0}.", "one", "two"))
            .File("codes.en-NZ.md", CultureFile("Unknown code {0}.", "one", "two"))
            .File("codes.zh-Hant.md", CultureFile("未知代码 {0}！", "一", "二"))
            .File("codes.zh-SG.md", CultureFile("未知代码 {0}。", "一", "二")));

        Assert.True(run.Diagnostics.IsEmpty, run.DescribeDiagnostics());
        var catalog = CompiledCatalog.Load(run, "Test.Catalogs.Codes");

        Assert.Equal(("one", "Unknown code 99."), (catalog.MessageIn(1, "en"), catalog.MessageIn(99, "en")));
        Assert.Equal(("one", "Unknown code 99!"), (catalog.MessageIn(1, "en-GB"), catalog.MessageIn(99, "en-GB")));
        Assert.Equal(("two", "Unrecognised code 99."), (catalog.MessageIn(2, "en-AU"), catalog.MessageIn(99, "en-AU")));
        Assert.Equal(("two", "Unknown code 99."), (catalog.MessageIn(2, "en-NZ"), catalog.MessageIn(99, "en-NZ")));
        Assert.Equal(("一", "未知代码 99。"), (catalog.MessageIn(1, "zh-Hans"), catalog.MessageIn(99, "zh-Hans")));
        Assert.Equal(("一", "未知代码 99！"), (catalog.MessageIn(1, "zh-Hant"), catalog.MessageIn(99, "zh-Hant")));
        Assert.Equal(("二", "未知代码 99。"), (catalog.MessageIn(2, "zh-SG"), catalog.MessageIn(99, "zh-SG")));

        // Two arrays of messages: the page's text (zh-Hans, zh-Hant, zh-SG) and English (en, en-GB, en-AU, en-NZ).
        Assert.Equal(
            new[] { "s_descriptions", "s_messagesEn" },
            System.Text.RegularExpressions.Regex.Matches(run.Source, @"private static readonly string\[\] (s_descriptions|s_messages\w*) =").Select(match => match.Groups[1].Value));
        Assert.Contains("s_messages = { s_messagesEn, s_descriptions, s_messagesEn, s_messagesEn, s_messagesEn, s_descriptions, s_descriptions };", run.Source, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_bare_language_goes_to_the_page_culture_first()
    {
        // The page is written in Traditional Chinese; a Simplified file sorts before it. "zh" and
        // zh-specific names with no script of their own still mean the page's text.
        var run = GeneratorHarness.Run(new GeneratorInput()
            .Catalog("codes.md", "| Code | Description |\n| - | - |\n| 1 | 簽名不對 |\n", "Codes", "zh-Hant")
            .File("codes.overlay.md", "| Code | Member |\n| - | - |\n| 1 | One |\n")
            .File("codes.en.md", CultureFile("Unknown code {0}.", "one", "two").Replace("| 2 | two |\n", string.Empty, System.StringComparison.Ordinal))
            .File("codes.zh-Hans.md", "| Code | Message |\n| - | - |\n| 1 | 签名不对 |\n"));

        Assert.True(run.Diagnostics.IsEmpty, run.DescribeDiagnostics());
        var catalog = CompiledCatalog.Load(run, "Test.Catalogs.Codes");

        Assert.Equal("簽名不對", catalog.MessageIn(1, "zh"));
        Assert.Equal("簽名不對", catalog.MessageIn(1, "zh-Hant"));
        Assert.Equal("签名不对", catalog.MessageIn(1, "zh-Hans"));
        Assert.Equal("签名不对", catalog.MessageIn(1, "zh-CN"));
        Assert.Equal("one", catalog.MessageIn(1, "fr-FR"));
    }

    [Fact]
    public void A_bare_language_prefers_the_page_culture_to_a_neutral_culture_of_the_same_language()
    {
        // The neutral culture comes first in the catalog's list; "zh" must still mean the page.
        var run = GeneratorHarness.Run(new GeneratorInput()
            .Catalog("codes.md", "| Code | Description |\n| - | - |\n| 1 | 签名不对 |\n", "Codes", "zh-Hans", ("StatusCodeNeutralCulture", "zh-Hant"))
            .File("codes.overlay.md", "| Code | Member |\n| - | - |\n| 1 | One |\n")
            .File("codes.zh-Hant.md", "| Code | Message |\n| - | - |\n| 1 | 簽名不對 |\n"));

        Assert.True(run.Diagnostics.IsEmpty, run.DescribeDiagnostics());
        var catalog = CompiledCatalog.Load(run, "Test.Catalogs.Codes");

        Assert.Equal("签名不对", catalog.MessageIn(1, "zh"));
        Assert.Equal("簽名不對", catalog.MessageIn(1, "zh-TW"));
        Assert.Equal("簽名不對", catalog.MessageIn(1, "fr-FR"));
    }
}
