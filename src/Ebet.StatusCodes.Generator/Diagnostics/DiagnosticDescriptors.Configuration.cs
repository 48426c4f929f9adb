using Microsoft.CodeAnalysis;

namespace Ebet.StatusCodes.Generator.Diagnostics;

/// <summary>Diagnostics about the AdditionalFiles item's metadata and the types a catalog generates.</summary>
internal static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor InvalidTypeName = Error(
        "EBSC030",
        "Invalid enum name",
        "'{0}' (the enum name for {1}) cannot name the generated types: {2}; set StatusCodeEnum to another name");

    public static readonly DiagnosticDescriptor InvalidNamespace = Error(
        "EBSC031",
        "Invalid namespace",
        "'{0}' (the namespace for {1}) is not a valid C# namespace; set StatusCodeNamespace to dot-separated identifiers");

    public static readonly DiagnosticDescriptor DuplicateType = Error(
        "EBSC032",
        "Two catalogs would emit the same type",
        "{0} would be generated both for {1} and for {2}; give one of the catalogs another StatusCodeEnum or StatusCodeNamespace (the second is not generated)");

    public static readonly DiagnosticDescriptor CatalogListMismatch = Error(
        "EBSC035",
        "Catalog lists differ in length",
        "{0} lists {1} enums in StatusCodeEnum but {2} tables in StatusCodeTable; give one table per enum, in the same order");

    public static readonly DiagnosticDescriptor MessageColumnNotFound = Warning(
        "EBSC038",
        "Message column not found",
        "StatusCodeMessageColumns names '{0}', but the table {1} has no column titled '{2}': the {3} messages fall back to culture files and the neutral culture; write entries as culture=column title, separated by commas");

    public static readonly DiagnosticDescriptor CultureGivenTwice = Warning(
        "EBSC040",
        "A culture or overlay is given twice",
        "{1} is given a second time, by {0}; only the first, {2}, is used: remove one of them");

    /// <summary>How <see cref="CultureGivenTwice"/> names what is given twice.</summary>
    public static string CultureOrOverlay(string cultureTag) => cultureTag.Length == 0 ? "The overlay" : "The '" + cultureTag + "' culture";

    public static readonly DiagnosticDescriptor MalformedMessageColumn = Error(
        "EBSC041",
        "Malformed StatusCodeMessageColumns entry",
        "The StatusCodeMessageColumns metadata of {0} has the entry '{1}', which is not culture=column title (for example en=English); the entry is ignored");

    public static readonly DiagnosticDescriptor InvalidAccessibility = Error(
        "EBSC053",
        "Invalid accessibility",
        "'{0}' (the StatusCodeAccessibility for {1}) is not an accessibility the generated types can have: write public or internal (public is used)");
}
