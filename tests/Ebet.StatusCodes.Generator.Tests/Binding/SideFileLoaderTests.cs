using System.Linq;
using Ebet.StatusCodes.Generator.Binding;
using Ebet.StatusCodes.Generator.Model;
using Xunit;
using static Ebet.StatusCodes.Generator.Tests.Binding.BindingInputs;

namespace Ebet.StatusCodes.Generator.Tests.Binding;

/// <summary>The side-file step: a file is read for the catalogs of its page, and reports its own problems once.</summary>
public class SideFileLoaderTests
{
    [Fact]
    public void A_file_of_a_page_that_is_not_a_catalog_is_not_read_and_the_convention_s_files_say_so()
    {
        var byConvention = SideFileLoader.Load("/p/spec/payments.v2.md", "/p/spec/payments.md", "v2", EquatableArray<string>.Empty, byConvention: true, "| Code | Description |\n| - | - |\n| 1 | x |\n", default);
        var ownItem = SideFileLoader.Load("/p/docs/notes.v2.md", "/p/docs/notes.md", "v2", EquatableArray<string>.Empty, byConvention: false, "anything", default);

        Assert.Null(byConvention.File);
        var info = Assert.Single(byConvention.Diagnostics);
        Assert.Equal("EBSC044", info.Id);
        Assert.Contains("payments-v2.md", Message(info), System.StringComparison.Ordinal);
        Assert.Contains("the 'v2' culture file of payments.md", Message(info), System.StringComparison.Ordinal);
        Assert.Null(ownItem.File);
        Assert.Empty(ownItem.Diagnostics);
    }

    [Fact]
    public void An_orphan_overlay_is_named_as_one()
    {
        var result = SideFileLoader.Load("/p/spec/gone.overlay.md", "/p/spec/gone.md", string.Empty, EquatableArray<string>.Empty, byConvention: true, string.Empty, default);

        Assert.Contains("named like the overlay of gone.md", Message(result.Diagnostics.Single()), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_culture_file_with_an_invalid_tag_is_reported_once_and_not_read()
    {
        var result = Culture("english", "| Code | Message |\n| - | - |\n| 1 | One |\n", "Codes, MoreCodes");

        Assert.Null(result.File);
        Assert.Equal(new[] { "EBSC022" }, Ids(result.Diagnostics));
    }

    [Fact]
    public void The_culture_tag_is_kept_in_canonical_case()
    {
        Assert.Equal("zh-Hant", ((CultureFile)Culture("ZH-hant", "| Code | Message |\n| - | - |\n| 1 | 一 |\n").File!).CultureTag);
    }

    [Fact]
    public void Unknown_code_messages_are_checked_here_once_for_their_placeholder_and_their_catalog()
    {
        var result = Culture(
            "en",
            "---\nunknown-code-message: \"Unknown {0}.\"\nunknown-code-message.Codes: \"No {0} {0}\"\nunknown-code-message.Gone: \"Gone {0}\"\n---\n## Codes\n\n| Code | Message |\n| - | - |\n| 1 | One |\n",
            "Codes, MoreCodes");

        Assert.Equal(new[] { ("EBSC023", 2), ("EBSC043", 3) }, result.Diagnostics.Select(diagnostic => (diagnostic.Id, diagnostic.Location!.Value.StartLine)));
        Assert.Contains("'unknown-code-message.Gone'", Message(result.Diagnostics[1]), System.StringComparison.Ordinal);
        Assert.Equal(new[] { (string.Empty, "Unknown {0}.") }, ((CultureFile)result.File!).UnknownCodeMessages.Select(message => (message.Catalog, message.Template)));
    }

    [Fact]
    public void Class_meanings_under_a_catalog_s_heading_are_that_catalog_s_and_the_others_the_page_s()
    {
        var result = Overlay(
            "## Classes\n\n| Class | Meaning |\n| - | - |\n| Fatal | Check the keys. |\n\n## moreCodes\n\n| Class | Meaning |\n| - | - |\n| Fatal | Call us. |\n",
            "Codes, MoreCodes");

        Assert.Equal(
            new[] { new ClassMeaning(string.Empty, StatusClass.Fatal, "Check the keys."), new ClassMeaning("MoreCodes", StatusClass.Fatal, "Call us.") },
            ((OverlayFile)result.File!).ClassMeanings);
    }

    [Fact]
    public void A_table_without_its_columns_is_reported_from_this_step()
    {
        var result = Overlay("| Code | Colour |\n| - | - |\n| 1 | red |\n");

        Assert.Equal(new[] { "EBSC017" }, Ids(result.Diagnostics));
        Assert.Empty(((OverlayFile)result.File!).Sections);
    }
}
