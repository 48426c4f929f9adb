using System.Collections.Generic;
using System.Linq;
using System.Text;
using Ebet.StatusCodes.Generator.Parsing;
using Ebet.StatusCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Parsing;

/// <summary>
/// What a browser does not render as markup is not read as a table: comments, bogus comments and
/// the text of noscript. What it does render still is, and the tags GitHub's tag filter escapes
/// (script, style, textarea, title and five more) are text that hides nothing, as GitHub shows them.
/// </summary>
public class HtmlTokenizerTests
{
    private const string Table = "<table><tr><th>Code</th><th>Description</th></tr><tr><td>1</td><td>one</td></tr></table>";

    private const string Withdrawn = "<table><tr><th>Code</th><th>Description</th></tr><tr><td>9</td><td>withdrawn</td></tr></table>";

    [Theory]
    [InlineData("<!-- old codes: " + Withdrawn + " -->")]
    [InlineData("<!--\n" + Withdrawn + "\n-->")]
    [InlineData("<!--\n\n" + Withdrawn + "\n\n-->")]
    [InlineData("<div>\n<!--\n\n" + Withdrawn + "\n\n<p>--></p>\n</div>")]
    [InlineData("<div><!-- a -- b --!>\n<!--\n\n" + Withdrawn + "\n\n<p>--!></p></div>")]
    [InlineData("<noscript>" + Withdrawn + "</noscript>")]
    [InlineData("<NOSCRIPT>\n\n" + Withdrawn + "\n\n</noscript >")]
    [InlineData("<?php echo '" + Withdrawn + "'; ?>")]
    [InlineData("<!DOCTYPE " + Withdrawn + ">")]
    [InlineData("<![CDATA[" + Withdrawn + "]]>")]
    public void A_table_a_browser_does_not_render_is_not_read(string hidden)
    {
        var file = PageReading.File(hidden + "\n\n" + Table + "\n");

        var table = Assert.Single(file.Tables);
        Assert.Equal(new[] { new[] { "1", "one" } }, PageReading.Rows(table));
        Assert.Empty(file.Diagnostics);
    }

    [Theory]
    [InlineData("<script>\nvar t = '", "';\n</script>")]
    [InlineData("<script type=\"text/template\">\n\n", "\n\n</SCRIPT >")]
    [InlineData("<style>\n/* ", " */\n</style>")]
    [InlineData("<textarea>\n", "\n</textarea>")]
    [InlineData("<title>\n\n", "\n\n</title>")]
    [InlineData("<xmp>\n", "\n</xmp>")]
    [InlineData("<iframe>", "</iframe>")]
    [InlineData("<noembed>\n", "\n</noembed>")]
    [InlineData("<noframes>", "</noframes>")]
    [InlineData("<plaintext>\n", "\n")]
    public void A_table_inside_an_element_GitHub_shows_as_text_is_read_as_GitHub_shows_it(string opening, string closing)
    {
        var file = PageReading.File(opening + Withdrawn + closing + "\n\n" + Table + "\n");

        Assert.Equal(2, file.Tables.Count);
        Assert.Equal(new[] { new[] { "9", "withdrawn" } }, PageReading.Rows(file.Tables[0]));
        Assert.Equal(new[] { new[] { "1", "one" } }, PageReading.Rows(file.Tables[1]));
        Assert.Empty(file.Diagnostics);
    }

    [Theory]
    [InlineData("<!-->")]
    [InlineData("<!--->")]
    [InlineData("<!-- closed -->")]
    [InlineData("<script></script>")]
    [InlineData("<pre>")]
    [InlineData("<code>")]
    [InlineData("<?x>")]
    public void A_table_after_what_is_closed_or_in_pre_and_code_is_read(string before)
    {
        var table = Assert.Single(PageReading.File(before + "\n" + Table + "\n").Tables);

        Assert.Equal(new[] { new[] { "1", "one" } }, PageReading.Rows(table));
    }

    [Fact]
    public void A_comment_left_open_hides_the_pipe_tables_and_headings_up_to_its_end_in_raw_HTML()
    {
        // The "-->" of a paragraph is text (CommonMark escapes it): only raw HTML closes the comment.
        var file = PageReading.File("# Codes\n\n<div>\n<!-- withdrawn\n\n# Old\n\n| Code | Description |\n| - | - |\n| 9 | old |\n\n-->\n\n| Code | Description |\n| - | - |\n| 8 | still hidden |\n\n<p>--></p>\n</div>\n\n| Code | Description |\n| - | - |\n| 1 | one |\n");

        var table = Assert.Single(file.Tables);
        Assert.Equal("Codes", table.Heading);
        Assert.Equal("1", table.Rows.Single().Cells[0].Text);
    }

