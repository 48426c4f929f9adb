using System.Linq;
using System.Xml.Linq;
using Ebet.StatusCodes.Generator.Emitting;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Emitting;

public class XmlDocTextTests
{
    [Theory]
    [MemberData(nameof(CSharpLiteralTests.HostileTexts), MemberType = typeof(CSharpLiteralTests))]
    public void Escaped_text_is_well_formed_xml_on_one_line(string text)
    {
        var escaped = XmlDocText.Escape(text);

        Assert.DoesNotContain('\n', escaped);
        Assert.DoesNotContain('\r', escaped);
        Assert.All(Enumerable.Range(0, escaped.Length), i => Assert.False(UnsafeCharacters.IsUnsafe(escaped, i)));
        var element = XElement.Parse("<summary>" + escaped + "</summary>");
        Assert.Empty(element.Elements());
    }

    [Fact]
    public void Markup_becomes_entities_and_controls_become_visible_escapes()
    {
        Assert.Equal("a &lt;/summary&gt; &amp;amp; b", XmlDocText.Escape("a </summary> &amp; b"));
        Assert.Equal("tab\\u0009nul\\u0000rlm\\u200F", XmlDocText.Escape("tab\tnul\0rlm\u200F"));
    }

    [Fact]
    public void Readable_text_reads_back_unchanged()
    {
        const string text = "渠道请求非该渠道申请币种 (IP & \"quotes\")";

        Assert.Equal(text, XElement.Parse("<summary>" + XmlDocText.Escape(text) + "</summary>").Value);
    }
}
