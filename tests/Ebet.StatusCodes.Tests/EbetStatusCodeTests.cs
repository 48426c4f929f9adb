using System;
using System.Globalization;
using System.Linq;
using Xunit;

namespace Ebet.StatusCodes.Tests;

/// <summary>The shipped library against its own spec/ files, read independently (<see cref="SpecFile"/>).</summary>
public class EbetStatusCodeTests
{
    [Fact]
    public void The_enum_has_exactly_the_page_codes_in_the_page_order()
    {
        Assert.Equal(SpecFile.PageRows().Select(row => row.Code), EbetStatusCodeExtensions.Values.Select(value => (int)value));
        Assert.Equal(Enum.GetValues<EbetStatusCode>().Order(), EbetStatusCodeExtensions.Values.Order());
        Assert.Equal(35, Enum.GetValues<EbetStatusCode>().Length);
    }

    [Fact]
    public void GetDescription_is_the_page_cell_text_for_every_code()
    {
        foreach (var (code, text) in SpecFile.PageRows())
        {
            Assert.Equal(text, ((EbetStatusCode)code).GetDescription());
        }
    }

    [Fact]
    public void Names_and_classes_are_the_overlay_ones()
    {
        foreach (var (code, member, kind) in SpecFile.OverlayRows())
        {
            var value = (EbetStatusCode)code;
            Assert.Equal(member, value.ToStringFast());
            Assert.Equal(member, value.ToString());
            Assert.Equal(Enum.Parse<EbetStatusCodeClass>(kind), value.GetClass());
        }
    }

    [Fact]
    public void English_and_Traditional_Chinese_messages_are_the_culture_files()
    {
        var english = SpecFile.Messages("en");
        var traditional = SpecFile.Messages("zh-Hant");
        foreach (var value in EbetStatusCodeExtensions.Values)
        {
            Assert.Equal(english[(int)value], value.GetMessage(CultureInfo.GetCultureInfo("en-US")));
            Assert.Equal(traditional[(int)value], value.GetMessage(CultureInfo.GetCultureInfo("zh-TW")));
            Assert.Equal(value.GetDescription(), value.GetMessage(CultureInfo.GetCultureInfo("zh-CN")));
        }
    }

    [Theory]
    [InlineData(EbetStatusCode.Success, 200)]
    [InlineData(EbetStatusCode.RechargeRecordNotFound, -1)]
    [InlineData(EbetStatusCode.RechargeInProgress, 0)]
    [InlineData(EbetStatusCode.InvalidSignature, 4026)]
    [InlineData(EbetStatusCode.AccountFrozen, 5011)]
    public void Members_carry_the_vendor_numbers(EbetStatusCode value, int number)
    {
        Assert.Equal(number, (int)value);
    }

    [Fact]
    public void The_classifiers_a_caller_decides_with()
    {
        Assert.True(EbetStatusCode.SystemBusy.IsRetryable());
        Assert.True(EbetStatusCode.TooManyRequests.IsRetryable());
        Assert.False(EbetStatusCode.SystemError.IsRetryable());
        Assert.True(EbetStatusCode.SystemError.IsIndeterminate());
        Assert.True(EbetStatusCode.InvalidSignature.IsFatal());
        Assert.True(EbetStatusCode.RechargeInProgress.IsPending());
        Assert.True(EbetStatusCode.AlreadyRefunded.IsSuccess());
        Assert.True(EbetStatusCode.InsufficientBalance.IsRejected());
    }

    [Fact]
    public void A_code_the_vendor_adds_later_is_safe_to_handle()
    {
        var added = (EbetStatusCode)4040;

        Assert.False(added.IsDefined());
        Assert.False(EbetStatusCodeExtensions.IsDefined(4040));
        Assert.Equal(EbetStatusCodeClass.Unknown, added.GetClass());
        Assert.False(added.IsRetryable() || added.IsFatal() || added.IsSuccess() || added.IsPending() || added.IsIndeterminate() || added.IsRejected());
        Assert.Equal("4040", added.ToStringFast());
        Assert.Equal("Unknown eBET status code 4040.", added.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal("未知的 eBET 状态码 4040。", added.GetDescription());
    }
}
