using System;
using System.Linq;
using Ebet.StatusCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.GeneratedCode;

/// <summary>Another vendor's catalog carries nothing of eBET, and no classifiers nobody asked for.</summary>
public class NeutralOutputTests
{
    /// <summary>Words of eBET's integration that must not reach another vendor's code.</summary>
    private static readonly string[] s_ebetWords = { "eBET", "ebet", "recharge", "rechargeReqId", "whitelist", "channel", "signing keys" };

    private const string Page = "| Code | Description |\n| --- | --- |\n| 0 | OK |\n| 1001 | Invalid token |\n";

    [Fact]
    public void A_zero_configuration_catalog_has_no_class_enum_no_classifiers_and_no_word_of_eBET()
    {
        var run = GeneratorHarness.Run(new GeneratorInput().Catalog("acme-codes.md", Page, "AcmeCodes"));
        var source = run.Source;

        Assert.All(s_ebetWords, word => Assert.DoesNotContain(word, source, StringComparison.Ordinal));
        Assert.DoesNotContain("AcmeCodesClass", source, StringComparison.Ordinal);
        Assert.DoesNotContain("IsSuccess", source, StringComparison.Ordinal);
        Assert.DoesNotContain("GetClass", source, StringComparison.Ordinal);
        Assert.Contains("GetDescription", source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_classified_catalog_without_meanings_of_its_own_gets_neutral_ones()
    {
        var run = GeneratorHarness.Run(new GeneratorInput()
            .Catalog("acme-codes.md", Page, "AcmeCodes")
            .File("acme-codes.overlay.md", "| Code | Member | Class |\n| - | - | - |\n| 0 | Ok | Success |\n| 1001 | InvalidToken | Fatal |\n"));

        Assert.Empty(run.Diagnostics);
        Assert.All(s_ebetWords, word => Assert.DoesNotContain(word, run.Source, StringComparison.Ordinal));
        Assert.Contains("The integration itself is misconfigured", run.Source, StringComparison.Ordinal);
        Assert.Equal("Fatal", CompiledCatalog.Load(run, "Test.Catalogs.AcmeCodes").ClassOf(1001));
    }

    [Fact]
    public void The_eBET_library_keeps_its_own_wording_from_its_overlay()
    {
        var source = GeneratorHarness.Run(GeneratorInput.EbetSpec()).Source;

        Assert.Contains("query the status with the same request ID (rechargeReqId)", source, StringComparison.Ordinal);
        Assert.Contains("(keys, whitelist, channel setup)", source, StringComparison.Ordinal);
    }
}
