using System.Linq;
using Ebet.StatusCodes.Generator.Parsing;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Parsing;

/// <summary>
/// What a markdown file holds for the generator: the YAML front matter a culture file starts with
/// (one level of key: value, quotes optional), and the heading each table is labelled with.
/// </summary>
public class MarkdownFileTests
{
    private static MarkdownFile Read(string frontMatter) => MarkdownFile.Read("/p.md", "---\n" + frontMatter + "\n---\n\n| Code | Message |\n| - | - |\n| 1 | one |\n", default);

    [Theory]
    [InlineData("key: \"Unknown {0}.\"", "Unknown {0}.")]
    [InlineData("key: 'Unknown {0}.'", "Unknown {0}.")]
    [InlineData("key: Unknown {0}.", "Unknown {0}.")]
    [InlineData("key: \"\"", "")]
    [InlineData("key: \"", "\"")]
    [InlineData("key: \"half", "\"half")]
    [InlineData("key: half\"", "half\"")]
    [InlineData("key: 'mixed\"", "'mixed\"")]
    [InlineData("key: a: b", "a: b")]
    public void Values_lose_one_pair_of_matching_quotes(string line, string value)
    {
        Assert.Equal(value, Read(line).FrontMatter["key"].Value);
    }

    [Fact]
    public void Comments_and_lines_without_a_key_are_not_entries()
    {
        var file = Read("# key: commented\n: no key\nplain line\nkey: value");

        Assert.Equal("value", Assert.Single(file.FrontMatter).Value.Value);
    }

    [Fact]
    public void A_value_points_at_its_line()
    {
        var location = Read("first: 1\nkey: value").FrontMatter["key"].Location;

        Assert.Equal((2, 0), (location.StartLine, location.StartColumn));
    }

    [Fact]
    public void A_setext_heading_of_two_lines_labels_its_table_as_GitHub_shows_it()
    {
        var table = MarkdownFile.Read("/p.md", "Wallet\n*codes*\n===\n\n| a | b |\n| - | - |\n| 1 | 2 |\n", default).Tables.Single();

        Assert.Equal("Wallet codes", table.Heading);
    }

    [Fact]
    public void A_heading_of_the_longest_markdown_is_read_as_markdown_and_a_longer_one_as_written()
    {
        var longest = "*a*" + new string('b', InlineOnlyParser.LongestMarkdown - 3);
        const string table = "\n\n| a | b |\n| - | - |\n| 1 | 2 |\n";

        Assert.Equal("a" + new string('b', InlineOnlyParser.LongestMarkdown - 3), MarkdownFile.Read("/p.md", "# " + longest + table, default).Tables.Single().Heading);
        Assert.Equal(longest + "b", MarkdownFile.Read("/p.md", "# " + longest + "b" + table, default).Tables.Single().Heading);
    }

    [Fact]
    public void A_cancelled_build_stops_reading()
    {
        using var cancelled = new System.Threading.CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<System.OperationCanceledException>(() => MarkdownFile.Read("/p.md", "| a | b |\n| - | - |\n| 1 | 2 |\n", cancelled.Token));
    }
}
