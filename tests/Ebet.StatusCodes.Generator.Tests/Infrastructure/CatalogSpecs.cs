using System.Linq;
using Ebet.StatusCodes.Generator.Model;

namespace Ebet.StatusCodes.Generator.Tests.Infrastructure;

/// <summary>
/// Catalog models built by hand, for what the pipeline does not (yet) let an input choose: the generated
/// types' accessibility and the classes' doc texts.
/// </summary>
internal static class CatalogSpecs
{
    /// <summary>Doc texts for the classes that no real catalog uses, so a test can tell them from the defaults.</summary>
    public static readonly string[] TestMeanings = Enumerable.Range(0, 7).Select(value => "Test meaning of class " + value + ".").ToArray();

    /// <summary>
    /// Test.Catalogs.Codes: 1 (Success), 2 (Fatal), 3 (no class), page in zh-Hans, neutral English; a class
    /// enum with <see cref="TestMeanings"/> unless <paramref name="classified"/> is false.
    /// </summary>
    public static CatalogSpec Small(string accessibility = "public", bool classified = true)
        => new(
            "Test.Catalogs",
            "Codes",
            "codes.md",
            GeneratorInput.SpecDirectory + "codes.md",
            new EquatableArray<CultureSpec>(new[] { new CultureSpec("en", "Unknown code ", "."), new CultureSpec("zh-Hans", "未知代码 ", "。") }),
            1,
            new EquatableArray<CodeSpec>(new[]
            {
                Code(1, "One", "一", "one", classified ? StatusClass.Success : StatusClass.Unknown),
                Code(2, "Two", "二", "two", classified ? StatusClass.Fatal : StatusClass.Unknown),
                Code(3, "Three", "三", "three", StatusClass.Unknown),
            }),
            CSharp8: true,
            accessibility,
            classified ? new EquatableArray<string>(TestMeanings) : EquatableArray<string>.Empty);

    private static CodeSpec Code(int value, string name, string description, string english, StatusClass statusClass)
        => new(value, name, description, statusClass, string.Empty, new EquatableArray<string>(new[] { english, description }));
}
