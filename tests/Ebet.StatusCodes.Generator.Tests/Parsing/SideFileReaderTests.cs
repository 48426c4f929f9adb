using System.Linq;
using Ebet.StatusCodes.Generator.Diagnostics;
using Ebet.StatusCodes.Generator.Model;
using Ebet.StatusCodes.Generator.Parsing;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Parsing;

/// <summary>Overlays and culture files: their tables, rows keyed by code, bad rows reported where they are.</summary>
public class SideFileReaderTests
{
    private static (SideFileContent<OverlayRow> Content, DiagnosticBag Diagnostics) Overlay(string text)
    {
        var diagnostics = new DiagnosticBag();
        return (SideFileReader.ReadOverlay("/spec/codes.overlay.md", text, diagnostics, default), diagnostics);
    }

    private static (SideFileContent<MessageRow> Content, DiagnosticBag Diagnostics) Culture(string text)
    {
        var diagnostics = new DiagnosticBag();
        return (SideFileReader.ReadCulture("/spec/codes.en.md", text, diagnostics, default), diagnostics);
    }

    [Fact]
    public void Overlay_rows_give_member_class_vendor_text_and_notes_with_their_cells()
    {
        var (content, diagnostics) = Overlay("## Codes\n\n| Notes | Class | Code | Member | Vendor text |\n| - | - | - | - | - |\n| why | Fatal | 4026 | InvalidSignature | 签名不对 |\n");

        var table = Assert.Single(content.Tables);
        Assert.Equal("Codes", table.Heading);
        Assert.Empty(diagnostics.Items);
        var row = Assert.Single(table.Rows);
        Assert.Equal((4026, "InvalidSignature", "Fatal", "签名不对", "why"), (row.Code, row.Member, row.Class, row.VendorText, row.Notes));
        Assert.Equal((4, 16), (row.Location.StartLine, row.Location.StartColumn));
        Assert.Equal((4, 23), (row.MemberLocation.StartLine, row.MemberLocation.StartColumn));
        Assert.Equal((4, 8), (row.ClassLocation.StartLine, row.ClassLocation.StartColumn));
    }

    [Fact]
    public void Culture_rows_give_the_message()
    {
        var (content, _) = Culture("| Code | Message |\n| - | - |\n| 1 | One. |\n| -2 | Minus two. |\n");

        Assert.Equal(new[] { (1, "One."), (-2, "Minus two.") }, content.Tables.Single().Rows.Select(row => (row.Code, row.Message)));
    }

    [Fact]
    public void Bad_codes_and_repeated_codes_are_reported_on_their_cell_and_left_out()
    {
        var (content, diagnostics) = Culture("| Code | Message |\n| - | - |\n| x | a |\n| 2147483648 | b |\n| 1 | c |\n| 1 | d |\n");

        Assert.Equal(new[] { "EBSC004", "EBSC005", "EBSC006" }, diagnostics.Items.Select(diagnostic => diagnostic.Id));
        Assert.Equal(new[] { 2, 3, 5 }, diagnostics.Items.Select(diagnostic => diagnostic.Location!.Value.StartLine));
        Assert.Equal("5", diagnostics.Items[2].Arguments[1]);
        Assert.Equal(new[] { (1, "c") }, content.Tables.Single().Rows.Select(row => (row.Code, row.Message)));
    }

    [Theory]
    [InlineData("| Number | Member |\n| - | - |\n| 1 | A |\n", "code")]
    [InlineData("| Code | Colour |\n| - | - |\n| 1 | A |\n", "member-name")]
    public void An_overlay_table_without_its_columns_is_reported_and_not_read(string text, string column)
    {
        var (content, diagnostics) = Overlay(text);

        var diagnostic = Assert.Single(diagnostics.Items);
        Assert.Equal("EBSC017", diagnostic.Id);
        Assert.Equal(column, diagnostic.Arguments[1]);
        Assert.Equal(column == "code" ? ColumnTitles.Describe(ColumnTitles.Code) : ColumnTitles.Describe(ColumnTitles.Member), diagnostic.Arguments[2]);
        Assert.Empty(content.Tables);
    }

