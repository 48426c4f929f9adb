using System.Linq;
using Ebet.StatusCodes.Generator.Parsing;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Parsing;

public class CellTextTests
{
    [Theory]
    [InlineData("<mark style=\"color:red;background-color:blue;\">**-1**</mark>", "-1")]
    [InlineData("<mark style=\"color:purple;background-color:blue;\">**`-1`**</mark>", "-1")]
    [InlineData("**4026**", "4026")]
    [InlineData("_4026_", "4026")]
    [InlineData("`4026`", "4026")]
    [InlineData("``a ` b``", "a ` b")]
    [InlineData("[签名不对](https://example.com/x)", "签名不对")]
    [InlineData("<https://example.com>", "https://example.com")]
    [InlineData("A &amp; B &lt;C&gt; &#x4E2D;", "A & B <C> 中")]
    [InlineData("a\\*b\\_c", "a*b_c")]
    [InlineData("line<br>break<br/>here", "line break here")]
    [InlineData("  spaced   \t out  ", "spaced out")]
    [InlineData("充值 ID 不能为空", "充值 ID 不能为空")]
    [InlineData("2*3*4", "234")]
    [InlineData("snake_case_name", "snake_case_name")]
    public void Decoration_goes_and_the_text_stays(string markdown, string expected)
    {
        Assert.Equal(expected, CellText.FromMarkdown(markdown));
    }

    [Theory]
    [InlineData("# 1", "# 1")]
    [InlineData("- 1", "- 1")]
    [InlineData("1. first", "1. first")]
    [InlineData("> quoted", "> quoted")]
    [InlineData("-1", "-1")]
    [InlineData("# **1**", "# 1")]
    [InlineData("- `x`", "- x")]
    [InlineData("> *q*", "> q")]
    [InlineData("1. **first**", "1. first")]
    public void Cells_are_never_read_as_blocks(string markdown, string expected)
    {
        Assert.Equal(expected, CellText.FromMarkdown(markdown));
    }

    [Fact]
    public void Nul_becomes_the_replacement_character_as_CommonMark_requires()
    {
        Assert.Equal("a\uFFFDb", CellText.FromMarkdown("a\0b"));
        Assert.Equal("a\uFFFD*b", CellText.FromMarkdown("a\0\\*b"));
    }

    [Fact]
    public void Characters_other_than_ASCII_whitespace_are_kept_as_they_are()
    {
        const string text = "ideographic\u3000space, nbsp\u00A0, rlm\u200F, ls\u2028, emoji 😀";

        Assert.Equal(text, CellText.FromMarkdown(text));
    }

    [Theory]
    [InlineData("\u3000**x**\u3000", "\u3000x\u3000")]
    [InlineData("\u3000x\u3000", "\u3000x\u3000")]
    [InlineData(" \u00A0*x*\u00A0 ", "\u00A0x\u00A0")]
    [InlineData("\u3000 \t \u3000`c`", "\u3000 \u3000c")]
    public void Whitespace_other_than_ASCII_at_the_ends_is_kept_with_or_without_markdown(string markdown, string expected)
    {
        Assert.Equal(expected, CellText.FromMarkdown(markdown));
    }

    [Theory]
    [InlineData("bacc_warning_payouting", true)]
    [InlineData("friend_upLineUser_rent_status_0", true)]
    [InlineData("充值 ID 不能为空", true)]
    [InlineData("_leading", false)]
    [InlineData("trailing_", false)]
    [InlineData("snake_ spaced", false)]
    [InlineData("snake _spaced", false)]
    [InlineData("double__under", false)]
    [InlineData("*star*", false)]
    [InlineData("a &amp; b", false)]
    [InlineData("中_文", true)]
    public void Plain_text_skips_Markdig_and_reads_the_same_as_through_it(string text, bool plain)
    {
        Assert.Equal(plain, CellText.IsPlain(text));
        if (plain)
        {
            Assert.Equal(CellText.ViaMarkdig(text), CellText.FromMarkdown(text));
        }
    }

    [Theory]
    [InlineData("<br>", " ")]
    [InlineData("<BR/>", " ")]
    [InlineData("<br class=\"x\">", " ")]
    [InlineData("</br>", " ")]
    [InlineData("<p>", " ")]
    [InlineData("</DIV>", " ")]
    [InlineData("<li class=\"x\">", " ")]
    [InlineData("<h2>", " ")]
    [InlineData("<hr/>", " ")]
    [InlineData("<bra>", "")]
    [InlineData("<b>", "")]
    [InlineData("<span>", "")]
    [InlineData("<section>", "")]
    [InlineData("<details>", " ")]
    [InlineData("<!-- p -->", "")]
    [InlineData("<script>", "<script>")]
    [InlineData("</TEXTAREA >", "</TEXTAREA >")]
    [InlineData("<style/>", "<style/>")]
    [InlineData("<scripts>", "")]
    public void An_inline_tag_is_a_space_when_it_starts_a_line_and_text_when_GitHub_filters_it(string tag, string expected)
    {
        var builder = new System.Text.StringBuilder();
        CellText.AppendHtml(builder, tag);
        Assert.Equal(expected, builder.ToString());
    }

    [Theory]
    [InlineData("1<div>0</div>", "1 0")]
    [InlineData("<p>Token expired.</p><p>Log in again.</p>", "Token expired. Log in again.")]
    [InlineData("Balance too low<ul><li>deposit</li><li>retry</li></ul>", "Balance too low deposit retry")]
    [InlineData("a<hr>b", "a b")]
    [InlineData("a<b>b</b>c", "abc")]
    [InlineData("Use <textarea>token</textarea> field", "Use <textarea>token</textarea> field")]
    [InlineData("Bad tag <script>x</script> here", "Bad tag <script>x</script> here")]
    public void A_cell_reads_as_GitHub_shows_its_inline_HTML(string markdown, string expected)
    {
        Assert.Equal(expected, CellText.FromMarkdown(markdown));
    }

