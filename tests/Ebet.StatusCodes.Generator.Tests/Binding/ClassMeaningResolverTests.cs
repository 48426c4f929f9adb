using System.Linq;
using Ebet.StatusCodes.Generator.Binding;
using Ebet.StatusCodes.Generator.Model;
using Xunit;
using static Ebet.StatusCodes.Generator.Tests.Binding.BindingInputs;

namespace Ebet.StatusCodes.Generator.Tests.Binding;

/// <summary>Whether a catalog has classes, and what each class means in its docs.</summary>
public class ClassMeaningResolverTests
{
    private static OverlayFile OverlayWith(string markdown, string enums = "Codes, Other") => (OverlayFile)Overlay(markdown, enums).File!;

    [Fact]
    public void A_catalog_nobody_classified_has_no_classes_at_all()
    {
        Assert.Empty(ClassMeaningResolver.Resolve("Codes", null, new[] { StatusClass.Unknown, StatusClass.Unknown }));
        Assert.Empty(ClassMeaningResolver.Resolve("Codes", OverlayWith("## Classes\n\n| Class | Meaning |\n| - | - |\n| Fatal | Call us. |\n"), new[] { StatusClass.Unknown }));
    }

    [Fact]
    public void A_classified_catalog_gets_neutral_meanings_where_the_overlay_gives_none()
    {
        var meanings = ClassMeaningResolver.Resolve("Codes", null, new[] { StatusClass.Fatal });

        Assert.Equal(7, meanings.Count);
        Assert.Equal(StatusClasses.DefaultMeaning(StatusClass.Fatal), meanings[(int)StatusClass.Fatal]);
        Assert.Equal(StatusClasses.DefaultMeaning(StatusClass.Unknown), meanings[(int)StatusClass.Unknown]);
    }

    [Fact]
    public void The_enum_s_own_meanings_win_over_the_page_s_which_win_over_the_neutral_ones()
    {
        var overlay = OverlayWith(
            "## Classes\n\n| Class | Meaning |\n| - | - |\n| Fatal | Page fatal. |\n| Retryable | Page retry. |\n\n"
            + "## Codes\n\n| Class | Meaning |\n| - | - |\n| Fatal | Codes fatal. |\n\n## Other\n\n| Class | Meaning |\n| - | - |\n| Retryable | Other retry. |\n");

        var meanings = ClassMeaningResolver.Resolve("Codes", overlay, new[] { StatusClass.Success });

        Assert.Equal(("Codes fatal.", "Page retry.", StatusClasses.DefaultMeaning(StatusClass.Pending)), (meanings[(int)StatusClass.Fatal], meanings[(int)StatusClass.Retryable], meanings[(int)StatusClass.Pending]));
    }

    [Fact]
    public void Meanings_for_an_enum_alone_ask_for_its_classes_even_before_a_code_has_one()
    {
        var overlay = OverlayWith("## Other\n\n| Class | Meaning |\n| - | - |\n| Fatal | Call us. |\n");

        Assert.Equal("Call us.", ClassMeaningResolver.Resolve("Other", overlay, new[] { StatusClass.Unknown })[(int)StatusClass.Fatal]);
        Assert.Empty(ClassMeaningResolver.Resolve("Codes", overlay, new[] { StatusClass.Unknown }));
    }

    [Fact]
    public void The_neutral_meanings_name_no_vendor()
    {
        var all = string.Join(" ", Enumerable.Range(0, 7).Select(i => StatusClasses.DefaultMeaning((StatusClass)i)));

        foreach (var word in new[] { "eBET", "recharge", "whitelist", "keys", "channel", "request ID" })
        {
            Assert.DoesNotContain(word, all, System.StringComparison.OrdinalIgnoreCase);
        }
    }
}
