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
        "'{0}' is not an integer status code; write the code as decimal digits with an optional leading minus sign (the row is left out)");

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
        "This row has {0} cells but the table's header has {1}: {2}");

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
        "{0} has no status table matching '{1}' for {2}; its status tables are {3}: set StatusCodeTable to one of those headings or to a 1-based position");

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
}
