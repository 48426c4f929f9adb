using Ebet.StatusCodes.Generator.Naming;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Naming;

public class IdentifiersTests
{
    [Theory]
    [InlineData("Success", true)]
    [InlineData("_private", true)]
    [InlineData("成功", true)]
    [InlineData("class", true)]
    [InlineData("var", true)]
    [InlineData("2Fast", false)]
    [InlineData("with space", false)]
    [InlineData("dash-ed", false)]
    [InlineData("@class", false)]
    [InlineData("", false)]
    [InlineData("value__", false)]
    public void Member_names_must_be_identifiers(string name, bool valid)
    {
        Assert.Equal(valid, Identifiers.IsValidMemberName(name));
    }

    [Theory]
    [InlineData("class", "@class")]
    [InlineData("Success", "Success")]
    [InlineData("var", "var")]
    public void Reserved_keywords_are_written_verbatim(string name, string source)
    {
        Assert.Equal(source, Identifiers.ToSource(name));
    }

    [Theory]
    [InlineData("EbetStatusCode", true)]
    [InlineData("状态码", true)]
    [InlineData("codes", false)]
    [InlineData("record", false)]
    [InlineData("class", false)]
    [InlineData("Codes2", true)]
    [InlineData("2Codes", false)]
    // All-lowercase ASCII is refused (it could become a keyword); one letter outside a to z is enough.
    [InlineData("az", false)]
    [InlineData("azZ", true)]
    [InlineData("az_", true)]
    [InlineData("aé", true)]
    public void Type_names_must_be_identifiers_that_are_not_keywords_or_all_lowercase(string name, bool valid)
    {
        Assert.Equal(valid, Identifiers.IsValidTypeName(name));
    }

    [Theory]
    [InlineData("Ebet.StatusCodes", true)]
    [InlineData("", true)]
    [InlineData("Ebet..StatusCodes", false)]
    [InlineData("Ebet.class", false)]
    [InlineData("Ebet StatusCodes", false)]
    public void Namespaces_are_dotted_identifiers(string name, bool valid)
    {
        Assert.Equal(valid, Identifiers.IsValidNamespace(name));
    }

    [Theory]
    [InlineData(200, "Code200")]
    [InlineData(0, "Code0")]
    [InlineData(-1, "CodeMinus1")]
    [InlineData(int.MinValue, "CodeMinus2147483648")]
    public void Fallback_names_spell_the_number(int code, string name)
    {
        Assert.Equal(name, Identifiers.FallbackMemberName(code));
    }

    [Theory]
    [InlineData("Ebet.StatusCodes", "EbetStatusCode", "Ebet.StatusCodes.EbetStatusCode.g.cs")]
    [InlineData("", "Codes", "Codes.g.cs")]
    [InlineData("N", "状态", "N._x72B6_x6001.g.cs")]
    // The ends of each range that passes, and the characters just outside them.
    [InlineData("", "azAZ09_-", "azAZ09_-.g.cs")]
    [InlineData("", "`{@[/:", "_x0060_x007B_x0040_x005B_x002F_x003A.g.cs")]
    public void Hint_names_come_from_the_qualified_type_name(string @namespace, string type, string hint)
    {
        Assert.Equal(hint, Identifiers.ToHintName(@namespace, type));
    }

    [Theory]
    [InlineData("acme-status_codes", "AcmeStatusCodes")]
    [InlineData("ebet", "Ebet")]
    [InlineData("状态码", "状态码")]
    [InlineData("2fa codes", "2faCodes")]
    public void Convention_type_names_come_from_the_file_name(string fileName, string typeName)
    {
        Assert.Equal(typeName, Identifiers.FromWords(fileName));
    }

    [Theory]
    [InlineData("Success\u200B")]
    [InlineData("Suc\u00ADcess")]
    [InlineData("Succ\u200Dess")]
    [InlineData("Success\u2060")]
    [InlineData("Suc\u202Ecess")]
    [InlineData("Success\uFEFF")]
    public void Names_with_a_format_character_are_refused_though_CSharp_would_accept_them(string name)
    {
        Assert.True(Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(name), "the premise: C# itself accepts the name");
        Assert.Equal(NameProblem.InvisibleCharacter, Identifiers.MemberNameProblem(name));
        Assert.Equal(NameProblem.InvisibleCharacter, Identifiers.TypeNameProblem(name, string.Empty));
        Assert.False(Identifiers.IsValidNamespace("Acme." + name));
    }

    [Fact]
    public void A_member_name_may_take_1023_bytes_of_UTF_8_and_no_more()
    {
        Assert.Equal(NameProblem.None, Identifiers.MemberNameProblem(new string('A', 1023)));
        Assert.Equal(NameProblem.TooLong, Identifiers.MemberNameProblem(new string('A', 1024)));
        Assert.Equal(NameProblem.None, Identifiers.MemberNameProblem(new string('码', 341)));
        Assert.Equal(NameProblem.TooLong, Identifiers.MemberNameProblem(new string('码', 342)));
    }

    [Fact]
    public void A_type_name_leaves_room_for_its_namespace_and_the_longest_generated_type()
    {
        // "Extensions" is the longest suffix (10 characters), and a dot joins the namespace.
        Assert.Equal(NameProblem.None, Identifiers.TypeNameProblem(new string('E', 1013), string.Empty));
        Assert.Equal(NameProblem.TooLong, Identifiers.TypeNameProblem(new string('E', 1014), string.Empty));
        Assert.Equal(NameProblem.None, Identifiers.TypeNameProblem(new string('E', 12), new string('N', 1000)));
        Assert.Equal(NameProblem.TooLong, Identifiers.TypeNameProblem(new string('E', 13), new string('N', 1000)));
    }

    [Theory]
    [InlineData("codes", nameof(NameProblem.Keyword))]
    [InlineData("record", nameof(NameProblem.Keyword))]
    [InlineData("2Codes", nameof(NameProblem.NotAnIdentifier))]
    [InlineData("Codes", nameof(NameProblem.None))]
    public void A_type_name_s_problem_is_named(string name, string problem)
    {
        Assert.Equal(problem, Identifiers.TypeNameProblem(name, string.Empty).ToString());
    }
}
