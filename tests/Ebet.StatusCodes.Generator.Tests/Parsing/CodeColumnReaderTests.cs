using System.Linq;
using Ebet.StatusCodes.Generator.Diagnostics;
using Ebet.StatusCodes.Generator.Model;
using Ebet.StatusCodes.Generator.Parsing;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Parsing;

/// <summary>The code cell of each row: an integer within int, not seen before in the table.</summary>
public class CodeColumnReaderTests
{
    private static TableCell Cell(string text, int line) => new(text, new FileLocation("/p.md", line * 10, text.Length, line, 2, line, 2 + text.Length));

    [Fact]
    public void Integers_are_counted_in_range_or_not_repeated_or_not_and_the_first_text_code_is_kept()
    {
        var diagnostics = new DiagnosticBag();
        var reader = new CodeColumnReader(diagnostics);
        var cells = new[] { Cell("", 2), Cell("1", 3), Cell("OK", 4), Cell("99999999999", 5), Cell("1", 6), Cell("E2", 7), Cell("2", 8) };

        var read = cells.Select(cell => reader.TryRead(cell, out var code) ? code : (int?)null).ToArray();

        Assert.Equal(new int?[] { null, 1, null, null, null, null, 2 }, read);
        Assert.Equal(4, reader.IntegerCount);
        Assert.Equal("OK", reader.FirstTextCode!.Value.Text);
        Assert.Equal(new[] { "EBSC004", "EBSC004", "EBSC005", "EBSC006", "EBSC004" }, diagnostics.Items.Select(item => item.Id));
        Assert.Equal(new[] { "1", "4" }, diagnostics.Items[3].Arguments);
    }

    [Fact]
    public void Cells_that_are_not_integers_go_to_their_own_bag_when_one_is_given()
    {
        var diagnostics = new DiagnosticBag();
        var notIntegers = new DiagnosticBag();
        var reader = new CodeColumnReader(diagnostics, notIntegers);

        reader.TryRead(Cell("OK", 3), out _);
        reader.TryRead(Cell("99999999999", 4), out _);

        Assert.Equal("EBSC004", Assert.Single(notIntegers.Items).Id);
        Assert.Equal("EBSC005", Assert.Single(diagnostics.Items).Id);
    }
}
