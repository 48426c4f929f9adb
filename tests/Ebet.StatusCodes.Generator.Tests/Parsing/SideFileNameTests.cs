using Ebet.StatusCodes.Generator.Parsing;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Parsing;

/// <summary>The naming convention that ties side files to their page, as .resx satellites are tied.</summary>
public class SideFileNameTests
{
    [Theory]
    [InlineData("/p/codes.overlay.md", "/p/codes.md", "")]
    [InlineData("/p/codes.OVERLAY.md", "/p/codes.md", "")]
    [InlineData("/p/codes.zh-Hant.md", "/p/codes.md", "zh-Hant")]
    [InlineData("/p/a.b/codes.en.MD", "/p/a.b/codes.md", "en")]
    [InlineData(@"C:\p\codes.en.md", @"C:\p\codes.md", "en")]
    [InlineData("/p/my.codes.v2.md", "/p/my.codes.md", "v2")]
    public void A_second_dot_makes_a_side_file_of_the_page_before_it(string path, string page, string culture)
    {
        Assert.True(SideFileName.TryParse(path, out var pagePath, out var cultureTag));
        Assert.Equal((page, culture), (pagePath, cultureTag));
    }

    [Theory]
    [InlineData("/p/codes.md")]
    [InlineData("/p/.en.md")]
    [InlineData("/p/codes..md")]
    [InlineData("/p/codes.en.txt")]
    [InlineData("/p.x/codes.md")]
    public void Other_names_are_not_side_files(string path)
    {
        Assert.False(SideFileName.TryParse(path, out _, out _));
    }

    [Fact]
    public void The_overlay_of_a_page_is_found_by_name()
    {
        Assert.Equal("/p/codes.overlay.md", SideFileName.OverlayPathFor("/p/codes.md"));
    }

    [Theory]
    [InlineData("/p/codes.md", "/p/codes.md", true)]
    [InlineData(@"C:\P\Codes.md", "c:/p/codes.md", true)]
    [InlineData("/p/codes.md", "/q/codes.md", false)]
    public void Paths_are_compared_as_a_Windows_compiler_may_pass_them(string left, string right, bool same)
    {
        Assert.Equal(same, SideFileName.SamePath(left, right));
    }

    [Theory]
    [InlineData("payments.v2.md", "payments-v2.md")]
    [InlineData("a.b.c.MD", "a-b-c.MD")]
    public void A_side_file_s_name_becomes_a_page_s_with_dashes_for_its_dots(string name, string page)
    {
        Assert.Equal(page, SideFileName.AsPageName(name));
    }
}
