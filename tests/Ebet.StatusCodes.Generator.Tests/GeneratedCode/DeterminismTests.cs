using System;
using System.Globalization;
using System.Linq;
using System.Text;
using Ebet.StatusCodes.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.GeneratedCode;

/// <summary>
/// The same document gives byte-identical output on every machine: whatever its line endings or
/// byte order mark, whatever the build machine's culture, run after run.
/// </summary>
public class DeterminismTests
{
    private static string Generate(Func<string, SourceText> load, CultureInfo? culture = null)
    {
        var input = GeneratorInput.EbetSpec();
        var texts = input.Files.Select(file => (AdditionalText)new InMemoryAdditionalText(file.Path, load(file.Text))).ToList();
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            if (culture is not null)
            {
                CultureInfo.CurrentCulture = culture;
                CultureInfo.CurrentUICulture = culture;
            }

            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { new StatusCodeGenerator().AsSourceGenerator() },
                texts,
                new CSharpParseOptions(LanguageVersion.Latest),
                input.Options());
            var result = driver.RunGenerators(CSharpCompilation.Create("Consumer", references: ReferenceAssemblies.Net100)).GetRunResult().Results.Single();
            Assert.Empty(result.Diagnostics);
            return result.GeneratedSources.Single().SourceText.ToString();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }

    private static SourceText AsIs(string text) => SourceText.From(text, Encoding.UTF8);

    [Fact]
    public void CRLF_input_gives_the_same_output_as_LF()
    {
        Assert.Equal(Generate(AsIs), Generate(text => AsIs(text.Replace("\n", "\r\n", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_byte_order_mark_makes_no_difference()
    {
        var withBom = Generate(text => SourceText.From(new System.IO.MemoryStream(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray())));
        var without = Generate(text => SourceText.From(new System.IO.MemoryStream(Encoding.UTF8.GetBytes(text))));

        Assert.Equal(without, withBom);
        Assert.Equal(Generate(AsIs), without);
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("zh-CN")]
    [InlineData("th-TH")]
    public void The_build_machine_culture_makes_no_difference(string culture)
    {
        Assert.Equal(Generate(AsIs, CultureInfo.InvariantCulture), Generate(AsIs, CultureInfo.GetCultureInfo(culture)));
    }

    [Fact]
    public void Two_runs_give_the_same_bytes_with_LF_line_ends()
    {
        var first = Generate(AsIs);

        Assert.Equal(first, Generate(AsIs));
        Assert.DoesNotContain('\r', first);
    }
}
