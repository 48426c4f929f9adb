using System.Linq;
using Ebet.StatusCodes.Generator.Model;
using Ebet.StatusCodes.Generator.Parsing;

namespace Ebet.StatusCodes.Generator.Tests.Parsing;

/// <summary>Shortcuts for reading a page the way the generator does, without a compilation.</summary>
internal static class PageReading
{
    public static ParsedPage Read(string text, string path = "/project/spec/page.md", string codeColumn = "", string descriptionColumn = "", string nameColumn = "", params MessageColumn[] messageColumns)
        => StatusPageReader.Read(Request(path, codeColumn, descriptionColumn, nameColumn, messageColumns), text, default);

    public static PageRequest Request(string path = "/project/spec/page.md", string codeColumn = "", string descriptionColumn = "", string nameColumn = "", params MessageColumn[] messageColumns)
        => new(
            path,
            new ColumnTitleOverrides(codeColumn, descriptionColumn, nameColumn),
            new EquatableArray<MessageColumn>(messageColumns),
            new EquatableArray<CatalogConfig>(new[] { new CatalogConfig("Codes", "Test", string.Empty, string.Empty, string.Empty) }),
            EquatableArray<DiagnosticInfo>.Empty);

    /// <summary>The tables and front matter of a markdown file, as the generator's readers get them.</summary>
    public static MarkdownFile File(string markdown) => MarkdownFile.Read("/p.md", markdown, default);

    /// <summary>The text of every body row's cells.</summary>
    public static string[][] Rows(MarkdownTable table) => table.Rows.Select(row => row.Cells.Select(cell => cell.Text).ToArray()).ToArray();

    public static (int Code, string Description)[] Entries(StatusTable table)
        => table.Entries.Select(entry => (entry.Code, entry.Description)).ToArray();

    public static string[] DiagnosticIds(ParsedPage page)
        => page.Diagnostics.Concat(page.Tables.SelectMany(table => table.Diagnostics)).Select(diagnostic => diagnostic.Id).ToArray();
}
