using System.Linq;
using Ebet.StatusCodes.Generator.Diagnostics;
using Ebet.StatusCodes.Generator.Model;
using Ebet.StatusCodes.Generator.Parsing;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Parsing;

/// <summary>Which columns a table's codes and texts come from, when more than one could.</summary>
public class ColumnChooserTests
{
    private static (TableColumns Columns, DiagnosticInfo[] Diagnostics) Choose(string markdown, string culture = "", string codeColumn = "", string descriptionColumn = "", params MessageColumn[] messages)
    {
        var request = new PageRequest(
            "/p/codes.md",
            new ColumnTitleOverrides(codeColumn, descriptionColumn, string.Empty),
            new EquatableArray<MessageColumn>(messages),
            new EquatableArray<CatalogConfig>(new[] { new CatalogConfig("Codes", "Test", culture, string.Empty, string.Empty) }),
            EquatableArray<DiagnosticInfo>.Empty);
        var table = MarkdownFile.Read("/p/codes.md", markdown, default).Tables.Single();
        var diagnostics = new DiagnosticBag();
        return (ColumnChooser.Choose(table, request, diagnostics), diagnostics.Items.ToArray());
    }

    [Fact]
    public void One_candidate_each_is_chosen_without_a_word()
    {
        var (columns, diagnostics) = Choose("| Since | Code | Name | Description |\n| - | - | - | - |\n| v1 | 1 | One | one |\n");

        Assert.Equal((1, 3, 2), (columns.Code, columns.Description, columns.VendorName));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void The_code_column_with_integers_wins_over_a_status_text_column_and_the_choice_is_said()
    {
        var (columns, diagnostics) = Choose("| Status | Code | Description |\n| - | - | - |\n| FAILED | 1001 | Busy |\n| OK | 0 | Fine |\n");

        Assert.Equal(1, columns.Code);
        var info = Assert.Single(diagnostics);
        Assert.Equal(("EBSC051", "code", "'Status', 'Code'", "Code"), (info.Id, info.Arguments[1], info.Arguments[2], info.Arguments[3]));
        Assert.Equal(DiagnosticDescriptors.ColumnChoiceReason.MostIntegers, info.Arguments[4]);
    }

    [Fact]
    public void With_integers_in_both_an_unambiguous_title_wins()
    {
        var (columns, diagnostics) = Choose("| Error | Code | Description |\n| - | - | - |\n| 500 | 1001 | Busy |\n");

        Assert.Equal(1, columns.Code);
        Assert.Equal(DiagnosticDescriptors.ColumnChoiceReason.ClearTitle, diagnostics.Single().Arguments[4]);
    }

    [Fact]
    public void The_description_titled_in_the_page_s_culture_wins()
    {
        const string bilingual = "| Code | Description | 描述 |\n| - | - | - |\n| 1 | One | 一 |\n";

        Assert.Equal(2, Choose(bilingual, "zh-Hans").Columns.Description);
        Assert.Equal(1, Choose(bilingual, "en-GB").Columns.Description);
        Assert.Equal(DiagnosticDescriptors.ColumnChoiceReason.PageCulture("zh-Hans"), Choose(bilingual, "zh-Hans").Diagnostics.Single().Arguments[4]);
    }

    [Fact]
    public void Without_a_culture_the_complete_column_wins_over_one_with_empty_cells()
    {
        var (columns, diagnostics) = Choose("| Code | Description | 描述 |\n| - | - | - |\n| 1 | One | 一 |\n| 2 | | 二 |\n");

        Assert.Equal(2, columns.Description);
        Assert.Equal(DiagnosticDescriptors.ColumnChoiceReason.NoEmptyCells, diagnostics.Single().Arguments[4]);
    }

    [Fact]
    public void When_no_rule_decides_the_leftmost_is_used_with_a_warning()
    {
        var (columns, diagnostics) = Choose("| Code | Description | Message |\n| - | - | - |\n| 1 | One | Uno |\n");

        Assert.Equal(1, columns.Description);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(("EBSC050", "'Description', 'Message'", "Description", "StatusCodeDescriptionColumn"), (warning.Id, warning.Arguments[2], warning.Arguments[3], warning.Arguments[4]));
    }

    [Fact]
    public void A_column_given_to_a_culture_is_not_a_description_candidate_and_a_named_title_wins_outright()
    {
        const string bilingual = "| Code | Description | Message |\n| - | - | - |\n| 1 | One | Uno |\n";

        var byMessages = Choose(bilingual, messages: new MessageColumn("es", "Message"));
        var byName = Choose(bilingual, descriptionColumn: "message");

        Assert.Equal(1, byMessages.Columns.Description);
        Assert.Equal(new[] { 2 }, byMessages.Columns.Messages);
        Assert.Empty(byMessages.Diagnostics);
        Assert.Equal(2, byName.Columns.Description);
        Assert.Empty(byName.Diagnostics);
    }

    [Fact]
    public void A_rule_that_narrows_three_candidates_to_two_decides_nothing_and_the_leftmost_is_used_with_a_warning()
    {
        var (columns, diagnostics) = Choose("| Code | Description | Message | Text |\n| - | - | - | - |\n| 1 | One | Uno | |\n", "en-GB");

        Assert.Equal(1, columns.Description);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(("EBSC050", "'Description', 'Message', 'Text'"), (warning.Id, warning.Arguments[2]));
    }

    [Fact]
    public void A_name_column_that_is_also_the_code_or_the_description_column_gives_no_name()
    {
        var nameIsCode = Choose("| Name | Description |\n| - | - |\n| 1 | one |\n", codeColumn: "Name").Columns;
        var nameIsDescription = Choose("| Code | Name |\n| - | - |\n| 1 | one |\n", descriptionColumn: "Name").Columns;

        Assert.Equal((0, 1, -1), (nameIsCode.Code, nameIsCode.Description, nameIsCode.VendorName));
        Assert.Equal((0, 1, -1), (nameIsDescription.Code, nameIsDescription.Description, nameIsDescription.VendorName));
    }

    [Fact]
    public void A_named_description_column_is_found_in_the_first_column_too()
    {
        var (columns, diagnostics) = Choose("| Texte | Code |\n| - | - |\n| un | 1 |\n", descriptionColumn: "Texte");

        Assert.Equal((1, 0), (columns.Code, columns.Description));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_request_without_catalogs_chooses_as_a_page_without_a_culture()
    {
        var request = new PageRequest(
            "/p/codes.md",
            new ColumnTitleOverrides(string.Empty, string.Empty, string.Empty),
            EquatableArray<MessageColumn>.Empty,
            EquatableArray<CatalogConfig>.Empty,
            EquatableArray<DiagnosticInfo>.Empty);
        var table = MarkdownFile.Read("/p/codes.md", "| Code | Description | 描述 |\n| - | - | - |\n| 1 | | 一 |\n", default).Tables.Single();
        var diagnostics = new DiagnosticBag();

        Assert.Equal(2, ColumnChooser.Choose(table, request, diagnostics).Description);
        Assert.Equal(DiagnosticDescriptors.ColumnChoiceReason.NoEmptyCells, diagnostics.Items.Single().Arguments[4]);
    }
}
