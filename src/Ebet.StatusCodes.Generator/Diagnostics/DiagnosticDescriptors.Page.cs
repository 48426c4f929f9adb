using Microsoft.CodeAnalysis;

namespace Ebet.StatusCodes.Generator.Diagnostics;

/// <summary>Diagnostics about the vendor's page: its tables, their columns and their rows.</summary>
internal static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor NoStatusTable = Error(
        "EBSC001",
        "No status table in the catalog file",
        "{0} has no table with both a code column and a description column (looked for code columns titled {1}, and description columns titled {2}); give the columns one of those titles, or name them with the StatusCodeCodeColumn and StatusCodeDescriptionColumn metadata");

    public static readonly DiagnosticDescriptor MissingCodeColumn = Error(
        "EBSC002",
        "The status table has no code column",
        "The table {0} has a description column but no code column (looked for {1}); title the code column one of those, or set the StatusCodeCodeColumn metadata to its title");

    public static readonly DiagnosticDescriptor MissingDescriptionColumn = Error(
        "EBSC003",
        "The status table has no description column",
        "The table {0} has a code column but no description column (looked for {1}); title the description column one of those, or set the StatusCodeDescriptionColumn metadata to its title");

    public static readonly DiagnosticDescriptor CodeNotInteger = Error(
        "EBSC004",
        "Status code is not an integer",
        "'{0}' is not an integer status code: {1} (the row is left out)");

    /// <summary>What <see cref="CodeNotInteger"/> advises for each shape of cell.</summary>
    public static string CodeNotIntegerFix(Parsing.NotIntegerShape shape) => shape switch
    {
        Parsing.NotIntegerShape.Range => "ranges are not supported: write one row per code",
        Parsing.NotIntegerShape.Hexadecimal => "write the code in decimal digits",
        Parsing.NotIntegerShape.OtherDigits => "write the code with the ASCII digits 0 to 9",
        Parsing.NotIntegerShape.Separators => "write the code's digits without separators",
        Parsing.NotIntegerShape.NumberAndText => "write the code alone in its cell, and its text in the description column",
        _ => "write the code as decimal digits with an optional leading minus sign",
    };

    public static readonly DiagnosticDescriptor CodeOutOfRange = Error(
        "EBSC005",
        "Status code is out of range",
        "{0} does not fit in a 32-bit signed integer ({1} to {2}) and cannot be an enum member (the row is left out)");

    public static readonly DiagnosticDescriptor DuplicateCode = Error(
        "EBSC006",
        "Status code listed twice",
        "Code {0} is listed again; it was first listed on line {1}: keep one of the two rows (this one is left out)");

    public static readonly DiagnosticDescriptor RowCellCount = Warning(
        "EBSC007",
        "Table row has missing or extra cells",
        "This row has {0} but the table's header has {1}: {2}");

    /// <summary>The ends of <see cref="RowCellCount"/>'s message.</summary>
    public static class RowCellCountFix
    {
        public const string MissingCells = "the missing cells are read as empty; add them, or check for a '|' that should be written '\\|'";
        public const string ExtraCells = "the extra cells are ignored; remove them, or write a '|' inside a cell as '\\|'";
    }

    public static readonly DiagnosticDescriptor EmptyDescription = Error(
        "EBSC008",
        "Status code has an empty description",
        "Code {0} has an empty description; every code needs the vendor's text (the row is left out)");

    public static readonly DiagnosticDescriptor OtherTablesFound = Info(
        "EBSC033",
        "The page has more status tables",
        "{0} has {1} status tables and the catalog {2} uses the first, '{3}'; the others are {4}: select a table with the StatusCodeTable metadata (its heading or its 1-based position), and list more enums to generate one per table");

    public static readonly DiagnosticDescriptor TableSelectionNotFound = Error(
        "EBSC034",
        "Selected table not found",
        "{0} has no status table matching '{1}' for {2}; its status tables are {3}: set StatusCodeTable to one of those headings, a 1-based position or a range such as 1-3, joined by + to read several as one list");

    public static readonly DiagnosticDescriptor MalformedHtmlTable = Error(
        "EBSC036",
        "Malformed HTML table",
        "The HTML table cannot be read: {0}");

    public static readonly DiagnosticDescriptor TextCodes = Error(
        "EBSC037",
        "Status codes are not numbers",
        "The table {0} has text codes such as '{1}' and no integer code: an enum needs integer values, so this table is not generated (the generator supports integer codes only; a vendor's string codes need a lookup of their own)");

    public static readonly DiagnosticDescriptor EmptyTable = Warning(
        "EBSC039",
        "Status table lists no codes",
        "The table {0} has a header but no rows: the enum {1} is generated without members; paste the vendor's rows, or select another table");

    public static readonly DiagnosticDescriptor ColumnChosenByPosition = Warning(
        "EBSC050",
        "Several columns could be the code or description column",
        "The table {0} has several columns that could be its {1} column ({2}) and nothing tells them apart: the leftmost, '{3}', is used; set the {4} metadata to the title of the one to use");

    public static readonly DiagnosticDescriptor ColumnChosenByRule = Info(
        "EBSC051",
        "Column chosen among several",
        "The table {0} has several columns that could be its {1} column ({2}): '{3}' is used because {4}; set the {5} metadata to the title of another to use it");

    /// <summary>How EBSC050 and EBSC051 name a column's role.</summary>
    public static class ColumnChoiceParts
    {
        public const string Code = "code";
        public const string Description = "description";
    }

    /// <summary>The rules EBSC051 gives as the reason for its choice.</summary>
    public static class ColumnChoiceReason
    {
        public const string MostIntegers = "it holds the most integer codes";
        public const string ClearTitle = "its title names a code and nothing else";
        public const string NoEmptyCells = "it has the fewest empty cells";

        public static string PageCulture(string culture) => "its title is in the page's culture (" + culture + ", StatusCodeCulture)";
    }

    public static readonly DiagnosticDescriptor NotACatalog = Info(
        "EBSC042",
        "A spec file that is not a status-code page",
        "{0} is not read as a status-code page: {1}; to make it one, title a table's columns with a known code title and description title (or name them with the StatusCodeCodeColumn and StatusCodeDescriptionColumn metadata); to leave it out of the generator, set StatusCodeConvention=\"false\" on its AdditionalFiles item");

    /// <summary>Why <see cref="NotACatalog"/> found no status table.</summary>
    public static class NotACatalogReason
    {
        public const string NoColumns = "none of its tables has both a code column and a description column";

        public static string TextCodes(string table, string code) => "its table " + table + " lists text codes such as '" + code + "', not integers";
    }

    public static readonly DiagnosticDescriptor MoreOfTheSameList = Warning(
        "EBSC052",
        "The page has more tables of the same list",
        "{0} has {1} like the first, which is all {2} reads: {3}, with the first's heading or columns and none of its codes, as the parts of one list split over several tables have; set StatusCodeTable=\"{4}\" to read them as one list, or set StatusCodeTable to the table you want");

    public static readonly DiagnosticDescriptor UnreadableMarkdown = Error(
        "EBSC045",
        "A cell cannot be read as GitHub shows it",
        "This cell (or heading) cannot be read as GitHub shows it: {0}; nothing is generated from {1}: simplify its markdown, or write its text plain");
}
