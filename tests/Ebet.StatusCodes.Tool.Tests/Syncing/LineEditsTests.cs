using Ebet.StatusCodes.Tool.Documents;
using Ebet.StatusCodes.Tool.Syncing;
using Xunit;

namespace Ebet.StatusCodes.Tool.Tests.Syncing;

/// <summary>Edits by line keep every other byte: each line's own ending, the byte order mark, the presence or absence of a final line break.</summary>
public sealed class LineEditsTests
{
    [Fact]
    public void Inserted_lines_take_the_files_line_ending_and_untouched_lines_keep_theirs()
    {
        var edits = new LineEdits(new TextDocument("x.md", "a\r\nb\nc\r\n", HasBom: true));

        edits.InsertBefore(1, new[] { "new" });
        var result = edits.Apply();

        Assert.Equal("a\r\nnew\r\nb\nc\r\n", result.Text);
        Assert.True(result.HasBom);
    }

    [Fact]
    public void Lines_added_after_a_last_line_without_a_line_break_leave_the_file_without_one()
    {
        var edits = new LineEdits(new TextDocument("x.md", "a\nb", HasBom: false));

        edits.InsertBefore(2, new[] { "c", "d" });

        Assert.Equal("a\nb\nc\nd", edits.Apply().Text);
    }

    [Fact]
    public void Deleting_the_last_line_of_a_file_without_a_final_line_break_takes_the_break_off_the_new_last_line()
    {
        var edits = new LineEdits(new TextDocument("x.md", "a\nb\nc", HasBom: false));

        edits.Delete(2);

        Assert.Equal("a\nb", edits.Apply().Text);
    }

    [Fact]
    public void A_replaced_line_keeps_its_ending_and_a_deleted_line_goes_with_its_own()
    {
        var edits = new LineEdits(new TextDocument("x.md", "a\r\nb\nc\r\nd\n", HasBom: false));

        edits.Replace(0, "A");
        edits.Delete(1);

        Assert.Equal("A\r\nc\r\nd\n", edits.Apply().Text);
        Assert.Equal("A", edits.ContentOf(0));
    }

    [Fact]
    public void An_empty_file_gets_its_lines_each_ended()
    {
        var edits = new LineEdits(new TextDocument("x.md", string.Empty, HasBom: false));

        edits.InsertBefore(0, new[] { "# Title", string.Empty, "text" });

        Assert.Equal("# Title\n\ntext\n", edits.Apply().Text);
    }

    [Fact]
    public void No_edit_gives_the_same_text()
    {
        var document = new TextDocument("x.md", "a\r\nb\rc", HasBom: false);

        Assert.Equal(document.Text, new LineEdits(document).Apply().Text);
    }
}