    [Fact]
    public void A_culture_table_without_a_message_column_names_the_titles_it_looked_for()
    {
        var (_, diagnostics) = Culture("| Code | Colour |\n| - | - |\n| 1 | red |\n");

        Assert.Equal(ColumnTitles.Describe(ColumnTitles.Message), Assert.Single(diagnostics.Items).Arguments[2]);
    }

    [Fact]
    public void Side_tables_are_read_whatever_the_order_of_their_columns()
    {
        var (overlay, overlayDiagnostics) = Overlay("| Member | Code |\n| - | - |\n| One | 1 |\n");
        var (culture, cultureDiagnostics) = Culture("| Message | Code |\n| - | - |\n| One. | 1 |\n");

        Assert.Empty(overlayDiagnostics.Items);
        Assert.Empty(cultureDiagnostics.Items);
        Assert.Equal(1, overlay.Tables.Single().Rows.Single().Code);
        Assert.Equal(new[] { (1, "One.") }, culture.Tables.Single().Rows.Select(row => (row.Code, row.Message)));
    }

    [Fact]
    public void A_culture_table_without_a_message_column_is_reported()
    {
        var (content, diagnostics) = Culture("| Code | Colour |\n| - | - |\n| 1 | red |\n");

        Assert.Equal("message", Assert.Single(diagnostics.Items).Arguments[1]);
        Assert.Empty(content.Tables);
    }

    [Fact]
    public void Unknown_code_messages_are_read_from_the_front_matter_per_catalog_or_for_all()
    {
        var (content, _) = Culture("---\ntitle: ignored\nunknown-code-message: \"Unknown {0}.\"\nUnknown-Code-Message.Codes: 'Codes {0}'\nunknown-code-messages: no\n---\n| Code | Message |\n| - | - |\n| 1 | a |\n");

        Assert.Equal(new[] { (string.Empty, "Unknown {0}."), ("Codes", "Codes {0}") }, content.UnknownCodeMessages.Select(message => (message.Catalog, message.Template)).OrderBy(pair => pair.Item1, System.StringComparer.Ordinal));
        Assert.Equal(2, content.UnknownCodeMessages.Single(message => message.Catalog.Length == 0).Location.StartLine);
    }

    [Fact]
    public void Rows_with_missing_cells_read_them_as_empty()
    {
        var row = Overlay("| Code | Member | Class |\n| - | - | - |\n| 7 |\n").Content.Tables.Single().Rows.Single();

        Assert.Equal((7, string.Empty, string.Empty), (row.Code, row.Member, row.Class));
        Assert.Equal(row.Location.StartLine, row.MemberLocation.StartLine);
    }

    [Fact]
    public void A_class_meaning_table_gives_each_class_its_meaning_under_its_heading()
    {
        var (content, diagnostics) = Overlay("## Classes\n\n| Class | Meaning |\n| - | - |\n| fatal | Check the keys. |\n| Unknown | Ask the vendor. |\n| Retryable | |\n| Sometimes | ? |\n\n| Code | Member |\n| - | - |\n| 1 | One |\n");

        Assert.Equal(
            new[] { new ClassMeaning("Classes", StatusClass.Fatal, "Check the keys."), new ClassMeaning("Classes", StatusClass.Unknown, "Ask the vendor.") },
            content.ClassMeanings);
        var unknownClass = Assert.Single(diagnostics.Items);
        Assert.Equal(("EBSC012", 7), (unknownClass.Id, unknownClass.Location!.Value.StartLine));
        Assert.Single(content.Tables);
    }

    [Fact]
    public void An_overlay_table_with_a_code_column_is_read_as_rows_even_with_class_and_meaning_titles()
    {
        var diagnostics = new DiagnosticBag();

        var content = SideFileReader.ReadOverlay("/spec/codes.overlay.md", "| Code | Member | Class | Description |\n| - | - | - | - |\n| 1 | One | Fatal | one |\n", diagnostics, default);

        Assert.Empty(content.ClassMeanings);
        Assert.Equal(new[] { 1 }, Assert.Single(content.Tables).Rows.Select(row => row.Code));
        Assert.Empty(diagnostics.Items);
    }
}
