using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Ebet.StatusCodes.Generator.Emitting;
using Ebet.StatusCodes.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Emitting;

/// <summary>
/// Up to <see cref="LookupWriter.SwitchLimit"/> codes a value or a name finds its index by a switch, beyond
/// it by a binary search over sorted arrays. Both shapes must answer every lookup the same way: the same
/// catalog, at 256 and at 257 codes, compiled, loaded and asked everything.
/// </summary>
public class LookupWriterTests
{
    private static readonly string[] s_classes = { string.Empty, "Success", "Pending", "Indeterminate", "Retryable", "Rejected", "Fatal" };

    /// <summary>Codes in an order that is not sorted, negative ones among them.</summary>
    private static int CodeAt(int index) => (int)((index * 7919L % 100_003) - 50_000);

    private static CompiledCatalog Catalog(int count, LanguageVersion language, out string source)
    {
        var page = new StringBuilder("| Code | Description |\n| --- | --- |\n");
        var overlay = new StringBuilder("| Code | Member | Class |\n| --- | --- | --- |\n");
        var english = new StringBuilder("---\nunknown-code-message: \"No code {0} here.\"\n---\n\n| Code | Message |\n| --- | --- |\n");
        for (var i = 0; i < count; i++)
        {
            var code = CodeAt(i).ToString(CultureInfo.InvariantCulture);
            page.Append("| ").Append(code).Append(" | 文本 ").Append(i).Append(" |\n");
            overlay.Append("| ").Append(code).Append(" | Member").Append(i).Append(" | ").Append(s_classes[i % s_classes.Length]).Append(" |\n");
            english.Append("| ").Append(code).Append(" | Text ").Append(i).Append(" |\n");
        }

        var run = GeneratorHarness.Run(new GeneratorInput { LanguageVersion = language }
            .Catalog("codes.md", page.ToString(), "Codes", "zh-Hans")
            .File("codes.overlay.md", overlay.ToString())
            .File("codes.en.md", english.ToString()));
        Assert.True(run.Diagnostics.IsEmpty, run.DescribeDiagnostics());
        source = run.Source;
        return CompiledCatalog.Load(run, "Test.Catalogs.Codes");
    }

    [Theory]
    [InlineData(LookupWriter.SwitchLimit, false, LanguageVersion.Latest)]
    [InlineData(LookupWriter.SwitchLimit, false, LanguageVersion.CSharp7_3)]
    [InlineData(LookupWriter.SwitchLimit + 1, true, LanguageVersion.Latest)]
    public void Switches_and_arrays_answer_every_lookup_alike(int count, bool arrays, LanguageVersion language)
    {
        var catalog = Catalog(count, language, out var source);

        // Switch expressions from C# 8, switch statements before.
        var switchExpressions = !arrays && language >= LanguageVersion.CSharp8;
        var switchStatements = !arrays && language < LanguageVersion.CSharp8;
        Assert.Equal(arrays, source.Contains("Array.BinarySearch(s_sortedCodes, (int)value)", System.StringComparison.Ordinal));
        Assert.Equal(switchExpressions, source.Contains("IndexOfName(string name) => name switch", System.StringComparison.Ordinal));
        Assert.Equal(switchExpressions, source.Contains("IndexOf(Codes value) => value switch", System.StringComparison.Ordinal));
        Assert.Equal(switchStatements, source.Contains("switch (name)", System.StringComparison.Ordinal));
        Assert.Equal(switchStatements, source.Contains("default: return -1;", System.StringComparison.Ordinal));
        Assert.Equal(Enumerable.Range(0, count).Select(CodeAt), catalog.Values);
        Assert.Equal(Enumerable.Range(0, count).Select(i => "Member" + i), catalog.Names);

        var english = CultureInfo.GetCultureInfo("en-US");
        var chinese = CultureInfo.GetCultureInfo("zh-CN");
        for (var i = 0; i < count; i++)
        {
            var code = CodeAt(i);
            var kind = s_classes[i % s_classes.Length];
            Assert.Equal("Member" + i, catalog.ToStringFast(code));
            Assert.Equal("文本 " + i, catalog.Description(code));
            Assert.Equal("Text " + i, catalog.Message(code, english));
            Assert.Equal("文本 " + i, catalog.Message(code, chinese));
            Assert.Equal(kind.Length == 0 ? "Unknown" : kind, catalog.ClassOf(code));
            foreach (var other in s_classes.Skip(1))
            {
                Assert.Equal(other == kind, catalog.Is(other, code));
            }

            Assert.True(catalog.IsDefined(code));
            Assert.True(catalog.IsDefinedValue(code));
            Assert.True(catalog.TryParse("Member" + i, ignoreCase: false, out var parsed));
            Assert.Equal(code, parsed);
            Assert.True(catalog.TryParse("MEMBER" + i, ignoreCase: true, out parsed));
            Assert.Equal(code, parsed);
            Assert.False(catalog.TryParse("MEMBER" + i, ignoreCase: false, out _));
        }

        // Values around and between the listed ones, and the ends of int.
        var listed = new HashSet<int>(catalog.Values);
        var unlisted = new[] { int.MinValue, int.MaxValue, -50_001, 50_003, 0, 1, -1 }
            .Concat(catalog.Values.SelectMany(code => new[] { code - 1, code + 1 }))
            .Where(code => !listed.Contains(code))
            .Distinct();
        foreach (var code in unlisted)
        {
            var number = code.ToString(CultureInfo.InvariantCulture);
            Assert.Equal(number, catalog.ToStringFast(code));
            Assert.Equal("No code " + number + " here.", catalog.Description(code));
            Assert.Equal("No code " + number + " here.", catalog.Message(code, english));
            Assert.Equal("Unknown", catalog.ClassOf(code));
            Assert.All(s_classes.Skip(1), kind => Assert.False(catalog.Is(kind, code)));
            Assert.False(catalog.IsDefined(code));
            Assert.False(catalog.IsDefinedValue(code));
        }

        Assert.False(catalog.TryParse("Member", ignoreCase: true, out var none));
        Assert.Equal(0, none);
        Assert.False(catalog.TryParse(null, ignoreCase: true, out _));
        Assert.False(catalog.TryParse("Member" + count, ignoreCase: false, out _));
    }
}
