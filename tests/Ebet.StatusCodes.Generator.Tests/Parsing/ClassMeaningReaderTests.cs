using System.Linq;
using Ebet.StatusCodes.Generator.Diagnostics;
using Ebet.StatusCodes.Generator.Model;
using Ebet.StatusCodes.Generator.Parsing;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Parsing;

/// <summary>An overlay's table of what each class means for the vendor's callers.</summary>
public class ClassMeaningReaderTests
{
    private static MarkdownTable Table(string markdown) => MarkdownFile.Read("/p/codes.overlay.md", markdown, default).Tables.Single();

    [Theory]
    [InlineData("| Class | Meaning |\n| - | - |\n| Retryable | Try again. |\n", true)]
    [InlineData("| 含义 | 类别 |\n| - | - |\n| 再试 | Retryable |\n", true)]
    [InlineData("| Meaning | Class |\n| - | - |\n| Try again. | Retryable |\n", true)]
    [InlineData("| Class | Notes |\n| - | - |\n| Retryable | Try again. |\n", false)]
    [InlineData("| Member | Meaning |\n| - | - |\n| Busy | Try again. |\n", false)]
    public void A_table_is_one_when_it_has_both_a_class_and_a_meaning_column_in_any_order(string markdown, bool expected)
    {
        Assert.Equal(expected, ClassMeaningReader.IsClassMeaningTable(Table(markdown)));
    }

    [Fact]
    public void Each_row_gives_its_class_and_meaning_under_the_table_s_heading()
    {
        var diagnostics = new DiagnosticBag();

        var meanings = ClassMeaningReader.Read(Table("## Wallet\n\n| Meaning | Class |\n| - | - |\n| Try again. | Retryable |\n| Stop. | Fatal |\n"), diagnostics).ToList();

        Assert.Equal(
            new[] { new ClassMeaning("Wallet", StatusClass.Retryable, "Try again."), new ClassMeaning("Wallet", StatusClass.Fatal, "Stop.") },
            meanings);
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void An_unknown_class_is_reported_at_its_cell_and_a_row_without_meaning_gives_nothing()
    {
        var diagnostics = new DiagnosticBag();

        var meanings = ClassMeaningReader.Read(Table("| Class | Meaning |\n| - | - |\n| Sometimes | Maybe. |\n| Fatal | |\n"), diagnostics).ToList();

        Assert.Empty(meanings);
        var unknown = Assert.Single(diagnostics.Items);
        Assert.Equal(("EBSC012", 2), (unknown.Id, unknown.Location!.Value.StartLine));
        Assert.Equal("Sometimes", unknown.Arguments[0]);
    }
}
