using System;
using System.Globalization;
using System.Linq;
using Xunit;

namespace Ebet.StatusCodes.Tests;

/// <summary>The page's two other tables: the codes a channel answers eBET's callbacks with, and the game client's error codes.</summary>
public class OtherCatalogsTests
{
    [Fact]
    public void Channel_responses_are_the_page_second_table_with_the_overlay_names_and_classes()
    {
        Assert.Equal(SpecFile.PageRows(SpecFile.ChannelResponses).Select(row => row.Code), EbetChannelResponseCodeExtensions.Values.Select(value => (int)value));
        foreach (var (code, text) in SpecFile.PageRows(SpecFile.ChannelResponses))
        {
            Assert.Equal(text, ((EbetChannelResponseCode)code).GetDescription());
        }

        foreach (var (code, member, kind) in SpecFile.OverlayRows(SpecFile.ChannelResponses))
        {
            Assert.Equal(member, ((EbetChannelResponseCode)code).ToStringFast());
            Assert.Equal(Enum.Parse<EbetChannelResponseCodeClass>(kind), ((EbetChannelResponseCode)code).GetClass());
        }
    }

    [Fact]
    public void A_channel_response_means_what_the_same_eBET_response_means()
    {
        foreach (var value in EbetChannelResponseCodeExtensions.Values)
        {
            var response = (EbetStatusCode)(int)value;
            Assert.Equal(response.ToStringFast(), value.ToStringFast());
            Assert.Equal(response.GetClass().ToString(), value.GetClass().ToString());
            Assert.Equal(response.GetMessage(CultureInfo.InvariantCulture), value.GetMessage(CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Client_error_codes_are_the_page_third_table_carry_the_client_keys_and_have_no_classes()
    {
        Assert.Equal(145, EbetClientErrorCodeExtensions.Values.Count);
        foreach (var (code, key) in SpecFile.PageRows(SpecFile.ClientErrors))
        {
            Assert.Equal(key, ((EbetClientErrorCode)code).GetDescription());
        }

        foreach (var (code, member, _) in SpecFile.OverlayRows(SpecFile.ClientErrors))
        {
            Assert.Equal(member, ((EbetClientErrorCode)code).ToStringFast());
        }

        // The overlay classifies none of them: no class enum, no GetClass, no Is… methods.
        Assert.Null(typeof(EbetClientErrorCode).Assembly.GetType("Ebet.StatusCodes.EbetClientErrorCodeClass"));
        Assert.DoesNotContain(typeof(EbetClientErrorCodeExtensions).GetMethods(), method => method.Name == "GetClass" || method.Name == "IsRetryable");
    }

    [Fact]
    public void Client_error_codes_read_in_three_languages()
    {
        var english = SpecFile.Messages("en", SpecFile.ClientErrors);
        var simplified = SpecFile.Messages("zh-Hans", SpecFile.ClientErrors);
        var traditional = SpecFile.Messages("zh-Hant", SpecFile.ClientErrors);
        foreach (var value in EbetClientErrorCodeExtensions.Values)
        {
            Assert.Equal(english[(int)value], value.GetMessage(CultureInfo.GetCultureInfo("en-US")));
            Assert.Equal(simplified[(int)value], value.GetMessage(CultureInfo.GetCultureInfo("zh-CN")));
            Assert.Equal(traditional[(int)value], value.GetMessage(CultureInfo.GetCultureInfo("zh-TW")));
        }

        Assert.Equal("Payout in progress.", EbetClientErrorCode.BaccaratPayoutInProgress.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_same_number_means_different_things_in_different_catalogs()
    {
        Assert.Equal("余额不足", ((EbetStatusCode)1003).GetDescription());
        Assert.Equal("bacc_warning_player_not_enough", ((EbetClientErrorCode)1003).GetDescription());
        Assert.Equal("Unknown eBET client error code 9999.", ((EbetClientErrorCode)9999).GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal("未知的 eBET 用戶端錯誤碼 9999。", ((EbetClientErrorCode)9999).GetMessage(CultureInfo.GetCultureInfo("zh-HK")));
    }
}
