using System.Linq;
using System.Text;
using Ebet.StatusCodes.Tool.Documents;
using Xunit;

namespace Ebet.StatusCodes.Tool.Tests.Documents;

public sealed class TextDocumentTests
{
    [Fact]
    public void A_byte_order_mark_is_not_text_and_is_written_back()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("| Code |\n")).ToArray();

        var document = TextDocument.FromBytes("x.md", bytes);

        Assert.True(document.HasBom);
        Assert.Equal("| Code |\n", document.Text);
        Assert.Equal(bytes, document.ToBytes());
    }

    [Fact]
    public void A_file_that_is_not_UTF_8_is_refused_with_its_name()
    {
        var error = Assert.Throws<ToolException>(() => TextDocument.FromBytes("legacy.md", new byte[] { 0x41, 0xB4, 0xFA, 0x0A }));

        Assert.Equal("legacy.md is not UTF-8 text.", error.Message);
    }

    [Fact]
    public void Lines_keep_their_own_endings_as_the_generator_counts_them()
    {
        var document = new TextDocument("x.md", "a\r\nb\nc\rd", HasBom: false);

        Assert.Equal(new[] { new TextLine("a", "\r\n"), new TextLine("b", "\n"), new TextLine("c", "\r"), new TextLine("d", string.Empty) }, document.Lines);
        Assert.Equal("\r\n", document.NewLine);
        Assert.False(document.EndsWithNewLine);
    }

    [Theory]
    [InlineData("", "\n", true)]
    [InlineData("one line", "\n", false)]
    [InlineData("a\n", "\n", true)]
    [InlineData("a\r\n", "\r\n", true)]
    public void New_lines_take_the_files_first_ending(string text, string newLine, bool endsWithNewLine)
    {
        var document = new TextDocument("x.md", text, HasBom: false);

        Assert.Equal(newLine, document.NewLine);
        Assert.Equal(endsWithNewLine, document.EndsWithNewLine);
    }
}