    [Theory]
    [InlineData(" a", "a")]
    [InlineData("a ", "a")]
    [InlineData(" ", "")]
    [InlineData("", "")]
    [InlineData("a  b", "a b")]
    [InlineData("a\tb", "a b")]
    [InlineData("a\r\nb", "a b")]
    [InlineData("a \n b", "a b")]
    [InlineData("a\0b", "a\uFFFDb")]
    public void Normalizing_collapses_ASCII_whitespace_and_replaces_NUL(string text, string expected)
    {
        Assert.Equal(expected, CellText.Normalize(text));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("a b c")]
    [InlineData("充值 ID 不能为空")]
    [InlineData("\u3000x\u00A0y\u3000")]
    public void Text_already_normal_is_returned_as_it_is_without_a_copy(string text)
    {
        // Most cells of a table are already normal; they cost no second string.
        Assert.Same(text, CellText.Normalize(text));
    }

    [Theory]
    [InlineData("余额不足[1003", "余额不足[1003")]
    [InlineData("[", "[")]
    [InlineData("![", "![")]
    [InlineData("a ![b", "a ![b")]
    [InlineData("a]b", "a]b")]
    [InlineData("[a](b", "[a](b")]
    [InlineData("[[x](u)", "[x")]
    [InlineData("[x](u)]", "x]")]
    [InlineData("[undefined][ref]", "[undefined][ref]")]
    [InlineData("[*a*", "[a")]
    public void Unmatched_brackets_are_text_as_CommonMark_renders_them(string markdown, string expected)
    {
        Assert.Equal(expected, CellText.FromMarkdown(markdown));
    }

    [Theory]
    [InlineData("[1003]: 余额不足", "[1003]: 余额不足")]
    [InlineData("[a]: https://example.com \"t\"", "[a]: https://example.com \"t\"")]
    [InlineData("    indented", "indented")]
    [InlineData("=== x", "=== x")]
    [InlineData("**a**\n---", "a ---")]
    public void A_cell_is_inlines_only_never_a_definition_or_a_block(string markdown, string expected)
    {
        Assert.Equal(expected, CellText.FromMarkdown(markdown));
    }

    [Fact]
    public void Reference_links_use_the_page_definitions_and_show_their_text()
    {
        var table = MarkdownFile.Read(
            "/p.md",
            "| Code | Description |\n| - | - |\n| 1 | [Insufficient balance][bal] |\n| 2 | [Shortcut] |\n| 3 | [Collapsed][] |\n| 4 | [missing][nope] |\n| 5 | ![logo][img] ok |\n| 6 | `c`[Shortcut][ |\n| 7 | [Shortcut][\\[[link](https://e.com) |\n| 8 | [missing][nope] ][Shortcut] |\n\n[BAL]: https://example.com/balance\n[shortcut]: /s\n[collapsed]: /c 'title'\n[img]: /logo.png\n",
            default).Tables.Single();

        Assert.Equal(
            new[] { "Insufficient balance", "Shortcut", "Collapsed", "[missing][nope]", "logo ok", "cShortcut[", "Shortcut[[link", "[missing][nope] ]Shortcut" },
            table.Rows.Select(row => row.Cells[1].Text));
    }

    [Theory]
    [InlineData("a [b [c", "a \\[b \\[c", "a [b [c")]
    [InlineData("[a] [b ![c", "[a] \\[b !\\[c", "[a] [b ![c")]
    [InlineData("a \\[b [c", "a \\[b \\[c", "a [b [c")]
    [InlineData("a \\\\[b", "a \\\\\\[b", "a \\[b")]
    [InlineData("`[` [b", "`[` \\[b", "[ [b")]
    [InlineData("``a`[`` [b ` [c", "``a`[`` \\[b ` \\[c", "a`[ [b ` [c")]
    [InlineData("<x> [b", "<x> \\[b", "[b")]
    [InlineData("<https://e.com/[x> [b", "<https://e.com/[x> \\[b", "https://e.com/[x [b")]
    [InlineData("[Shortcut][", "[Shortcut]\\[", "[Shortcut][")]
    [InlineData("[a] [b [c] d", "[a] \\[b [c] d", "[a] [b [c] d")]
    [InlineData("[[[x]", "\\[\\[[x]", "[[[x]")]
    [InlineData("a] [b]", "a\\] [b]", "a] [b]")]
    [InlineData("[a][b] ]c", "[a][b] \\]c", "[a][b] ]c")]
    [InlineData("[a] b", "[a] b", "[a] b")]
    public void Brackets_no_bracket_closes_are_escaped_before_Markdig_sees_them_and_still_show(string markdown, string escaped, string text)
    {
        Assert.Equal(escaped, InlineOnlyParser.EscapeUnclosedBrackets(markdown));
        Assert.Equal(text, CellText.FromMarkdown(markdown));
    }

    [Fact]
    public void Markdown_longer_than_Markdig_reads_in_linear_time_is_refused_but_plain_text_of_any_length_is_read()
    {
        var plain = new string('x', InlineOnlyParser.LongestMarkdown * 4);

        Assert.Equal(plain, CellText.FromMarkdown(plain));
        Assert.Equal(new string('y', InlineOnlyParser.LongestMarkdown - 4), CellText.FromMarkdown("**" + new string('y', InlineOnlyParser.LongestMarkdown - 4) + "**"));
        Assert.Throws<System.ArgumentException>(() => CellText.FromMarkdown("**" + plain + "**"));
    }
}
