using System.Linq;
using Ebet.StatusCodes.Generator.Binding;
using Ebet.StatusCodes.Generator.Model;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Binding;

public class SideFileConflictsTests
{
    private static CultureFile Culture(string path, string tag) => new(path, "/p/codes.md", tag, EquatableArray<UnknownCodeMessage>.Empty, EquatableArray<MessageSection>.Empty);

    private static OverlayFile Overlay(string path) => new(path, "/p/codes.md", EquatableArray<OverlaySection>.Empty, EquatableArray<ClassMeaning>.Empty);

    [Fact]
    public void A_second_file_for_one_culture_or_one_overlay_is_reported_and_the_first_in_path_order_is_kept()
    {
        var files = new EquatableArray<SideFile>(new SideFile[]
        {
            Culture("/p/codes.en.md", "en"), Overlay("/p/codes.overlay.md"), Culture("/p/codes.EN.md", "en"),
            Culture("/p/codes.zh-Hant.md", "zh-Hant"), Overlay("/p/codes.OVERLAY.md"),
        });

        var diagnostics = SideFileConflicts.Find(files);

        Assert.Equal(new[] { "/p/codes.en.md", "/p/codes.overlay.md" }, diagnostics.Select(diagnostic => diagnostic.Location!.Value.Path).Order(System.StringComparer.Ordinal));
        Assert.All(diagnostics, diagnostic => Assert.Equal("EBSC040", diagnostic.Id));
        Assert.Contains(diagnostics, diagnostic => diagnostic.Arguments[2] == "codes.EN.md" && diagnostic.Arguments[1] == "The 'en' culture");
        Assert.Contains(diagnostics, diagnostic => diagnostic.Arguments[2] == "codes.OVERLAY.md" && diagnostic.Arguments[1] == "The overlay");
    }

    [Fact]
    public void Files_of_different_pages_do_not_clash()
    {
        var other = new CultureFile("/p/other.en.md", "/p/other.md", "en", EquatableArray<UnknownCodeMessage>.Empty, EquatableArray<MessageSection>.Empty);

        Assert.Empty(SideFileConflicts.Find(new EquatableArray<SideFile>(new SideFile[] { Culture("/p/codes.en.md", "en"), other })));
    }
}
