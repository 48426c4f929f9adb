using System.Linq;
using Ebet.StatusCodes.Generator.Binding;
using Ebet.StatusCodes.Generator.Model;
using Xunit;
using static Ebet.StatusCodes.Generator.Tests.Binding.BindingInputs;

namespace Ebet.StatusCodes.Generator.Tests.Binding;

/// <summary>The composition: what the parts give, put together, and when nothing is built.</summary>
public class CatalogBuilderTests
{
    private static CatalogResult Build(ParsedPage page, int index = 0, params SideFile[] sideFiles)
    {
        var claims = new EquatableArray<TypeClaim>(page.Request.Catalogs.Select((config, i) => TypeClaims.Claim(page.Request.Path, i, config)).ToArray());
        return CatalogBuilder.Build(page, index, new EquatableArray<SideFile>(sideFiles), claims, csharp8: true, default);
    }

    [Fact]
    public void A_catalog_joins_the_page_s_codes_with_the_overlay_s_names_and_classes_and_the_cultures_messages()
    {
        var page = Page("| Code | Description |\n| - | - |\n| 200 | 成功 |\n| 500 | 错误 |\n", Request(culture: "zh-Hans"));
        var overlay = Overlay("| Code | Member | Class | Notes |\n| - | - | - | - |\n| 200 | Ok | Success | fine |\n| 500 | Broken | Retryable | |\n").File!;
        var en = Culture("en", "| Code | Message |\n| - | - |\n| 200 | OK |\n| 500 | Error |\n").File!;

        var result = Build(page, 0, overlay, en);

        Assert.Empty(result.Diagnostics);
        var spec = result.Spec!;
        Assert.Equal(("Test", "Codes", "codes.md", 1), (spec.Namespace, spec.EnumName, spec.SourceFileName, spec.PageCultureIndex));
        Assert.Equal(new[] { "en", "zh-Hans" }, spec.Cultures.Select(culture => culture.Tag));
        Assert.Equal(
            new[] { (200, "Ok", "成功", StatusClass.Success, "fine", "OK"), (500, "Broken", "错误", StatusClass.Retryable, string.Empty, "Error") },
            spec.Codes.Select(code => (code.Value, code.MemberName, code.Description, code.Class, code.Notes, code.Messages[0])));
    }

    [Fact]
    public void Side_files_of_another_page_are_not_read()
    {
        var page = Page("| Code | Description |\n| - | - |\n| 1 | one |\n");
        var other = new OverlayFile("/project/spec/other.overlay.md", "/project/spec/other.md", EquatableArray<OverlaySection>.Empty, EquatableArray<ClassMeaning>.Empty);

        var result = Build(page, 0, other);

        Assert.Equal(new[] { "EBSC016" }, Ids(result.Diagnostics));
    }

    [Theory]
    [InlineData("codes", "EBSC030")]
    [InlineData("Co\u200Bdes", "EBSC030")]
    [InlineData("Codes2", null)]
    public void A_name_that_cannot_be_a_type_builds_nothing(string enumName, string? id)
    {
        var result = Build(Page("| Code | Description |\n| - | - |\n| 1 | one |\n", Request(enumName)));

        Assert.Equal(id is null, result.Spec is not null);
        if (id is not null)
        {
            Assert.Equal(new[] { id }, Ids(result.Diagnostics));
        }
    }

    [Fact]
    public void An_enum_whose_generated_types_would_be_too_long_for_metadata_builds_nothing()
    {
        var @namespace = string.Join(".", Enumerable.Repeat(new string('N', 100), 9)); // 908 characters
        var request = Request() with { Catalogs = new EquatableArray<CatalogConfig>(new[] { new CatalogConfig(new string('E', 110), @namespace, string.Empty, string.Empty, string.Empty) }) };

        var result = Build(Page("| Code | Description |\n| - | - |\n| 1 | one |\n", request));

        Assert.Null(result.Spec);
        Assert.Contains("too long", Message(result.Diagnostics.Single()), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_without_rows_is_an_enum_without_members_and_a_warning()
    {
        var result = Build(Page("| Code | Description |\n| - | - |\n"));

        Assert.Empty(result.Spec!.Codes);
        Assert.Equal(new[] { "EBSC039" }, Ids(result.Diagnostics));
    }

    [Fact]
    public void The_second_enum_of_a_page_reads_its_own_table_and_section()
    {
        var page = Page("## A\n\n| Code | Description |\n| - | - |\n| 1 | one |\n\n## B\n\n| Code | Description |\n| - | - |\n| 2 | two |\n", Request("First, Second", "A, B"));
        var overlay = Overlay("## First\n\n| Code | Member |\n| - | - |\n| 1 | One |\n\n## Second\n\n| Code | Member |\n| - | - |\n| 2 | Two |\n", "First, Second").File!;

        var result = Build(page, 1, overlay);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(("Second", "Two", 2), (result.Spec!.EnumName, result.Spec.Codes.Single().MemberName, result.Spec.Codes.Single().Value));
    }
}
