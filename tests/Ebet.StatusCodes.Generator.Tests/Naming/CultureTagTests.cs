using Ebet.StatusCodes.Generator.Naming;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Naming;

public class CultureTagTests
{
    [Theory]
    [InlineData("en", "en")]
    [InlineData("EN-us", "en-US")]
    [InlineData("zh-hant", "zh-Hant")]
    [InlineData("zh-Hant-TW", "zh-Hant-TW")]
    [InlineData("es-419", "es-419")]
    [InlineData("de-DE-1996", "de-DE-1996")]
    [InlineData("zh_Hans", "zh-Hans")]
    // The ends of the letter and digit ranges, in every kind of subtag.
    [InlineData("AZ-Zzzz-az", "az-Zzzz-AZ")]
    [InlineData("za-000", "za-000")]
    [InlineData("za-999", "za-999")]
    [InlineData("en-US-0abc", "en-US-0abc")]
    [InlineData("en-US-9abc", "en-US-9abc")]
    [InlineData("en-US-AZaz09", "en-US-azaz09")]
    public void Valid_tags_are_put_in_canonical_case(string tag, string normalized)
    {
        Assert.True(CultureTag.TryNormalize(tag, out var result));
        Assert.Equal(normalized, result);
    }

    [Theory]
    [InlineData("english")]
    [InlineData("e")]
    [InlineData("en-")]
    [InlineData("en-U")]
    [InlineData("zh-Hant-Taiwan-x")]
    [InlineData("overlay")]
    [InlineData("")]
    [InlineData("1a")]
    // Just outside the ranges: '@' and '[' around A-Z, '`' and '{' around a-z, '/' and ':' around 0-9.
    [InlineData("e@")]
    [InlineData("e[")]
    [InlineData("e`")]
    [InlineData("e{")]
    [InlineData("en-1a2")]
    [InlineData("en-US-/abc")]
    [InlineData("en-US-:abc")]
    [InlineData("en-US-aaaa{")]
    [InlineData("en-US-aaaa[")]
    [InlineData("en-US-aaaa/")]
    [InlineData("en-US-aaaa:")]
    public void Malformed_tags_are_refused(string tag)
    {
        Assert.False(CultureTag.TryNormalize(tag, out _));
    }
}
