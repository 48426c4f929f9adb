using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using Ebet.StatusCodes.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Ebet.StatusCodes.Generator.Benchmarks.Infrastructure;

/// <summary>The catalogs the generator benchmarks run on: the real one (spec/) and synthetic ones of any size.</summary>
internal static class CatalogInput
{
    /// <summary>The EbetStatusCode catalog of spec/: page (its first table, zh-Hans), overlay, en, zh-Hans and zh-Hant files.</summary>
    public static GeneratorInput Real() => GeneratorInput.EbetSpec();

    /// <summary>spec/ as the library builds it: the page's three catalogs, with the same side files.</summary>
    public static GeneratorInput RealAllCatalogs() => GeneratorInput.EbetSpec(allCatalogs: true);

    public static ImmutableArray<AdditionalText> Texts(GeneratorInput input) => input.AdditionalTexts().ToImmutableArray();

    /// <summary>A page of <paramref name="rows"/> codes with its overlay and one culture file (en).</summary>
    public static GeneratorInput Synthetic(int rows, bool boldCodes = true)
    {
        var input = new GeneratorInput()
            .Catalog("synthetic-codes.md", SyntheticPage(rows, boldCodes), "SyntheticCode", "zh-Hans")
            .File("synthetic-codes.overlay.md", SyntheticOverlay(rows))
            .File("synthetic-codes.en.md", SyntheticCulture(rows));
        input.GlobalOptions["build_property.RootNamespace"] = "Synthetic";
        return input;
    }

    /// <summary>The code of row <paramref name="row"/>: spread out and negative at the start, as vendors' codes are.</summary>
    public static int Code(int row) => (row * 7) - 3;

    /// <summary>The page: one pipe table whose codes are bold, as eBET's are (or plain).</summary>
    public static string SyntheticPage(int rows, bool boldCodes = true)
    {
        var emphasis = boldCodes ? "**" : string.Empty;
        var text = new StringBuilder(rows * 40);
        text.Append("# 合成状态码\n\n| 代码 | 描述 |\n| --- | --- |\n");
        for (var row = 0; row < rows; row++)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {emphasis}{Code(row)}{emphasis} | 第 {row} 号状态的说明 |\n");
        }

        return text.ToString();
    }

    private static readonly string[] s_classes = { "Success", "Pending", "Indeterminate", "Retryable", "Rejected", "Fatal" };

    public static string SyntheticOverlay(int rows)
    {
        var text = new StringBuilder(rows * 80);
        text.Append("# Overlay\n\n## SyntheticCode\n\n| Code | Member | Class | Vendor text | Notes |\n| ---: | --- | --- | --- | --- |\n");
        for (var row = 0; row < rows; row++)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {Code(row)} | Status{row} | {s_classes[row % s_classes.Length]} | 第 {row} 号状态的说明 | Row {row}. |\n");
        }

        return text.ToString();
    }

    public static string SyntheticCulture(int rows)
    {
        var text = new StringBuilder(rows * 40);
        text.Append("---\nunknown-code-message: \"Unknown status code {0}.\"\n---\n\n# English\n\n## SyntheticCode\n\n| Code | Message |\n| ---: | --- |\n");
        for (var row = 0; row < rows; row++)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {Code(row)} | Status number {row}. |\n");
        }

        return text.ToString();
    }
}
