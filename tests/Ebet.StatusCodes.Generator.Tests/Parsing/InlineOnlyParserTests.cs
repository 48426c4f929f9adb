using Ebet.StatusCodes.Generator.Parsing;
using Markdig;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Parsing;

/// <summary>A cell's markdown parsed as inlines only, with the page's link reference definitions.</summary>
public class InlineOnlyParserTests
{
    private static readonly LinkReferenceDefinitionGroup s_definitions
        = Markdown.Parse("[r]: https://example.com/r\n").GetLinkReferenceDefinitions(false);

    [Theory]
    [InlineData("[余额不足", "\\[余额不足")]
    [InlineData("余额不足[", "余额不足\\[")]
    [InlineData("]1003", "\\]1003")]
    [InlineData("1003]", "1003\\]")]
    [InlineData("[a] ]b [c", "[a] \\]b \\[c")]
    [InlineData("`[` and <a title=\"[\">", "`[` and <a title=\"[\">")]
    [InlineData("\\[a", "\\[a")]
    public void Brackets_that_pair_with_none_are_escaped_and_only_they(string markdown, string expected)
    {
        Assert.Equal(expected, InlineOnlyParser.EscapeUnclosedBrackets(markdown));
    }

    [Theory]
    [InlineData("余额不足")]
    [InlineData("[a](b) and [c]")]
    [InlineData("")]
    public void Text_whose_brackets_all_pair_is_returned_as_it_is(string markdown)
    {
        Assert.Same(markdown, InlineOnlyParser.EscapeUnclosedBrackets(markdown));
    }

    [Fact]
    public void Empty_markdown_has_no_inlines()
    {
        Assert.Null(InlineOnlyParser.Parse(string.Empty, s_definitions));
    }

    [Theory]
    [InlineData("[余额不足][r]")]
    [InlineData("[r]")]
    [InlineData("见 [r]")]
    public void A_reference_to_a_definition_elsewhere_on_the_page_is_a_link_wherever_it_starts(string markdown)
    {
        var withDefinitions = InlineOnlyParser.Parse(markdown, s_definitions)!;
        var without = InlineOnlyParser.Parse(markdown, null)!;

        Assert.Contains(withDefinitions.Descendants<LinkInline>(), link => link.Url == "https://example.com/r");
        Assert.Empty(without.Descendants<LinkInline>());
    }

    [Fact]
    public void Markdown_over_the_limit_is_refused_with_its_length()
    {
        var exception = Assert.Throws<System.ArgumentException>(() => InlineOnlyParser.Parse(new string('x', InlineOnlyParser.LongestMarkdown + 1), null));

        Assert.Contains("4,097 characters", exception.Message, System.StringComparison.Ordinal);
        Assert.NotNull(InlineOnlyParser.Parse(new string('x', InlineOnlyParser.LongestMarkdown), null));
    }
}
