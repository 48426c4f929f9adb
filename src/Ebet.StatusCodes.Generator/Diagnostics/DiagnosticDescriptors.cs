using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Ebet.StatusCodes.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports, in one place. IDs are stable and listed in
/// AnalyzerReleases.*.md and in docs/diagnostics.md, which has a section per ID (## EBSC004, whose
/// anchor is #ebsc004): each help link opens its own. Messages say what is wrong and how to fix it;
/// locations point at the offending cell.
/// </summary>
internal static class DiagnosticDescriptors
{
    public const string Category = "Ebet.StatusCodes";
    public const string HelpBase = ProjectInfo.RepositoryUrl + "/blob/main/docs/diagnostics.md#";

    // ---- The vendor's page ------------------------------------------------------------------

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

    public static readonly DiagnosticDescriptor EmptyDescription = Error(
        "EBSC008",
        "Status code has an empty description",
        "Code {0} has an empty description; every code needs the vendor's text (the row is left out)");

    // ---- The overlay: member names and classes ----------------------------------------------

    public static readonly DiagnosticDescriptor InvalidMemberName = Error(
        "EBSC010",
        "Member name is not a valid C# identifier",
        "'{0}' is not a valid C# identifier for code {1}: use letters, digits and underscores, starting with a letter (the code gets the fallback name {2})");

    public static readonly DiagnosticDescriptor DuplicateMemberName = Error(
        "EBSC011",
        "Member name used twice",
        "'{0}' is already the name of code {1}; give code {2} a name of its own (it gets the fallback name {3})");

    public static readonly DiagnosticDescriptor UnknownClass = Error(
        "EBSC012",
        "Unknown status class",
        "'{0}' is not a status class; use one of Success, Pending, Indeterminate, Retryable, Rejected, Fatal (code {1} is left unclassified)");

    public static readonly DiagnosticDescriptor StaleOverlayRow = Warning(
        "EBSC013",
        "Overlay row for a code the page no longer lists",
        "The overlay has a row for code {0} ({1}), but {2} no longer lists it: delete the row, or find the code the vendor renumbered it to");

    public static readonly DiagnosticDescriptor FallbackMemberName = Warning(
        "EBSC014",
        "Status code has no member name",
        "Code {0} ('{1}') has no name in {2} and is emitted as {3}: {4}");

    public static readonly DiagnosticDescriptor RewordedCode = Warning(
        "EBSC015",
        "The vendor reworded a status code",
        "The page now says '{1}' for code {0}, but the overlay row was written for '{2}': check its name, class and messages, then copy the new text into the overlay's description cell");

    public static readonly DiagnosticDescriptor NoOverlay = Warning(
        "EBSC016",
        "Catalog has no overlay",
        "{0} has no overlay file {1}: its {2} codes get fallback names (Code200, CodeMinus1, ...) and no class; create the overlay with a '| Code | Member | Class |' table to name and classify them");

    public static readonly DiagnosticDescriptor MissingColumn = Error(
        "EBSC017",
        "Table lacks a required column",
        "The table in {0} has no {1} column (looked for {2}); add the column, or the table is ignored");

    // ---- Culture files ------------------------------------------------------------------------

    public static readonly DiagnosticDescriptor CultureMissingCode = Warning(
        "EBSC020",
        "Culture file has no message for a code",
        "{0} has no message for code {1} ('{2}'); GetMessage falls back to the {3} text: add the row '| {1} | <message> |'");

    public static readonly DiagnosticDescriptor CultureUnknownCode = Warning(
        "EBSC021",
        "Culture file has a message for a code the page lacks",
        "{0} has a message for code {1}, which the page does not list: delete the row, or find the code the vendor renumbered it to");

    public static readonly DiagnosticDescriptor InvalidCultureTag = Error(
        "EBSC022",
        "Invalid culture tag",
        "'{0}' ({1}) is not a culture tag of the form language[-Script][-REGION], such as en, zh-Hant or pt-BR; rename it (it is ignored)");

