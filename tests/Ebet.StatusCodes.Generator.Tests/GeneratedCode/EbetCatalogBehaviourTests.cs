using System.Globalization;
using System.Linq;
using Ebet.StatusCodes.Generator.Tests.Infrastructure;
using Ebet.StatusCodes.Generator.Tests.Parsing;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.GeneratedCode;

/// <summary>The code generated from the real eBET catalog, compiled in memory and called.</summary>
public class EbetCatalogBehaviourTests
{
    private static readonly CompiledCatalog s_catalog = CompiledCatalog.Load(GeneratorHarness.Run(GeneratorInput.EbetSpec()), "Ebet.StatusCodes.EbetStatusCode");

    [Fact]
    public void Every_code_of_the_page_is_a_member_in_the_page_order()
    {
        Assert.Equal(StatusPageReaderTests.EbetResponseCodes.Select(entry => entry.Code), s_catalog.Values);
        Assert.Equal(35, s_catalog.Names.Count);
        Assert.Equal(s_catalog.Values.Select(s_catalog.ToStringFast), s_catalog.Names);
    }

    [Fact]
    public void Descriptions_are_the_page_text()
    {
        foreach (var (code, description) in StatusPageReaderTests.EbetResponseCodes)
        {
            Assert.Equal(description, s_catalog.Description(code));
        }
    }

    [Fact]
    public void ToStringFast_matches_Enum_ToString_for_every_member()
    {
        foreach (var code in s_catalog.Values)
        {
            Assert.Equal(s_catalog.Value(code).ToString(), s_catalog.ToStringFast(code));
        }
    }

    [Theory]
    [InlineData(200, "Success")]
    [InlineData(209, "Success")]
    [InlineData(0, "Pending")]
    [InlineData(-1, "Indeterminate")]
    [InlineData(500, "Indeterminate")]
    [InlineData(4003, "Retryable")]
    [InlineData(4202, "Retryable")]
    [InlineData(4025, "Rejected")]
    [InlineData(4026, "Fatal")]
    [InlineData(4040, "Unknown")]
    public void Classes_come_from_the_overlay(int code, string kind)
    {
        Assert.Equal(kind, s_catalog.ClassOf(code));
        foreach (var candidate in new[] { "Success", "Pending", "Indeterminate", "Retryable", "Rejected", "Fatal" })
        {
            Assert.Equal(candidate == kind, s_catalog.Is(candidate, code));
        }
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("zh-Hans")]
    [InlineData("zh-SG")]
    [InlineData("zh")]
    [InlineData("zh-Hans-HK")]
    public void Simplified_Chinese_cultures_get_the_page_text(string culture)
    {
        Assert.Equal("签名不对", s_catalog.Message(4026, CultureInfo.GetCultureInfo(culture)));
        Assert.Equal("签名不对", s_catalog.Message(4026, new FakeCulture(culture)));
    }

    [Theory]
    [InlineData("zh-TW")]
    [InlineData("zh-HK")]
    [InlineData("zh-MO")]
    [InlineData("zh-Hant")]
    [InlineData("zh-Hant-TW")]
    public void Traditional_Chinese_cultures_get_the_traditional_text(string culture)
    {
        Assert.Equal("簽名不正確", s_catalog.Message(4026, CultureInfo.GetCultureInfo(culture)));
        Assert.Equal("簽名不正確", s_catalog.Message(4026, new FakeCulture(culture)));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("en-US")]
    [InlineData("en-GB")]
    [InlineData("fr-FR")]
    [InlineData("ja-JP")]
    [InlineData("")]
    public void Other_cultures_get_the_neutral_English(string culture)
    {
        Assert.Equal("Invalid signature.", s_catalog.Message(4026, CultureInfo.GetCultureInfo(culture)));
        Assert.Equal("Invalid signature.", s_catalog.Message(4026, new FakeCulture(culture)));
    }

    [Fact]
    public void A_null_culture_means_the_current_UI_culture()
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-TW");
            Assert.Equal("簽名不正確", s_catalog.Message(4026, null));
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            Assert.Equal("签名不对", s_catalog.Message(4026, null));
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            Assert.Equal("Invalid signature.", s_catalog.Message(4026, null));
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Theory]
    [InlineData(4040)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    [InlineData(1)]
    public void Values_the_page_does_not_list_never_throw_and_name_the_number(int code)
    {
        var number = code.ToString(CultureInfo.InvariantCulture);

        Assert.False(s_catalog.IsDefined(code));
        Assert.False(s_catalog.IsDefinedValue(code));
        Assert.Equal(number, s_catalog.ToStringFast(code));
        Assert.Equal("未知的 eBET 状态码 " + number + "。", s_catalog.Description(code));
        Assert.Equal("Unknown eBET status code " + number + ".", s_catalog.Message(code, CultureInfo.InvariantCulture));
        Assert.Equal("未知的 eBET 狀態碼 " + number + "。", s_catalog.Message(code, CultureInfo.GetCultureInfo("zh-TW")));
        Assert.Equal("Unknown", s_catalog.ClassOf(code));
        Assert.All(new[] { "Success", "Pending", "Indeterminate", "Retryable", "Rejected", "Fatal" }, kind => Assert.False(s_catalog.Is(kind, code)));
    }

    [Fact]
    public void IsDefined_is_true_for_exactly_the_listed_codes()
    {
        var listed = s_catalog.Values.ToHashSet();
        for (var code = -10; code <= 6000; code++)
        {
            Assert.Equal(listed.Contains(code), s_catalog.IsDefined(code));
        }
    }

    [Theory]
    [InlineData("InvalidSignature", false, 4026)]
    [InlineData("invalidsignature", true, 4026)]
    [InlineData("RECHARGERECORDNOTFOUND", true, -1)]
    public void TryParse_finds_members_by_name(string name, bool ignoreCase, int expected)
    {
        Assert.True(s_catalog.TryParse(name, ignoreCase, out var code));
        Assert.Equal(expected, code);
    }

    [Theory]
    [InlineData("invalidsignature", false)]
    [InlineData("4026", false)]
    [InlineData("", true)]
    [InlineData(null, true)]
    [InlineData(" InvalidSignature", true)]
    public void TryParse_refuses_what_is_not_a_name(string? name, bool ignoreCase)
    {
        Assert.False(s_catalog.TryParse(name, ignoreCase, out var code));
        Assert.Equal(0, code);
    }

    [Fact]
    public void The_collections_are_read_only_and_the_same_instance_every_time()
    {
        Assert.Same(s_catalog.ValuesInstance, s_catalog.ValuesInstance);
        var values = Assert.IsAssignableFrom<System.Collections.IList>(s_catalog.ValuesInstance);
        Assert.True(values.IsReadOnly);
        Assert.Throws<System.NotSupportedException>(() => values[0] = s_catalog.Value(1));
    }
}
