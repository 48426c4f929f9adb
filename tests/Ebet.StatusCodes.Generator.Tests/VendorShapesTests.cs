using System.Globalization;
using Ebet.StatusCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests;

/// <summary>
/// Other vendors' status tables come in a few recurring shapes. What the generator supports is
/// generated; what it cannot support is refused with a diagnostic that says so.
/// </summary>
public class VendorShapesTests
{
    [Fact]
    public void Code_Name_Description_tables_name_the_members_from_the_page()
    {
        const string page = "| Code | Name | Description |\n| ---: | --- | --- |\n"
                            + "| 0 | OK | Success |\n| 1001 | INVALID_SIGNATURE | The signature does not match |\n"
                            + "| 1002 | token expired | The token has expired |\n| 1003 | 3DS | Card check required |\n";

        var run = GeneratorHarness.Run(new GeneratorInput().Catalog("acme.md", page, "AcmeCode"));

        // 3DS cannot name a member: the page's name is not used, and a warning says so at its row.
        Assert.Equal(new[] { "EBSC054", "EBSC016" }, System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(run.Diagnostics, diagnostic => diagnostic.Id)));
        var notUsed = run.DiagnosticsWithId("EBSC054")[0];
        Assert.Equal(5, notUsed.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("'3DS'", notUsed.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        var catalog = CompiledCatalog.Load(run, "Test.Catalogs.AcmeCode");
        Assert.Equal(new[] { "OK", "INVALID_SIGNATURE", "TokenExpired", "Code1003" }, catalog.Names);
        Assert.Equal("The signature does not match", catalog.Description(1001));
    }

    [Fact]
    public void The_overlay_name_wins_over_the_page_name()
    {
        var run = GeneratorHarness.Run(new GeneratorInput()
            .Catalog("acme.md", "| Code | Name | Description |\n| - | - | - |\n| 1 | INVALID_SIGNATURE | bad |\n", "AcmeCode")
            .File("acme.overlay.md", "| Code | Member | Class |\n| - | - | - |\n| 1 | InvalidSignature | Fatal |\n"));

        Assert.Empty(run.Diagnostics);
        Assert.Equal(new[] { "InvalidSignature" }, CompiledCatalog.Load(run, "Test.Catalogs.AcmeCode").Names);
    }

    [Fact]
    public void Bilingual_tables_give_each_language_column_to_its_culture()
    {
        const string page = "| 代码 | 描述 | English |\n| --- | --- | --- |\n| 200 | 成功 | Success |\n| 500 | 系统错误 | System error |\n";
        var run = GeneratorHarness.Run(new GeneratorInput().Catalog("acme.md", page, "AcmeCode", "zh-Hans", ("StatusCodeMessageColumns", "en=English")));

        var catalog = CompiledCatalog.Load(run, "Test.Catalogs.AcmeCode");
        Assert.Equal("系统错误", catalog.Description(500));
        Assert.Equal("系统错误", catalog.Message(500, CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Equal("System error", catalog.Message(500, CultureInfo.GetCultureInfo("en-GB")));
        Assert.Equal("System error", catalog.Message(500, CultureInfo.GetCultureInfo("de-DE")));
    }

    [Fact]
    public void The_description_column_the_item_names_wins_over_a_known_title()
    {
        const string page = "| Code | 描述 | Description |\n| --- | --- | --- |\n| 200 | 成功 | Success |\n";
        var run = GeneratorHarness.Run(new GeneratorInput().Catalog("acme.md", page, "AcmeCode", "en", ("StatusCodeDescriptionColumn", "Description"), ("StatusCodeMessageColumns", "zh-Hans=描述")));

        var catalog = CompiledCatalog.Load(run, "Test.Catalogs.AcmeCode");
        Assert.Equal("Success", catalog.Description(200));
        Assert.Equal("成功", catalog.Message(200, CultureInfo.GetCultureInfo("zh-CN")));
    }

    [Fact]
    public void A_message_column_the_table_lacks_is_a_warning()
    {
        var run = GeneratorHarness.Run(new GeneratorInput().Catalog("acme.md", "| Code | Description |\n| - | - |\n| 1 | one |\n", "AcmeCode", null, ("StatusCodeMessageColumns", "fr=Français")));

        Assert.Single(run.DiagnosticsWithId("EBSC038"));
    }

    [Fact]
    public void String_codes_are_refused_with_one_diagnostic()
    {
        const string page = "| Code | Description |\n| --- | --- |\n| E1001 | Invalid request |\n| E1002 | Unauthorized |\n";
        var run = GeneratorHarness.Run(new GeneratorInput().Catalog("acme.md", page, "AcmeCode"));

        var error = Assert.Single(run.Diagnostics);
        Assert.Equal("EBSC037", error.Id);
        Assert.Equal(2, error.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("'E1001'", error.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Empty(run.GeneratedSources);
    }

    [Fact]
    public void Extra_columns_are_ignored_and_the_code_column_may_come_anywhere()
    {
        const string page = "| HTTP | Description | Code | Since |\n| --- | --- | --- | --- |\n| 400 | Bad input | 10 | v1 |\n| 503 | Busy | 11 | v2 |\n";
        var run = GeneratorHarness.Run(new GeneratorInput().Catalog("acme.md", page, "AcmeCode"));

        var catalog = CompiledCatalog.Load(run, "Test.Catalogs.AcmeCode");
        Assert.Equal(new[] { 10, 11 }, catalog.Values);
        Assert.Equal("Busy", catalog.Description(11));
    }

    [Fact]
    public void Text_codes_are_quoted_from_the_code_column_not_from_another_with_a_code_title()
    {
        // "Error" is a code title too; with text in both columns, the unambiguous "Code" is the code column.
        const string page = "| Error | Code | Description |\n| --- | --- | --- |\n| INVALID_TOKEN | E1001 | Invalid token |\n";
        var run = GeneratorHarness.Run(new GeneratorInput().Catalog("acme.md", page, "AcmeCode"));

        var error = Assert.Single(run.DiagnosticsWithId("EBSC037"));
        Assert.Contains("'E1001'", error.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Equal(18, error.Location.GetLineSpan().StartLinePosition.Character);
    }
}
