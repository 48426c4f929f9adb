using System.Linq;
using Ebet.StatusCodes.Generator.Binding;
using Ebet.StatusCodes.Generator.Diagnostics;
using Ebet.StatusCodes.Generator.Model;
using Xunit;
using static Ebet.StatusCodes.Generator.Tests.Binding.BindingInputs;

namespace Ebet.StatusCodes.Generator.Tests.Binding;

/// <summary>Each code gets one name: the overlay's, else the page's, else a fallback; never one that C# would read otherwise.</summary>
public class MemberNamerTests
{
    private static (string[] Names, DiagnosticBag Diagnostics) Name(string page, string? overlay)
    {
        var table = Page(page).Tables.Single();
        var section = overlay is null ? null : ((OverlayFile)Overlay(overlay).File!).Sections.SingleOrDefault();
        var diagnostics = new DiagnosticBag();
        var names = MemberNamer.Name(table, OverlayRows.For(section), overlay is not null, "codes.overlay.md", "codes.md", diagnostics);
        return (names, diagnostics);
    }

    [Fact]
    public void Overlay_names_come_first_then_the_page_s_then_fallbacks_that_never_take_a_given_name()
    {
        const string page = "| Code | Name | Description |\n| - | - | - |\n| 1 | Code2 | one |\n| 2 | | two |\n| 3 | Three | three |\n";
        const string overlay = "| Code | Member |\n| - | - |\n| 3 | Code2_ |\n";

        var (names, diagnostics) = Name(page, overlay);

        // 2's fallback Code2 is the page's name of 1, and Code2_ the overlay's name of 3; only 2
        // is unnamed, and the overlay exists, so only 2 is reported.
        Assert.Equal(new[] { "Code2", "Code2__", "Code2_" }, names);
        Assert.Equal(("EBSC014", "2"), (Assert.Single(diagnostics.Items).Id, diagnostics.Items[0].Arguments[0]));
    }

    [Fact]
    public void An_overlay_name_with_an_invisible_character_is_refused_with_its_position()
    {
        var (names, diagnostics) = Name("| Code | Description |\n| - | - |\n| 1 | one |\n", "| Code | Member |\n| - | - |\n| 1 | Su\u200Bccess |\n");

        Assert.Equal(new[] { "Code1" }, names);
        var refused = diagnostics.Items.Single(item => item.Id == "EBSC010");
        Assert.Equal("Su\\u200Bccess", refused.Arguments[0]);
        Assert.Contains("invisible character \\u200B at position 3", refused.Arguments[2], System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u00AD")]
    [InlineData("\u200C")]
    [InlineData("\u2060")]
    [InlineData("\u202E")]
    [InlineData("\uFEFF")]
    public void Every_format_character_is_refused_in_a_name(string character)
    {
        var (names, _) = Name("| Code | Description |\n| - | - |\n| 1 | one |\n", "| Code | Member |\n| - | - |\n| 1 | Ok" + character + "Go |\n");

        Assert.Equal(new[] { "Code1" }, names);
    }

    [Fact]
    public void Two_names_that_differ_only_by_an_invisible_character_cannot_both_be_members()
    {
        var (names, diagnostics) = Name(
            "| Code | Description |\n| - | - |\n| 1 | one |\n| 2 | two |\n",
            "| Code | Member |\n| - | - |\n| 1 | Busy |\n| 2 | Busy\u200B |\n");

        Assert.Equal(new[] { "Busy", "Code2" }, names);
        Assert.Contains("EBSC010", Ids(diagnostics));
    }

    [Fact]
    public void A_name_longer_than_metadata_allows_is_refused_and_shown_cut_short()
    {
        var tooLong = new string('名', 342); // 1,026 bytes of UTF-8
        var justRight = new string('名', 341); // 1,023

        var (names, diagnostics) = Name(
            "| Code | Description |\n| - | - |\n| 1 | one |\n| 2 | two |\n",
            "| Code | Member |\n| - | - |\n| 1 | " + tooLong + " |\n| 2 | " + justRight + " |\n");

        Assert.Equal(new[] { "Code1", justRight }, names);
        var refused = Assert.Single(diagnostics.Items, item => item.Id == "EBSC010");
        Assert.Contains("too long", refused.Arguments[2], System.StringComparison.Ordinal);
        Assert.EndsWith("... (342 characters)", refused.Arguments[0], System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_s_names_are_used_as_words_and_what_is_not_used_as_written_is_said()
    {
        const string page = "| Code | Name | Description |\n| - | - | - |\n| 1 | token expired | a |\n| 2 | 3DS | b |\n| 3 | Busy\u200B | c |\n| 4 | TokenExpired | d |\n";

        var (names, diagnostics) = Name(page, null);

        Assert.Equal(new[] { "TokenExpired", "Code2", "Busy", "Code4" }, names);
        Assert.Equal(new[] { "EBSC054", "EBSC054", "EBSC054", "EBSC016" }, Ids(diagnostics));
        Assert.Equal(new[] { 3, 4, 5 }, diagnostics.Items.Take(3).Select(item => item.Location!.Value.StartLine));
        Assert.Contains("is already the name of code 1", Message(diagnostics.Items[2]), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_overlay_one_info_lists_the_fallback_names_and_the_first_row_to_add()
    {
        var (_, diagnostics) = Name("| Code | Description |\n| - | - |\n| 200 | ok |\n| -1 | a |\n| 7 | b |\n| 8 | c |\n", null);

        var info = Assert.Single(diagnostics.Items);
        Assert.Equal("EBSC016", info.Id);
        Assert.Contains("(Code200, CodeMinus1, Code7, ...) and no class for 4 codes", Message(info), System.StringComparison.Ordinal);
        Assert.Contains("'| 200 | <MemberName> | <Class> |'", Message(info), System.StringComparison.Ordinal);
    }

    [Fact]
    public void With_an_overlay_each_unnamed_code_is_a_warning_that_says_what_to_add()
    {
        var (_, diagnostics) = Name("| Code | Description |\n| - | - |\n| 1 | one |\n| 2 | two |\n", "| Code | Member |\n| - | - |\n| 1 | |\n");

        Assert.Equal(new[] { "EBSC014", "EBSC014" }, Ids(diagnostics));
        Assert.Equal(DiagnosticDescriptors.FallbackMemberNameFix.NameTheRow, diagnostics.Items[0].Arguments[4]);
        Assert.Equal("add the row '| 2 | <MemberName> | <Class> |' to name and classify it", diagnostics.Items[1].Arguments[4]);
    }
}
