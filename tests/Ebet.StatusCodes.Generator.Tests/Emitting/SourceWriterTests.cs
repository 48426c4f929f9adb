using Ebet.StatusCodes.Generator.Emitting;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Emitting;

/// <summary>
/// The writer's array initializers: numbers sixteen to a line, string literals as many to a line as
/// fit, each line at the writer's indentation, every item followed by a comma.
/// </summary>
public class SourceWriterTests
{
    [Fact]
    public void Literals_fill_each_line_up_to_the_width_and_wrap_before_the_literal_that_does_not_fit()
    {
        var writer = new SourceWriter();
        writer.Line("class C").Open().Line("static string[] s =").Literals(new[] { "Alpha", "Beta", "Gamma", "Delta" }, width: 30).Close();

        // "        \"Alpha\", \"Beta\"," is 24 columns; with " \"Gamma\"," it would be 33.
        Assert.Equal(
            "class C\n{\n    static string[] s =\n    {\n        \"Alpha\", \"Beta\",\n        \"Gamma\", \"Delta\",\n    };\n}\n",
            writer.ToString());
    }

    [Fact]
    public void A_line_may_be_exactly_the_width()
    {
        var writer = new SourceWriter();
        writer.Literals(new[] { "ab", "cd" }, width: 14);

        // "    \"ab\", \"cd\"," is 15 columns, with the indentation inside the braces.
        Assert.Equal("{\n    \"ab\",\n    \"cd\",\n};\n", writer.ToString());
        writer = new SourceWriter();
        writer.Literals(new[] { "ab", "cd" }, width: 15);
        Assert.Equal("{\n    \"ab\", \"cd\",\n};\n", writer.ToString());
    }

    [Fact]
    public void A_literal_longer_than_the_width_has_a_line_of_its_own_and_the_next_one_starts_a_new_line()
    {
        var writer = new SourceWriter();
        writer.Literals(new[] { "a", "a_name_longer_than_the_width", "b" }, width: 16);

        Assert.Equal("{\n    \"a\",\n    \"a_name_longer_than_the_width\",\n    \"b\",\n};\n", writer.ToString());
    }

    [Fact]
    public void Literals_are_escaped_and_measured_as_written()
    {
        var writer = new SourceWriter();
        writer.Literals(new[] { "say \"hi\"", "表情" }, width: 20);

        Assert.Equal("{\n    \"say \\\"hi\\\"\",\n    \"表情\",\n};\n", writer.ToString());
    }

    [Fact]
    public void No_literals_give_an_empty_initializer()
    {
        var writer = new SourceWriter();
        writer.Literals(System.Array.Empty<string>());

        Assert.Equal("{\n};\n", writer.ToString());
    }

    [Fact]
    public void Numbers_are_sixteen_to_a_line()
    {
        var numbers = new int[17];
        for (var i = 0; i < numbers.Length; i++)
        {
            numbers[i] = i - 1;
        }

        var writer = new SourceWriter();
        writer.Numbers(numbers);

        Assert.Equal("{\n    -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,\n    15,\n};\n", writer.ToString());
    }
}
