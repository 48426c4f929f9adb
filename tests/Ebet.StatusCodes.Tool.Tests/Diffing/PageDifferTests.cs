using System.Linq;
using Ebet.StatusCodes.Tool.Diffing;
using Xunit;

namespace Ebet.StatusCodes.Tool.Tests.Diffing;

public sealed class PageDifferTests
{
    [Fact]
    public void Codes_are_added_removed_or_reworded_and_listed_by_number()
    {
        var changes = PageDiffer.CodeChanges(
            new[] { new PageCode(3, "three"), new PageCode(1, "one"), new PageCode(2, "two") },
            new[] { new PageCode(4, "four"), new PageCode(1, "ONE"), new PageCode(3, "three") });

        Assert.Equal(
            new[] { new CodeChange(CodeChangeKind.Reworded, 1, "one", "ONE"), new CodeChange(CodeChangeKind.Removed, 2, "two", null), new CodeChange(CodeChangeKind.Added, 4, null, "four") },
            changes);
    }

    [Fact]
    public void Heading_form_columns_and_position_are_each_a_change_of_format()
    {
        var before = new PageTable("Codes", 1, TableForm.Pipe, new[] { "Code", "Description" }, new[] { new PageCode(1, "one") });
        var after = new PageTable("Status codes", 2, TableForm.Html, new[] { "代码", "描述" }, new[] { new PageCode(1, "one") });

        var diff = PageDiffer.Compare(before, after);

        Assert.Equal(
            new[] { FormatAspect.Heading, FormatAspect.Form, FormatAspect.Columns, FormatAspect.Position },
            diff.FormatChanges.Select(change => change.Aspect));
        Assert.Equal(("pipe", "html"), (diff.FormatChanges[1].OldValue, diff.FormatChanges[1].NewValue));
        Assert.Empty(diff.CodeChanges);
        Assert.Equal(TableStatus.Changed, diff.Status);
    }

    [Fact]
    public void The_same_table_is_unchanged()
    {
        var table = new PageTable(string.Empty, 1, TableForm.Pipe, new[] { "Code" }, new[] { new PageCode(1, "one") });

        Assert.Equal(TableStatus.Unchanged, PageDiffer.Compare(table, table).Status);
        Assert.Equal("#1", table.Label);
    }
}
