using Ebet.StatusCodes.Generator.Binding;
using Ebet.StatusCodes.Generator.Diagnostics;
using Ebet.StatusCodes.Generator.Model;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Binding;

public class TypeClaimsTests
{
    private static CatalogConfig Config(string enumName, string @namespace = "Acme") => new(enumName, @namespace, string.Empty, string.Empty, string.Empty);

    [Fact]
    public void A_catalog_claims_its_enum_its_class_enum_its_extensions_and_its_file()
    {
        var claim = TypeClaims.Claim("/p/a.md", 0, Config("Codes"));

        Assert.Equal(new[] { "Acme.Codes", "Acme.CodesClass", "Acme.CodesExtensions" }, claim.QualifiedTypeNames);
        Assert.Equal("Acme.Codes.g.cs", claim.HintName);
        Assert.Equal(new[] { "Codes", "CodesClass", "CodesExtensions" }, TypeClaims.Claim("/p/a.md", 0, Config("Codes", string.Empty)).QualifiedTypeNames);
    }

    [Fact]
    public void The_first_claim_in_path_order_wins_whatever_the_order_of_the_files()
    {
        var claims = new EquatableArray<TypeClaim>(new[] { TypeClaims.Claim("/p/b.md", 0, Config("Codes")), TypeClaims.Claim("/p/a.md", 0, Config("Codes")) });
        var diagnostics = new DiagnosticBag();

        Assert.True(TypeClaims.IsFirstClaim("/p/a.md", 0, Config("Codes"), claims, diagnostics));
        Assert.False(TypeClaims.IsFirstClaim("/p/b.md", 0, Config("Codes"), claims, diagnostics));
        var clash = Assert.Single(diagnostics.Items);
        Assert.Equal(("EBSC032", "Acme.Codes", "a.md (Codes)", "b.md (Codes)"), (clash.Id, clash.Arguments[0], clash.Arguments[1], clash.Arguments[2]));
    }

    [Fact]
    public void An_enum_named_like_another_s_class_enum_clashes()
    {
        var claims = new EquatableArray<TypeClaim>(new[] { TypeClaims.Claim("/p/a.md", 0, Config("Codes")), TypeClaims.Claim("/p/a.md", 1, Config("CodesClass")) });
        var diagnostics = new DiagnosticBag();

        Assert.False(TypeClaims.IsFirstClaim("/p/a.md", 1, Config("CodesClass"), claims, diagnostics));
        Assert.Equal("Acme.CodesClass", Assert.Single(diagnostics.Items).Arguments[0]);
    }

    [Fact]
    public void Names_that_differ_only_in_case_clash_on_the_generated_file()
    {
        var claims = new EquatableArray<TypeClaim>(new[] { TypeClaims.Claim("/p/a.md", 0, Config("Codes")), TypeClaims.Claim("/p/a.md", 1, Config("CODES")) });
        var diagnostics = new DiagnosticBag();

        Assert.False(TypeClaims.IsFirstClaim("/p/a.md", 1, Config("CODES"), claims, diagnostics));
        Assert.Equal("Acme.Codes.g.cs", Assert.Single(diagnostics.Items).Arguments[0]);
    }
}
