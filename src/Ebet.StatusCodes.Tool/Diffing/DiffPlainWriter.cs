using System.IO;

namespace Ebet.StatusCodes.Tool.Diffing;

/// <summary>
/// A diff for a pipe or a file: a header, then one tab-separated record per change
/// (<c>table, change, code, old, new</c>), so that grep finds whole records and cut finds columns.
/// Texts never hold a tab or a line break (the cell text rule makes every run of whitespace one space).
/// </summary>
internal static class DiffPlainWriter
{
    public const string Header = "table\tchange\tcode\told\tnew";

    public static void Write(PageDiff diff, TextWriter output)
    {
        output.WriteLine(Header);
        foreach (var record in DiffRecord.Of(diff))
        {
            output.WriteLine(string.Join('\t', record.Table, record.Change, record.CodeText, record.Old, record.New));
        }
    }
}
