using System.Linq;
using Ebet.StatusCodes.Generator.Binding;
using Ebet.StatusCodes.Generator.Diagnostics;
using Ebet.StatusCodes.Generator.Model;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Binding;

/// <summary>A list of codes split over several tables, read as one.</summary>
public class StatusTableMergerTests
{
    private static FileLocation Line(int line) => new("/p/codes.md", line * 10, 1, line, 0, line, 1);

    private static StatusEntry Entry(int code, int line) => new(code, "text " + code, Line(line), string.Empty, EquatableArray<string>.Empty);

    private static StatusTable Table(string heading, int position, StatusEntry[] entries, params DiagnosticInfo[] diagnostics)
        => new(heading, position, Line(entries[0].Location.StartLine - 2), new EquatableArray<StatusEntry>(entries), new EquatableArray<DiagnosticInfo>(diagnostics));

    [Fact]
    public void Rows_follow_page_order_and_a_code_repeated_in_a_later_table_is_reported_there_and_left_out()
    {
        var first = Table("Wallet", 1, new[] { Entry(1, 3), Entry(2, 4) });
        var second = Table("Games", 2, new[] { Entry(3, 9), Entry(1, 10) });

        var merged = StatusTableMerger.Merge(new[] { first, second });

        Assert.Equal(new[] { 1, 2, 3 }, merged.Entries.Select(entry => entry.Code));
        var duplicate = Assert.Single(merged.Diagnostics);
        Assert.Equal(("EBSC006", 10), (duplicate.Id, duplicate.Location!.Value.StartLine));
        Assert.Equal(new[] { "1", "4" }, duplicate.Arguments);
        Assert.Equal(("Wallet", 1), (merged.Heading, merged.Position));
    }

    [Fact]
    public void What_each_table_reported_about_its_own_rows_is_kept()
    {
        var badRowInFirst = DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateCode, Line(5), 2, 4);
        var badRowInSecond = DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateCode, Line(11), 3, 9);
        var first = Table("Wallet", 1, new[] { Entry(1, 3), Entry(2, 4) }, badRowInFirst);
        var second = Table("Games", 2, new[] { Entry(3, 9) }, badRowInSecond);

        var merged = StatusTableMerger.Merge(new[] { first, second });

        Assert.Equal(new[] { badRowInFirst, badRowInSecond }, merged.Diagnostics);
    }

    [Fact]
    public void A_single_table_is_returned_as_it_is()
    {
        var only = Table("Wallet", 1, new[] { Entry(1, 3) });

        Assert.Same(only, StatusTableMerger.Merge(new[] { only }));
    }
}
