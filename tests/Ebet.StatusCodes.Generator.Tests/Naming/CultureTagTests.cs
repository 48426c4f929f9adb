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
    public void Malformed_tags_are_refused(string tag)
    {
        Assert.False(CultureTag.TryNormalize(tag, out _));
    }
}
