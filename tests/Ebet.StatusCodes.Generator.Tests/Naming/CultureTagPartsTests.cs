using Ebet.StatusCodes.Generator.Naming;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Naming;

/// <summary>The subtags a culture lookup matches on, and the forms a tag's later subtags may take.</summary>
public class CultureTagPartsTests
{
    [Theory]
    [InlineData("zh-Hant-TW", "zh", "Hant")]
    [InlineData("zh-Hans", "zh", "Hans")]
    [InlineData("en-US", "en", "")]
    [InlineData("es-419", "es", "")]
    [InlineData("en", "en", "")]
    [InlineData("yue-Hant", "yue", "Hant")]
    public void Language_and_script_are_read_from_the_tag(string tag, string language, string script)
    {
        Assert.Equal(language, CultureTag.Language(tag));
        Assert.Equal(script, CultureTag.Script(tag));
    }

    [Theory]
    [InlineData("sl-rozaj", "sl-rozaj")]
    [InlineData("de-CH-1901", "de-CH-1901")]
    [InlineData("en-US-POSIX", "en-US-posix")]
    [InlineData("ca-ES-VALENCIA", "ca-ES-valencia")]
    [InlineData("de-DE-1996-abcdefgh", "de-DE-1996-abcdefgh")]
    [InlineData("YUE", "yue")]
    [InlineData("zh-HANT-hk", "zh-Hant-HK")]
    [InlineData("es-419-12345", "es-419-12345")]
    public void Variants_of_five_to_eight_characters_or_a_digit_and_three_are_kept(string tag, string normalized)
    {
        Assert.True(CultureTag.TryNormalize(tag, out var result));
        Assert.Equal(normalized, result);
    }

    [Theory]
    [InlineData("en-US-abcd")]
    [InlineData("en-US-abcdefghi")]
    [InlineData("en-US-ab_c")]
    [InlineData("en-41")]
    [InlineData("en-U1")]
    [InlineData("abcd")]
    [InlineData("e1")]
    [InlineData("en-Hant-US-x")]
    [InlineData("en--US")]
    [InlineData("en-US-1234!")]
    public void Other_subtags_are_refused(string tag)
    {
        Assert.False(CultureTag.TryNormalize(tag, out var result));
        Assert.Equal(string.Empty, result);
    }
}
