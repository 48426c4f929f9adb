using System.Linq;
using Ebet.StatusCodes.Generator.Emitting;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Emitting;

public class CSharpLiteralTests
{
    public static readonly TheoryData<string> HostileTexts = new()
    {
        "plain",
        "中文 and emoji 😀",
        "quote \" and backslash \\",
        "new\nline and\r\nCRLF and\ttab",
        "NUL \0 BEL \a DEL \u007F NEL \u0085",
        "line separator \u2028 paragraph separator \u2029",
        "bidi \u202E reversed \u202C and RLM \u200F and isolate \u2067",
        "zero width \u200B joiner \u200D BOM \uFEFF",
        "lone high \uD800 lone low \uDC00 reversed \uDC00\uD800",
        "non-characters \uFFFE \uFFFF",
        "*/ </summary> <![CDATA[ & &amp; {0} {{ }}",
        "",
    };

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void A_literal_evaluates_to_exactly_the_text(string text)
    {
        var literal = CSharpLiteral.Quote(text);
        var tree = CSharpSyntaxTree.ParseText("class C { const string S = " + literal + "; }");

        Assert.Empty(tree.GetDiagnostics());
        var value = tree.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>().Single().Token.ValueText;
        Assert.Equal(text, value);
    }

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void A_literal_holds_no_raw_line_break_or_invisible_character(string text)
    {
        var literal = CSharpLiteral.Quote(text);

        for (var i = 0; i < literal.Length; i++)
        {
            Assert.False(UnsafeCharacters.IsUnsafe(literal, i), $"unsafe U+{(int)literal[i]:X4} at {i} in {literal}");
        }
    }

    [Fact]
    public void Readable_text_stays_readable()
    {
        Assert.Equal("\"充值 ID 不能为空 😀\"", CSharpLiteral.Quote("充值 ID 不能为空 😀"));
        Assert.Equal("\"a\\u202Eb\"", CSharpLiteral.Quote("a\u202Eb"));
    }
}