    [Theory]
    [InlineData("<div><!-- never closed\n\n")]
    [InlineData("<div>\n<!--\n\n-->\n\n")]
    [InlineData("<div>\n<noscript>\n\n")]
    public void An_unclosed_comment_or_noscript_hides_the_rest_of_the_page(string opening)
    {
        var file = PageReading.File(opening + Table + "\n\n| Code | Description |\n| - | - |\n| 1 | one |\n");

        Assert.Empty(file.Tables);
    }

    [Theory]
    [InlineData("<td>1</td><td>one<!-- </td><td>hidden --></td>", "one")]
    [InlineData("<td>1</td><td>one<!--\n\nnote\n\n--> more</td>", "one more")]
    [InlineData("<td>1</td><td>one<noscript>document.write('<td>x</td>')</noscript></td>", "one")]
    [InlineData("<td>1</td><td>a <? b > c</td>", "a c")]
    [InlineData("<td>1</td><td>a < b &lt; c</td>", "a < b < c")]
    [InlineData("<td>1</td><td>a </ b> c</td>", "a c")]
    [InlineData("<td>1</td><td>a </> c</td>", "a c")]
    public void Comments_and_hidden_text_inside_a_cell_are_not_its_text(string cells, string text)
    {
        var table = Assert.Single(PageReading.File("<table><tr><th>Code</th><th>Description</th></tr><tr>" + cells + "</tr></table>\n").Tables);

        Assert.Equal(new[] { new[] { "1", text } }, PageReading.Rows(table));
    }

    [Fact]
    public void A_page_whose_only_status_table_is_commented_out_generates_nothing_from_it()
    {
        var page = "<!-- old codes:\n" + Withdrawn + "\n-->\n\n" + Table + "\n";
        var run = GeneratorHarness.Run(new GeneratorInput().Catalog("codes.md", page, "Codes"));

        var catalog = CompiledCatalog.Load(run, "Test.Catalogs.Codes");
        Assert.Equal(new[] { 1 }, catalog.Values);
        Assert.DoesNotContain(run.Diagnostics, diagnostic => diagnostic.Id == "EBSC033");
    }

    // ---- The token stream itself: text runs as a browser shows them, tags as [name], [/name], [name…] when cut off ----

    [Theory]
    [InlineData("<", "<")]
    [InlineData("a<", "a<")]
    [InlineData("a</", "a</")]
    [InlineData("a&", "a&")]
    [InlineData("a&amp;", "a&")]
    [InlineData("a<!--", "a")]
    [InlineData("a<!--x--", "a")]
    [InlineData("a<!---", "a")]
    [InlineData("a<!--x--!", "a")]
    [InlineData("a<?x", "a")]
    [InlineData("a</ x", "a")]
    [InlineData("a<td", "a[td…]")]
    [InlineData("a</td", "a[/td…]")]
    [InlineData("<noscript>a</noscript", "[noscript][/noscript…]")]
    [InlineData("<script>a</script", "<script>a[/script…]")]
    public void What_the_text_ends_inside_is_cut_off_as_a_browser_cuts_it(string html, string tokens)
    {
        Assert.Equal(tokens, Tokens(html));
    }

    [Theory]
    [InlineData("a<!-->b", "ab")]
    [InlineData("a<!--->b", "ab")]
    [InlineData("a<!---->b", "ab")]
    [InlineData("a<!-- x --!>b", "ab")]
    [InlineData("a<!-- x -- y -->b", "ab")]
    [InlineData("a<!-- x --->b", "ab")]
    [InlineData("a<!-- x -!> y -->b", "ab")]
    [InlineData("a<!-- <td>x</td> -->b", "ab")]
    [InlineData("a<?x y>b", "ab")]
    [InlineData("a<!x y>b", "ab")]
    [InlineData("a</ x>b", "ab")]
    [InlineData("a></ x>b", "a>b")]
    [InlineData("a</>b", "ab")]
    [InlineData("a<>b", "a<>b")]
    public void Comments_and_bogus_comments_end_where_a_browser_ends_them(string html, string tokens)
    {
        Assert.Equal(tokens, Tokens(html));
    }

    [Fact]
    public void The_text_of_noscript_is_no_token_and_its_tags_are_read()
    {
        Assert.Equal("[noscript][/noscript]c", Tokens("<noscript>a <td>b</td> &amp;</noscript>c"));
    }

    [Theory]
    [InlineData("script")]
    [InlineData("style")]
    [InlineData("xmp")]
    [InlineData("iframe")]
    [InlineData("noembed")]
    [InlineData("noframes")]
    [InlineData("title")]
    [InlineData("textarea")]
    [InlineData("plaintext")]
    [InlineData("SCRIPT")]
    [InlineData("TextArea")]
    public void A_tag_GitHub_filters_is_text_and_what_follows_it_is_read(string name)
    {
        Assert.Equal("<" + name + ">a [td]b[/td] &</" + name + ">c", Tokens("<" + name + ">a <td>b</td> &amp;</" + name + ">c"));
    }

