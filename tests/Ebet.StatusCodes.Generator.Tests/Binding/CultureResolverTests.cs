using System.Linq;
using Ebet.StatusCodes.Generator.Binding;
using Ebet.StatusCodes.Generator.Diagnostics;
using Ebet.StatusCodes.Generator.Model;
using Xunit;
using static Ebet.StatusCodes.Generator.Tests.Binding.BindingInputs;

namespace Ebet.StatusCodes.Generator.Tests.Binding;

/// <summary>A catalog's cultures in a fixed order, and where each one's messages come from.</summary>
public class CultureResolverTests
{
    private static CultureFile File(string tag, string markdown = "| Code | Message |\n| - | - |\n| 1 | x |\n") => (CultureFile)Culture(tag, markdown).File!;

    private static ResolvedCultures Resolve(PageRequest request, params CultureFile[] files)
        => CultureResolver.Resolve(request, request.Catalogs[0], files, new DiagnosticBag());

    [Fact]
    public void The_neutral_culture_comes_first_then_the_page_s_then_the_others_in_ordinal_order()
    {
        var resolved = Resolve(Request(culture: "zh-Hans"), File("zh-Hant"), File("en"), File("de"));

        Assert.Equal(new[] { "en", "zh-Hans", "de", "zh-Hant" }, resolved.Cultures.Select(culture => culture.Tag));
        Assert.Equal(1, resolved.PageCultureIndex);
    }

    [Fact]
    public void Without_an_English_file_or_column_the_page_s_culture_is_the_neutral_one()
    {
        var resolved = Resolve(Request(culture: "zh-Hans"), File("zh-Hant"));

        Assert.Equal(new[] { "zh-Hans", "zh-Hant" }, resolved.Cultures.Select(culture => culture.Tag));
        Assert.Equal(0, resolved.PageCultureIndex);
    }

    [Fact]
    public void An_English_message_column_makes_English_neutral_and_the_item_can_name_another()
    {
        var byColumn = Resolve(Request(culture: "zh-Hans", messageColumns: new MessageColumn("en", "English")));
        var named = Resolve(Request(culture: "zh-Hans", neutral: "zh-Hant"), File("en"), File("zh-Hant"));

        Assert.Equal(new[] { "en", "zh-Hans" }, byColumn.Cultures.Select(culture => culture.Tag));
        Assert.Equal(0, byColumn.Cultures[0].Column);
        Assert.Equal(new[] { "zh-Hant", "zh-Hans", "en" }, named.Cultures.Select(culture => culture.Tag));
    }

    [Fact]
    public void A_page_without_a_culture_has_the_invariant_culture_as_its_own()
    {
        var resolved = Resolve(Request(), File("fr"));

        Assert.Equal(new[] { string.Empty, "fr" }, resolved.Cultures.Select(culture => culture.Tag));
        Assert.Equal(0, resolved.PageCultureIndex);
    }

    [Fact]
    public void Unknown_code_messages_come_from_the_catalog_s_key_then_the_file_s_then_the_neutral_culture_s()
    {
        var en = File("en", "---\nunknown-code-message: \"Unknown {0}.\"\nunknown-code-message.Codes: \"Unknown code {0}!\"\n---\n| Code | Message |\n| - | - |\n| 1 | x |\n");
        var fr = File("fr", "---\nunknown-code-message: \"Code inconnu {0}.\"\n---\n| Code | Message |\n| - | - |\n| 1 | x |\n");
        var de = File("de");

        var resolved = Resolve(Request(), en, fr, de);

        Assert.Equal(
            new[] { ("en", "Unknown code ", "!"), (string.Empty, "Unknown code ", "!"), ("de", "Unknown code ", "!"), ("fr", "Code inconnu ", ".") },
            resolved.Cultures.Select(culture => (culture.Tag, culture.Spec.UnknownPrefix, culture.Spec.UnknownSuffix)));
        Assert.Equal(("Unknown status code ", "."), (Resolve(Request()).Cultures[0].Spec.UnknownPrefix, Resolve(Request()).Cultures[0].Spec.UnknownSuffix));
    }

    [Fact]
    public void Of_two_files_for_one_culture_the_first_in_path_order_is_read()
    {
        var upper = new CultureFile("/project/spec/codes.EN.md", PagePath, "en", EquatableArray<UnknownCodeMessage>.Empty, EquatableArray<MessageSection>.Empty);

        var resolved = Resolve(Request(), File("en"), upper);

        Assert.Equal("/project/spec/codes.EN.md", resolved.Cultures.Single(culture => culture.Tag == "en").File!.Path);
    }
}
