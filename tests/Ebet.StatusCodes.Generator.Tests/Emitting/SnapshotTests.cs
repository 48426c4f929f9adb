using Ebet.StatusCodes.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Emitting;

/// <summary>
/// The emitted source, reviewed and committed under Snapshots/ (see Infrastructure/Snapshot.cs for
/// how a change is accepted). A diff here is a change every consumer will see.
/// </summary>
public class SnapshotTests
{
    [Fact]
    public void The_eBET_catalog()
    {
        Snapshot.Verify(GeneratorHarness.Run(GeneratorInput.EbetSpec()).Source, "EbetStatusCode");
    }

    [Fact]
    public void A_page_with_no_overlay_and_no_cultures_for_CSharp_7_3()
    {
        var input = new GeneratorInput { LanguageVersion = LanguageVersion.CSharp7_3 }
            .Catalog("codes.md", "| Code | Description |\n| --- | --- |\n| 0 | OK |\n| -2 | Not \"found\" |\n", "VendorCode");

        Snapshot.Verify(GeneratorHarness.Run(input).Source, "VendorCode.CSharp7_3");
    }

    [Fact]
    public void Hostile_text_and_names_in_the_global_namespace()
    {
        var page = "# Codes </summary> & \"co\"\n\n| Code | Description |\n| --- | --- |\n"
                   + "| 1 | quote \" backslash \\\\ star */ tag &lt;/summary&gt; amp &amp; |\n"
                   + "| 2 | rlm \u200F ls \u2028 emoji 😀 nul \0 |\n"
                   + "| 3 | keyword member |\n";
        var overlay = "| Code | Member | Class | Notes |\n| - | - | - | - |\n| 1 | Quote | Rejected | <b>bold</b> & \"quoted\" |\n| 2 | 表情 | Retryable | |\n| 3 | class | Fatal | |\n";
        var input = new GeneratorInput()
            .Catalog("hostile.md", page, "Hostile")
            .File("hostile.overlay.md", overlay);
        input.GlobalOptions["build_property.RootNamespace"] = string.Empty;

        var run = GeneratorHarness.Run(input);

        Assert.True(run.Diagnostics.IsEmpty, run.DescribeDiagnostics());
        Snapshot.Verify(run.Source, "Hostile");
    }

    [Fact]
    public void The_scrubber_replaces_the_generator_version_and_nothing_else()
    {
        var source = GeneratorHarness.Run(GeneratorInput.EbetSpec()).Source;
        var attribute = "GeneratedCode(\"Ebet.StatusCodes.Generator\", \"" + ProjectInfo.GeneratorVersion + "\")";
        var scrubbed = Snapshot.Scrub(source);

        Assert.Equal(typeof(StatusCodeGenerator).Assembly.GetName().Version!.ToString(), ProjectInfo.GeneratorVersion);
        Assert.NotEqual("0.0.0.0", ProjectInfo.GeneratorVersion);
        Assert.Equal(3, Occurrences(source, attribute));
        Assert.Equal(0, Occurrences(scrubbed, attribute));
        Assert.Equal(3, Occurrences(scrubbed, "GeneratedCode(\"Ebet.StatusCodes.Generator\", \"" + Snapshot.VersionPlaceholder + "\")"));
        Assert.Equal(source, scrubbed.Replace(Snapshot.VersionPlaceholder, ProjectInfo.GeneratorVersion, System.StringComparison.Ordinal));

        // Another version, as after a bump, gives the same snapshot.
        var bumped = source.Replace(attribute, "GeneratedCode(\"Ebet.StatusCodes.Generator\", \"12.3.0-preview.4+a1b2c3\")", System.StringComparison.Ordinal);
        Assert.Equal(scrubbed, Snapshot.Scrub(bumped));
    }

    private static int Occurrences(string text, string value)
        => (text.Length - text.Replace(value, string.Empty, System.StringComparison.Ordinal).Length) / value.Length;
}
