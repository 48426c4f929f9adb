using System.Linq;
using Ebet.StatusCodes.Generator.Binding;
using Ebet.StatusCodes.Generator.Diagnostics;
using Ebet.StatusCodes.Generator.Model;
using Xunit;
using static Ebet.StatusCodes.Generator.Tests.Binding.BindingInputs;

namespace Ebet.StatusCodes.Generator.Tests.Binding;

/// <summary>Classes and notes from the overlay, and where it has drifted from the page.</summary>
public class OverlayRowsTests
{
    [Fact]
    public void Rows_give_classes_and_notes_and_drift_is_reported_where_it_is()
    {
        var table = Page("| Code | Description |\n| - | - |\n| 1 | one |\n| 2 | two, reworded |\n| 3 | three |\n").Tables.Single();
        var section = ((OverlayFile)Overlay(
            "| Code | Member | Class | Vendor text | Notes |\n| - | - | - | - | - |\n| 1 | One | retryable | one | why |\n| 2 | Two | Fatal | two | |\n| 3 | Three | Sometimes | | |\n| 9 | Gone | Fatal | nine | |\n").File!).Sections.Single();
        var diagnostics = new DiagnosticBag();

        var described = OverlayRows.For(section).Describe(table, "codes.md", diagnostics);

        Assert.Equal(new[] { (StatusClass.Retryable, "why"), (StatusClass.Fatal, string.Empty), (StatusClass.Unknown, string.Empty) }, described);
        Assert.Equal(new[] { ("EBSC015", 3), ("EBSC012", 4), ("EBSC013", 5) }, diagnostics.Items.Select(item => (item.Id, item.Location!.Value.StartLine)));
        Assert.Equal(("two, reworded", "two"), (diagnostics.Items[0].Arguments[1], diagnostics.Items[0].Arguments[2]));
        Assert.EndsWith("(code 3 is left unclassified)", Message(diagnostics.Items[1]), System.StringComparison.Ordinal);
        Assert.Equal(("9", "Gone"), (diagnostics.Items[2].Arguments[0], diagnostics.Items[2].Arguments[1]));
    }

    [Fact]
    public void Without_a_section_every_code_is_unclassified_and_nothing_is_said()
    {
        var table = Page("| Code | Description |\n| - | - |\n| 1 | one |\n").Tables.Single();
        var diagnostics = new DiagnosticBag();

        Assert.Equal(new[] { (StatusClass.Unknown, string.Empty) }, OverlayRows.For(null).Describe(table, "codes.md", diagnostics));
        Assert.Empty(diagnostics.Items);
    }
}
