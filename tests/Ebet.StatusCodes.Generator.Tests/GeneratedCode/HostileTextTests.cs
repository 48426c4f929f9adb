using System.Linq;
using System.Globalization;
using Ebet.StatusCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.GeneratedCode;

/// <summary>
/// Text from a page can hold anything. Whatever it holds, the generated code compiles without a
/// warning and returns the text exactly (after the documented cell-text rule).
/// </summary>
public class HostileTextTests
{
    public static readonly TheoryData<string, string> Texts = new()
    {
        // cell markdown                       text the code returns
        { "quote \" and backslash \\\\", "quote \" and backslash \\" },
        { "comment end \\*/ and /\\* start", "comment end */ and /* start" },
        { "unescaped */ is emphasis /* in markdown", "unescaped / is emphasis / in markdown" },
        { "&lt;/summary&gt; &amp; <b>bold</b>", "</summary> & bold" },
        { "two<br>lines", "two lines" },
        { "line\u2028separator and paragraph\u2029separator", "line\u2028separator and paragraph\u2029separator" },
        { "nul \0 byte", "nul \uFFFD byte" },
        { "tab\tinside", "tab inside" },
        { "lone \uD800 high and lone \uDC00 low", "lone \uD800 high and lone \uDC00 low" },
        { "right-to-left \u202E mark \u200F and LRM \u200E", "right-to-left \u202E mark \u200F and LRM \u200E" },
        { "emoji 😀 and CJK 签名不对 and Arabic مرحبا", "emoji 😀 and CJK 签名不对 and Arabic مرحبا" },
        { "BOM \uFEFF and NEL \u0085 and DEL \u007F", "BOM \uFEFF and NEL \u0085 and DEL \u007F" },
        { "braces {0} {{1}} and percent %s", "braces {0} {{1}} and percent %s" },
        { "escaped pipe \\| inside", "escaped pipe | inside" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void The_generated_lookups_return_the_text_exactly(string markdown, string expected)
    {
        var page = "| Code | Description |\n| --- | --- |\n| 7 | " + markdown + " |\n";
        var overlay = "| Code | Member | Class | Notes |\n| - | - | - | - |\n| 7 | Seven | Retryable | " + markdown + " |\n";
        var english = "---\nunknown-code-message: \"" + "{0} " + "\"\n---\n| Code | Message |\n| - | - |\n| 7 | " + markdown + " |\n";
        var run = GeneratorHarness.Run(new GeneratorInput()
            .Catalog("codes.md", page, "Codes", "zh-Hans")
            .File("codes.overlay.md", overlay)
            .File("codes.en.md", english));

        Assert.True(run.Diagnostics.IsEmpty, run.DescribeDiagnostics());
        var catalog = CompiledCatalog.Load(run, "Test.Catalogs.Codes");
        Assert.Equal(expected, catalog.Description(7));
        Assert.Equal(expected, catalog.Message(7, CultureInfo.InvariantCulture));
        Assert.Equal(expected, catalog.Message(7, CultureInfo.GetCultureInfo("zh-CN")));
    }

    [Theory]
    [InlineData("class", "@class")]
    [InlineData("成功", "成功")]
    [InlineData("_underscore", "_underscore")]
    [InlineData("record", "record")]
    public void Member_names_that_are_keywords_or_not_ASCII_compile_and_keep_their_name(string name, string source)
    {
        var run = GeneratorHarness.Run(new GeneratorInput()
            .Catalog("codes.md", "| Code | Description |\n| - | - |\n| 1 | one |\n", "Codes")
            .File("codes.overlay.md", "| Code | Member |\n| - | - |\n| 1 | " + name + " |\n"));

        Assert.True(run.Diagnostics.IsEmpty, run.DescribeDiagnostics());
        Assert.Contains(" " + source + " = 1,", run.Source, System.StringComparison.Ordinal);
        var catalog = CompiledCatalog.Load(run, "Test.Catalogs.Codes");
        Assert.Equal(name, catalog.ToStringFast(1));
        Assert.Equal(name, catalog.Value(1).ToString());
        Assert.True(catalog.TryParse(name, ignoreCase: false, out var code));
        Assert.Equal(1, code);
    }

    [Theory]
    [InlineData("CodesClass")]
    [InlineData("CodesExtensions")]
    [InlineData("Codes")]
    public void Members_named_like_a_generated_type_do_not_hide_it(string name)
    {
        // Inside the enum a member hides a type of its name (a cref to CodesClass would not bind), so the
        // generated code then names its types in full.
        var run = GeneratorHarness.Run(new GeneratorInput()
            .Catalog("codes.md", "| Code | Description |\n| - | - |\n| 1 | one |\n| 2 | two |\n", "Codes")
            .File("codes.overlay.md", "| Code | Member | Class |\n| - | - | - |\n| 1 | " + name + " | Fatal |\n| 2 | Two | Success |\n"));

        Assert.True(run.Diagnostics.IsEmpty, run.DescribeDiagnostics());
        var catalog = CompiledCatalog.Load(run, "Test.Catalogs.Codes");
        Assert.Equal((name, "Fatal", true), (catalog.ToStringFast(1), catalog.ClassOf(1), catalog.Is("Fatal", 1)));
        Assert.True(catalog.TryParse(name, ignoreCase: true, out var code));
        Assert.Equal(1, code);
    }

    [Fact]
    public void Ignoring_case_finds_exactly_what_an_ordinal_comparison_ignoring_case_finds()
    {
        // Names that share a length, a first or a last letter, and letters outside ASCII whose case differs.
        var names = new[] { "Éclair", "éclaiR", "Bclair", "ǅa", "Ωmega", "Alpha1", "Alpha_", "ALPHA2", "Ⅻ" };
        var probes = names.Concat(new[] { "ÉCLAIR", "éclair", "bCLAIR", "ǄA", "ǆA", "ωMEGA", "alpha1", "ALPHA_", "alpha2", "ⅻ", "Alpha", "Alpha12", "Clair", string.Empty });
        var overlay = "| Code | Member |\n| - | - |\n" + string.Concat(names.Select((name, i) => "| " + (i + 1) + " | " + name + " |\n"));
        var page = "| Code | Description |\n| - | - |\n" + string.Concat(names.Select((_, i) => "| " + (i + 1) + " | text |\n"));
        var run = GeneratorHarness.Run(new GeneratorInput().Catalog("codes.md", page, "Codes").File("codes.overlay.md", overlay));

        Assert.True(run.Diagnostics.IsEmpty, run.DescribeDiagnostics());
        var catalog = CompiledCatalog.Load(run, "Test.Catalogs.Codes");
        foreach (var probe in probes)
        {
            var expected = System.Array.FindIndex(names, name => string.Equals(name, probe, System.StringComparison.OrdinalIgnoreCase));
            Assert.Equal((expected >= 0, expected + 1), (catalog.TryParse(probe, ignoreCase: true, out var code), expected >= 0 ? code : 0));
        }
    }
}
