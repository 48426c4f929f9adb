using System.Linq;
using Ebet.StatusCodes.Tool.Documents;
using Ebet.StatusCodes.Tool.Syncing;
using Xunit;

namespace Ebet.StatusCodes.Tool.Tests.Syncing;

public sealed class UnifiedDiffTests
{
    [Fact]
    public void A_line_added_after_a_last_line_without_a_break_shows_that_line_changed_and_the_marker()
    {
        var edits = new LineEdits(new TextDocument("x.md", "a\nb", HasBom: false));
        edits.InsertBefore(2, new[] { "c" });

        var diff = UnifiedDiff.Write("x.md", "x.md", edits.Compare());

        Assert.Equal("--- a/x.md\n+++ b/x.md\n@@ -1,2 +1,3 @@\n a\n-b\n\\ No newline at end of file\n+b\n+c\n\\ No newline at end of file\n", diff);
    }

    [Fact]
    public void A_new_file_is_compared_with_dev_null()
    {
        var edits = new LineEdits(new TextDocument("x.md", string.Empty, HasBom: false));
        edits.InsertBefore(0, new[] { "a", "b" });

        Assert.Equal("--- /dev/null\n+++ b/x.md\n@@ -0,0 +1,2 @@\n+a\n+b\n", UnifiedDiff.Write(null, "x.md", edits.Compare()));
    }

    [Fact]
    public void Changes_far_apart_are_two_hunks_with_three_lines_of_context_and_near_ones_one()
    {
        var lines = string.Concat(Enumerable.Range(1, 20).Select(number => number + "\n"));
        var edits = new LineEdits(new TextDocument("x.md", lines, HasBom: false));
        edits.Replace(1, "two");
        edits.Replace(5, "six");
        edits.Replace(17, "eighteen");

        var diff = UnifiedDiff.Write("x.md", "x.md", edits.Compare());

        Assert.Equal(2, diff.Split('\n').Count(line => line.StartsWith("@@", System.StringComparison.Ordinal)));
        Assert.Contains("@@ -1,9 +1,9 @@\n 1\n-2\n+two\n 3\n 4\n 5\n-6\n+six\n 7\n 8\n 9\n", diff, System.StringComparison.Ordinal);
        Assert.EndsWith("@@ -15,6 +15,6 @@\n 15\n 16\n 17\n-18\n+eighteen\n 19\n 20\n", diff, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Crlf_lines_are_written_with_lf_so_that_no_carriage_return_reaches_the_terminal()
    {
        var edits = new LineEdits(new TextDocument("x.md", "a\r\nb\r\n", HasBom: false));
        edits.Replace(1, "B");

        Assert.DoesNotContain('\r', UnifiedDiff.Write("x.md", "x.md", edits.Compare()));
    }
}
