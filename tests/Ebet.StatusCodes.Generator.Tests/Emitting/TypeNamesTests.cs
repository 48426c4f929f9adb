using System.Linq;
using System.Reflection;
using Ebet.StatusCodes.Generator.Emitting;
using Ebet.StatusCodes.Generator.Model;
using Ebet.StatusCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Emitting;

/// <summary>
/// The generated types refer to each other by their simple names, unless a member of the generated
/// types has one of those names and would hide it: then by their full names. Each case is compiled as
/// a strict consumer builds it, so a name left unqualified where it is hidden fails to compile.
/// </summary>
public class TypeNamesTests
{
    /// <summary>Every member the class enum or the extensions class declares.</summary>
    [Theory]
    [InlineData("Unknown")]
    [InlineData("Success")]
    [InlineData("Pending")]
    [InlineData("Indeterminate")]
    [InlineData("Retryable")]
    [InlineData("Rejected")]
    [InlineData("Fatal")]
    [InlineData("Values")]
    [InlineData("Names")]
    [InlineData("ToStringFast")]
    [InlineData("GetDescription")]
    [InlineData("GetMessage")]
    [InlineData("GetClass")]
    [InlineData("IsDefined")]
    [InlineData("TryParse")]
    [InlineData("IsSuccess")]
    [InlineData("IsPending")]
    [InlineData("IsIndeterminate")]
    [InlineData("IsRetryable")]
    [InlineData("IsRejected")]
    [InlineData("IsFatal")]
    [InlineData("IndexOf")]
    [InlineData("IndexOfName")]
    [InlineData("IndexOfNameIgnoringCase")]
    [InlineData("MayEqualIgnoringCase")]
    [InlineData("UnknownCodeMessage")]
    [InlineData("CultureIndexOf")]
    [InlineData("MatchAndKeepName")]
    [InlineData("MatchParents")]
    [InlineData("MatchCultureName")]
    [InlineData("CultureCacheEntry")]
    [InlineData("s_codes")]
    public void An_enum_named_as_a_generated_member_is_referred_to_by_its_full_name(string enumName)
    {
        var spec = CatalogSpecs.Small() with { EnumName = enumName };

        var source = CatalogEmitter.Emit(spec);
        var catalog = CompiledCatalog.FromSource(source, "Test.Catalogs." + enumName);

        Assert.Contains("global::Test.Catalogs." + enumName + ".One", source, System.StringComparison.Ordinal);
        Assert.Equal(("One", "一", "Fatal"), (catalog.ToStringFast(1), catalog.Description(1), catalog.ClassOf(2)));
    }

    /// <summary>
    /// The theory above covers every member the generated class enum and extensions class declare: a helper
    /// added to the generated code but not to TypeNames' list would let an enum of its name break the build.
    /// </summary>
    [Fact]
    public void Every_member_the_generated_types_declare_is_among_the_names_tested_above()
    {
        var catalog = CompiledCatalog.FromSource(CatalogEmitter.Emit(CatalogSpecs.Small()), "Test.Catalogs.Codes");
        var tested = typeof(TypeNamesTests).GetMethod(nameof(An_enum_named_as_a_generated_member_is_referred_to_by_its_full_name))!
            .GetCustomAttributes<InlineDataAttribute>()
            .SelectMany(data => data.GetData(null!))
            .Select(arguments => (string)arguments[0])
            .ToHashSet(System.StringComparer.Ordinal);
        const BindingFlags declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        var members = catalog.Extensions.GetMembers(declared)
            .Concat(catalog.Class!.GetMembers(declared).Where(member => member is FieldInfo { IsLiteral: true }))
            .Select(member => member.Name)
            .Where(name => !name.StartsWith("s_", System.StringComparison.Ordinal)
                && !name.StartsWith("get_", System.StringComparison.Ordinal)
                && name[0] != '.'
                && name[0] != '<')
            .Distinct()
            .ToList();

        Assert.Contains("CultureCacheEntry", members);
        Assert.Contains("Fatal", members);
        Assert.Equal(string.Empty, string.Join(", ", members.Where(name => !tested.Contains(name))));
    }

    [Theory]
    [InlineData("Codes")]
    [InlineData("CodesClass")]
    [InlineData("CodesExtensions")]
    public void A_member_named_as_a_generated_type_is_referred_to_by_the_type_s_full_name(string memberName)
    {
        var small = CatalogSpecs.Small();
        var extra = new CodeSpec(4, memberName, "四", StatusClass.Unknown, string.Empty, new EquatableArray<string>(new[] { "four", "四" }));
        var spec = small with { Codes = new EquatableArray<CodeSpec>(small.Codes.Concat(new[] { extra }).ToArray()) };

        var source = CatalogEmitter.Emit(spec);
        var catalog = CompiledCatalog.FromSource(source, "Test.Catalogs.Codes");

        Assert.Contains("global::Test.Catalogs.Codes.One", source, System.StringComparison.Ordinal);
        Assert.Equal((memberName, "四"), (catalog.ToStringFast(4), catalog.Description(4)));
    }

    [Fact]
    public void Names_that_hide_nothing_stay_simple()
    {
        var source = CatalogEmitter.Emit(CatalogSpecs.Small());

        Assert.Contains("case Codes.One:", source, System.StringComparison.Ordinal);
        Assert.DoesNotContain("global::Test.Catalogs.", source, System.StringComparison.Ordinal);
    }
}
