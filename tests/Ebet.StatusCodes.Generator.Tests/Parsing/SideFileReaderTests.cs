using System.Linq;
using Ebet.StatusCodes.Generator.Model;
using Ebet.StatusCodes.Generator.Parsing;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Parsing;

/// <summary>Overlays and culture files: a table per enum under its heading, rows keyed by code, bad rows reported where they are.</summary>
public class SideFileReaderTests
{
    private static SideFile Overlay(string text) => SideFileReader.Read("/spec/codes.overlay.md", "/spec/codes.md", string.Empty, text, default);

    private static SideFile Culture(string text) => SideFileReader.Read("/spec/codes.en.md", "/spec/codes.md", "en", text, default);

    [Fact]
    public void Overlay_rows_give_member_class_vendor_text_and_notes_with_their_cells()
    {
        var file = Overlay("## Codes\n\n| Notes | Class | Code | Member | Vendor text |\n| - | - | - | - | - |\n| why | Fatal | 4026 | InvalidSignature | 签名不对 |\n");

        Assert.True(file.IsOverlay);
        var section = Assert.Single(file.Sections);
        Assert.Equal("Codes", section.Heading);
        Assert.Empty(section.Diagnostics);
        var row = Assert.Single(section.Entries);
        Assert.Equal((4026, "InvalidSignature", "Fatal", "签名不对", "why"), (row.Code, row.Member, row.Class, row.Text, row.Notes));
        Assert.Equal((4, 16), (row.Location.StartLine, row.Location.StartColumn));
        Assert.Equal((4, 23), (row.MemberLocation.StartLine, row.MemberLocation.StartColumn));
        Assert.Equal((4, 8), (row.ClassLocation.StartLine, row.ClassLocation.StartColumn));
    }

    [Fact]
    public void Culture_rows_give_the_message()
    {
        var file = Culture("| Code | Message |\n| - | - |\n| 1 | One. |\n| -2 | Minus two. |\n");

        Assert.False(file.IsOverlay);
        Assert.Equal(new[] { (1, "One."), (-2, "Minus two.") }, file.Sections.Single().Entries.Select(entry => (entry.Code, entry.Text)));
    }

    [Fact]
    public void Bad_codes_and_repeated_codes_are_reported_on_their_cell_and_left_out()
    {
        var section = Culture("| Code | Message |\n| - | - |\n| x | a |\n| 2147483648 | b |\n| 1 | c |\n| 1 | d |\n").Sections.Single();

        Assert.Equal(new[] { "EBSC004", "EBSC005", "EBSC006" }, section.Diagnostics.Select(diagnostic => diagnostic.Id));
        Assert.Equal(new[] { 2, 3, 5 }, section.Diagnostics.Select(diagnostic => diagnostic.Location!.Value.StartLine));
        Assert.Equal("5", section.Diagnostics[2].Arguments[1]);
        Assert.Equal(new[] { (1, "c") }, section.Entries.Select(entry => (entry.Code, entry.Text)));
    }

    [Theory]
    [InlineData("| Number | Member |\n| - | - |\n| 1 | A |\n", "code")]
    [InlineData("| Code | Colour |\n| - | - |\n| 1 | A |\n", "member-name")]
    public void An_overlay_table_without_its_columns_is_reported(string text, string column)
    {
        var section = Overlay(text).Sections.Single();

        var diagnostic = Assert.Single(section.Diagnostics);
        Assert.Equal("EBSC017", diagnostic.Id);
        Assert.Equal(column, diagnostic.Arguments[1]);
        Assert.Empty(section.Entries);
    }

    [Fact]
    public void A_culture_table_without_a_message_column_is_reported()
    {
        var section = Culture("| Code | Colour |\n| - | - |\n| 1 | red |\n").Sections.Single();

        Assert.Equal("message", Assert.Single(section.Diagnostics).Arguments[1]);
    }

    [Fact]
    public void Unknown_code_messages_are_read_from_the_front_matter_per_catalog_or_for_all()
    {
        var file = Culture("---\ntitle: ignored\nunknown-code-message: \"Unknown {0}.\"\nUnknown-Code-Message.Codes: 'Codes {0}'\nunknown-code-messages: no\n---\n| Code | Message |\n| - | - |\n| 1 | a |\n");

        Assert.Equal(new[] { (string.Empty, "Unknown {0}."), ("Codes", "Codes {0}") }, file.UnknownCodeMessages.Select(message => (message.Catalog, message.Template)).OrderBy(pair => pair.Item1, System.StringComparer.Ordinal));
        Assert.Equal(2, file.UnknownCodeMessages.Single(message => message.Catalog.Length == 0).Location.StartLine);
    }

    [Fact]
    public void Rows_with_missing_cells_read_them_as_empty()
    {
        var row = Overlay("| Code | Member | Class |\n| - | - | - |\n| 7 |\n").Sections.Single().Entries.Single();

        Assert.Equal((7, string.Empty, string.Empty), (row.Code, row.Member, row.Class));
        Assert.Equal(row.Location.StartLine, row.MemberLocation.StartLine);
    }
}