    [Theory]
    [InlineData("<script >", "<script >")]
    [InlineData("<script\n>", "<script\n>")]
    [InlineData("<script/>", "<script/>")]
    [InlineData("</script\t>", "</script\t>")]
    [InlineData("<script x=1>", "<script x=1>")]
    [InlineData("<scripts>", "[scripts]")]
    [InlineData("<script-x>", "[script-x]")]
    [InlineData("<script/x>", "[script]")]
    [InlineData("<scrip>", "[scrip]")]
    [InlineData("<\u017Fcript>", "<\u017Fcript>")]
    [InlineData("<scr\u0131pt>", "[scr\u0131pt]")]
    [InlineData("<tItLe>", "<tItLe>")]
    public void GitHub_filters_the_tag_names_alone_followed_by_a_space_a_slash_and_the_end_or_the_end(string html, string tokens)
    {
        Assert.Equal(tokens, Tokens(html));
    }

    [Theory]
    [InlineData("<noscript>a</noscripty>b</noscript>c")]
    [InlineData("<noscript>a</noscrip>b</noscript>c")]
    [InlineData("<noscript>a</style>b</noscript>c")]
    [InlineData("<noscript>a</ noscript>b</noscript>c")]
    [InlineData("<noscript>a</NOSCRIPT>c")]
    [InlineData("<noscript>a</noscript\t>c")]
    [InlineData("<noscript>a</noscript/>c")]
    [InlineData("<noscript>a</noscript x=1>c")]
    public void Only_the_element_s_own_end_tag_ends_its_text(string html)
    {
        Assert.Equal("[noscript][/noscript]c", Tokens(html));
    }

    [Theory]
    [InlineData("a<a>b</a>c", "a[a]b[/a]c")]
    [InlineData("a<z>b</z>c", "a[z]b[/z]c")]
    [InlineData("a<A>b</A>c", "a[a]b[/a]c")]
    [InlineData("a<Z>b</Z>c", "a[z]b[/z]c")]
    [InlineData("a<1>b", "a<1>b")]
    [InlineData("a<@>b", "a<@>b")]
    [InlineData("a<[>b", "a<[>b")]
    [InlineData("a<{>b", "a<{>b")]
    [InlineData("a< b>c", "a< b>c")]
    public void A_tag_starts_with_an_ASCII_letter_anything_else_is_text(string html, string tokens)
    {
        Assert.Equal(tokens, Tokens(html));
    }

    [Theory]
    [InlineData("a<!--x>y-->b", 6)]
    [InlineData("a<!--x>y-->b", 8)]
    [InlineData("a<?x>b", 4)]
    [InlineData("a<?xy>b", 4)]
    [InlineData("a<noscript>x</td>y</noscript>b", 14)]
    [InlineData("a<noscript>x</td>y</noscript>b", 19)]
    public void A_comment_or_raw_text_that_a_limit_cuts_goes_on_in_the_next_call(string html, int limit)
    {
        // The HTML blocks of a page are read in turn, each up to its end: what one opens, a later one may close.
        var expected = html.Contains("noscript") ? "a[noscript][/noscript]b" : "ab";
        Assert.Equal(expected, Tokens(html, limit, html.Length));
    }

    [Fact]
    public void InMarkup_is_false_inside_a_comment_or_raw_text_and_true_again_after_it()
    {
        var tokenizer = new HtmlTokenizer("<!--x-->y<noscript>z</noscript>w");
        var states = new List<bool>();
        foreach (var limit in new[] { 3, 9, 20, 32 })
        {
            while (tokenizer.Next(limit).Kind != HtmlTokenKind.None)
            {
            }

            states.Add(tokenizer.InMarkup);
        }

        Assert.Equal(new[] { false, true, false, true }, states);
    }

    private static string Tokens(string html, params int[] limits)
    {
        var tokenizer = new HtmlTokenizer(html);
        var rendered = new StringBuilder();
        foreach (var limit in limits.Length == 0 ? new[] { html.Length } : limits)
        {
            for (var token = tokenizer.Next(limit); token.Kind != HtmlTokenKind.None; token = tokenizer.Next(limit))
            {
                if (token.Kind == HtmlTokenKind.Text)
                {
                    rendered.Append(token.Source, token.Start, token.Length);
                }
                else
                {
                    rendered.Append('[').Append(token.Tag.IsEnd ? "/" : string.Empty).Append(token.Tag.Name).Append(token.Tag.IsComplete ? string.Empty : "…").Append(']');
                }
            }
        }

        return rendered.ToString();
    }
}
