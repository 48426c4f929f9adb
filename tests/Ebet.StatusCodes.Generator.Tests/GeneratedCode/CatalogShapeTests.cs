using System;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Reflection;
using Ebet.StatusCodes.Generator.Emitting;
using Ebet.StatusCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.GeneratedCode;

/// <summary>
/// What the model decides about the generated types: whether there are classes at all, with which doc texts,
/// the types' accessibility, and the attributes on them. Each shape compiles as a strict consumer builds.
/// </summary>
public class CatalogShapeTests
{
    private static readonly string[] s_classifiers = { "IsSuccess", "IsPending", "IsIndeterminate", "IsRetryable", "IsRejected", "IsFatal" };

    [Fact]
    public void A_classified_catalog_documents_its_classes_with_the_catalog_meanings()
    {
        var source = CatalogEmitter.Emit(CatalogSpecs.Small());
        var catalog = CompiledCatalog.FromSource(source, "Test.Catalogs.Codes");

        Assert.Equal(new[] { "Unknown", "Success", "Pending", "Indeterminate", "Retryable", "Rejected", "Fatal" }, Enum.GetNames(catalog.Class!));
        foreach (var meaning in CatalogSpecs.TestMeanings)
        {
            Assert.Contains("/// <summary>" + meaning + "</summary>", source, StringComparison.Ordinal);
        }

        // The Is… methods carry their class's meaning; no built-in text is left.
        Assert.Contains("<see cref=\"CodesClass.Fatal\"/>. " + CatalogSpecs.TestMeanings[6] + "</summary>", source, StringComparison.Ordinal);
        Assert.DoesNotContain("Done: the request succeeded", source, StringComparison.Ordinal);
        Assert.Contains("/// <summary>一 — one<para>Class: <see cref=\"CodesClass.Success\"/>.</para></summary>", source, StringComparison.Ordinal);
        Assert.Contains("/// <summary>三 — three</summary>", source, StringComparison.Ordinal);

        Assert.Equal(("Success", "Fatal", "Unknown", "Unknown"), (catalog.ClassOf(1), catalog.ClassOf(2), catalog.ClassOf(3), catalog.ClassOf(4)));
        Assert.Equal((true, false), (catalog.Is("Success", 1), catalog.Is("Success", 2)));
        Assert.Equal((true, false), (catalog.Is("Fatal", 2), catalog.Is("Fatal", 3)));
        Assert.All(s_classifiers, classifier => Assert.False(catalog.Is(classifier.Substring(2), 3)));
    }

    [Fact]
    public void A_catalog_without_classes_has_no_class_enum_no_GetClass_and_no_classifiers()
    {
        var source = CatalogEmitter.Emit(CatalogSpecs.Small(classified: false));
        var catalog = CompiledCatalog.FromSource(source, "Test.Catalogs.Codes");

        Assert.Null(catalog.Class);
        var methods = catalog.Extensions.GetMethods(BindingFlags.Public | BindingFlags.Static).Select(method => method.Name).Distinct().OrderBy(name => name, StringComparer.Ordinal);
        Assert.Equal(new[] { "GetDescription", "GetMessage", "IsDefined", "ToStringFast", "TryParse", "get_Names", "get_Values" }, methods);
        Assert.DoesNotContain("Class", source, StringComparison.Ordinal);
        Assert.DoesNotContain("s_classes", source, StringComparison.Ordinal);
        Assert.DoesNotContain("Is…", source, StringComparison.Ordinal);
        Assert.Equal(("一", "three"), (catalog.Description(1), catalog.MessageIn(3, "en")));
    }

    [Fact]
    public void Internal_types_are_internal_everywhere_and_their_docs_stay_valid()
    {
        var source = CatalogEmitter.Emit(CatalogSpecs.Small(accessibility: "internal"));
        var catalog = CompiledCatalog.FromSource(source, "Test.Catalogs.Codes");

        Assert.All(new[] { catalog.Enum, catalog.Class!, catalog.Extensions }, type => Assert.False(type.IsPublic, type.Name));
        Assert.DoesNotContain("public enum", source, StringComparison.Ordinal);
        Assert.DoesNotContain("public static partial class", source, StringComparison.Ordinal);
        Assert.Equal("Two", catalog.ToStringFast(2));
    }

    [Fact]
    public void StatusCodeAccessibility_internal_reaches_every_generated_type()
    {
        var run = GeneratorHarness.Run(new GeneratorInput()
            .Catalog("codes.md", "| Code | Description |\n| - | - |\n| 1 | one |\n", "Codes", null, ("StatusCodeAccessibility", "internal"))
            .File("codes.overlay.md", "| Code | Member | Class |\n| - | - | - |\n| 1 | One | Fatal |\n"));

        Assert.True(run.Diagnostics.IsEmpty, run.DescribeDiagnostics());
        var catalog = CompiledCatalog.Load(run, "Test.Catalogs.Codes");
        Assert.All(new[] { catalog.Enum, catalog.Class!, catalog.Extensions }, type => Assert.False(type.IsPublic, type.Name));
        Assert.Equal("Fatal", catalog.ClassOf(1));
    }

    [Fact]
    public void The_lookups_are_excluded_from_code_coverage_and_the_enums_carry_only_GeneratedCode()
    {
        var catalog = CompiledCatalog.FromSource(CatalogEmitter.Emit(CatalogSpecs.Small()), "Test.Catalogs.Codes");

        Assert.NotNull(catalog.Extensions.GetCustomAttribute<ExcludeFromCodeCoverageAttribute>());

        // The attribute is not valid on an enum for netstandard2.0 consumers (CS0592); enums hold no code to cover.
        Assert.Null(catalog.Enum.GetCustomAttribute<ExcludeFromCodeCoverageAttribute>());
        Assert.All(new[] { catalog.Enum, catalog.Class!, catalog.Extensions }, type => Assert.NotNull(type.GetCustomAttribute<System.CodeDom.Compiler.GeneratedCodeAttribute>()));
    }
}