    public static readonly DiagnosticDescriptor InvalidMessageTemplate = Error(
        "EBSC023",
        "Invalid unknown-code message",
        "The unknown-code-message '{0}' must contain the placeholder {{0}} exactly once, where the number goes (the default message is used)");

    // ---- Configuration ------------------------------------------------------------------------

    public static readonly DiagnosticDescriptor InvalidTypeName = Error(
        "EBSC030",
        "Invalid enum name",
        "'{0}' (the StatusCodeEnum metadata of {1}) is not a valid C# type name; use letters, digits and underscores, starting with a letter");

    public static readonly DiagnosticDescriptor InvalidNamespace = Error(
        "EBSC031",
        "Invalid namespace",
        "'{0}' (the namespace for {1}) is not a valid C# namespace; set StatusCodeNamespace to dot-separated identifiers");

    public static readonly DiagnosticDescriptor DuplicateType = Error(
        "EBSC032",
        "Two catalogs would emit the same type",
        "{0} would be generated both for {1} and for {2}; give one of the catalogs another StatusCodeEnum or StatusCodeNamespace (the second is not generated)");

    public static readonly DiagnosticDescriptor OtherTablesFound = Info(
        "EBSC033",
        "The page has more status tables",
        "{0} has {1} status tables and the catalog {2} uses the first, '{3}'; the others are {4}: select a table with the StatusCodeTable metadata (its heading or its 1-based position), and list more enums to generate one per table");

    public static readonly DiagnosticDescriptor TableSelectionNotFound = Error(
        "EBSC034",
        "Selected table not found",
        "{0} has no status table matching '{1}' for {2}; its status tables are {3}: set StatusCodeTable to one of those headings or to a 1-based position");

    public static readonly DiagnosticDescriptor CatalogListMismatch = Error(
        "EBSC035",
        "Catalog lists differ in length",
        "{0} lists {1} enums in StatusCodeEnum but {2} tables in StatusCodeTable; give one table per enum, in the same order");

    public static readonly DiagnosticDescriptor MalformedHtmlTable = Error(
        "EBSC036",
        "Malformed HTML table",
        "The HTML table cannot be read: {0}");

    public static readonly DiagnosticDescriptor TextCodes = Error(
        "EBSC037",
        "Status codes are not numbers",
        "The table {0} has text codes such as '{1}' and no integer code: an enum needs integer values, so this table is not generated (the generator supports integer codes only; a vendor's string codes need a lookup of their own)");

    public static readonly DiagnosticDescriptor MessageColumnNotFound = Warning(
        "EBSC038",
        "Message column not found",
        "StatusCodeMessageColumns names '{0}', but the table {1} has no column titled '{2}': the {3} messages fall back to culture files and the neutral culture; write entries as culture=column title, separated by commas");

    public static readonly DiagnosticDescriptor EmptyTable = Warning(
        "EBSC039",
        "Status table lists no codes",
        "The table {0} has a header but no rows: the enum {1} is generated without members; paste the vendor's rows, or select another table");

    // ---- The generator itself -----------------------------------------------------------------

    public static readonly DiagnosticDescriptor UnexpectedFailure = Error(
        "EBSC099",
        "The status-code generator failed",
        "The status-code generator failed while reading {0}: {1}: {2}; nothing was generated from this file, please report it with the file attached");

    private static readonly Dictionary<string, DiagnosticDescriptor> s_byId =
        typeof(DiagnosticDescriptors)
            .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
            .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
            .ToDictionary(descriptor => descriptor.Id);

    public static IEnumerable<DiagnosticDescriptor> All => s_byId.Values.OrderBy(descriptor => descriptor.Id, System.StringComparer.Ordinal);

    public static DiagnosticDescriptor ById(string id) => s_byId[id];

    private static DiagnosticDescriptor Error(string id, string title, string message)
        => Create(id, title, message, DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Warning(string id, string title, string message)
        => Create(id, title, message, DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Info(string id, string title, string message)
        => Create(id, title, message, DiagnosticSeverity.Info);

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity)
        => new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());
}
