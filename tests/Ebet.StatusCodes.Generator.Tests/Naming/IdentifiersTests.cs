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
}
