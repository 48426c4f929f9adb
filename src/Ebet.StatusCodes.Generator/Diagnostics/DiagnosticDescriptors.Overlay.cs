using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ebet.StatusCodes.Generator.Model;
using Microsoft.CodeAnalysis;

namespace Ebet.StatusCodes.Generator.Diagnostics;

/// <summary>Diagnostics about the overlay (<c>stem.overlay.md</c>): member names, classes, drift, and side-file tables in general.</summary>
internal static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor InvalidMemberName = Error(
        "EBSC010",
        "Member name cannot be used",
        "'{0}' cannot name code {1}: {2} (the code gets the fallback name {3})");

    public static readonly DiagnosticDescriptor DuplicateMemberName = Error(
        "EBSC011",
        "Member name used twice",
        "'{0}' is already the name of code {1}; give code {2} a name of its own (it gets the fallback name {3})");

    public static readonly DiagnosticDescriptor UnknownClass = Error(
        "EBSC012",
        "Unknown status class",
        "'{0}' is not a status class; use one of Success, Pending, Indeterminate, Retryable, Rejected, Fatal ({1})");

    /// <summary>The ends of <see cref="UnknownClass"/>'s message: what becomes of the row.</summary>
    public static class UnknownClassEffect
    {
        public const string RowIgnored = "the row is ignored";

        public static string CodeUnclassified(int code) => "code " + code.ToString(CultureInfo.InvariantCulture) + " is left unclassified";
    }

    public static readonly DiagnosticDescriptor StaleOverlayRow = Warning(
        "EBSC013",
        "Overlay row for a code the page no longer lists",
        "The overlay has a row for code {0} ({1}), but {2} no longer lists it: delete the row, or find the code the vendor renumbered it to");

    /// <summary>What <see cref="StaleOverlayRow"/> calls a row without a name.</summary>
    public const string StaleRowWithoutName = "no name";

    public static readonly DiagnosticDescriptor FallbackMemberName = Warning(
        "EBSC014",
        "Status code has no member name",
        "Code {0} ('{1}') has no name in {2} and is emitted as {3}: {4}");

    /// <summary>The ends of <see cref="FallbackMemberName"/>'s message.</summary>
    public static class FallbackMemberNameFix
    {
        public const string NameTheRow = "write a name in the Member column of its row";

        public static string AddRow(int code)
            => "add the row '| " + code.ToString(CultureInfo.InvariantCulture) + " | <MemberName> | <Class> |' to name and classify it";
    }

    public static readonly DiagnosticDescriptor RewordedCode = Warning(
        "EBSC015",
        "The vendor reworded a status code",
        "The page now says '{1}' for code {0}, but the overlay row was written for '{2}': check its name, class and messages, then copy the new text into the overlay's description cell");

    public static readonly DiagnosticDescriptor NoOverlay = Info(
        "EBSC016",
        "Catalog has no overlay",
        "{0} has no overlay file {1}: the enum has fallback names ({3}) and no class for {2}; to name and classify them, create {1} with a table such as '| Code | Member | Class |' and a row per code ('| {4} | <MemberName> | <Class> |')");

    /// <summary>How <see cref="NoOverlay"/> lists the fallback names: the first few, then an ellipsis.</summary>
    public static string FallbackNames(IReadOnlyList<string> names)
        => string.Join(", ", names.Take(3)) + (names.Count > 3 ? ", ..." : string.Empty);

    public static readonly DiagnosticDescriptor MissingColumn = Error(
        "EBSC017",
        "Table lacks a required column",
        "The table in {0} has no {1} column (looked for {2}); add the column, or the table is ignored");

    /// <summary>How <see cref="MissingColumn"/> names the column a side table lacks.</summary>
    public static class MissingColumnName
    {
        public const string Code = "code";
        public const string Member = "member-name";
        public const string Message = "message";
    }

    public static readonly DiagnosticDescriptor SideContentForNoCatalog = Warning(
        "EBSC043",
        "Side-file content for no catalog",
        "{0} in {1} is for none of the catalogs of {2} ({3}) and is not read: {4}");

    /// <summary>The parts of <see cref="SideContentForNoCatalog"/>'s message.</summary>
    public static class SideContentForNoCatalogParts
    {
        public const string HeadingFix = "put it under a heading that is one of those enum names";
        public const string KeyFix = "end the key with one of those enum names, or drop the suffix to give the message to every catalog";

        public static string Table(string heading, FileLocation location) => "The table " + TableName(heading, location);

        public static string Key(string key) => "The front-matter key '" + key + "'";
    }

    public static readonly DiagnosticDescriptor SideFileOfNoCatalog = Info(
        "EBSC044",
        "Side file of no catalog",
        "{0} is named like {1} of {2}, but {2} is not a catalog, so it is not read: to read {0} as a page of its own, name it without the second dot (for example {3}); to make {2} a catalog, give it a table of codes and descriptions");

    /// <summary>How <see cref="SideFileOfNoCatalog"/> names what the file looks like.</summary>
    public static string SideFileKind(string cultureTag)
        => cultureTag.Length == 0 ? "the overlay" : "the '" + cultureTag + "' culture file";
}
