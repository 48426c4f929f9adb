using Ebet.StatusCodes.Generator.Parsing;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Parsing;

/// <summary>The YAML front matter a culture file starts with: one level of key: value, quotes optional.</summary>
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
}
