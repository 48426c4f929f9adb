using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Ebet.StatusCodes.Generator.Diagnostics;

/// <summary>Diagnostics about culture files (<c>stem.&lt;culture&gt;.md</c>) and culture tags.</summary>
internal static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor CultureMissingCode = Warning(
        "EBSC020",
        "Culture file has no message for some codes",
        "{0} has no message for {1} of the page's codes: {2}; GetMessage falls back to {3} for them: add a row for each ('| {4} | <message> |')");

    /// <summary>The parts of <see cref="CultureMissingCode"/>'s message.</summary>
    public static class CultureMissingCodeParts
    {
        /// <summary>How many codes are listed with their text; the rest by number only.</summary>
        private const int CodesWithText = 10;

        public static string Codes(IEnumerable<(int Code, string Text)> codes)
        {
            var parts = codes.Select((code, index) => code.Code.ToString(CultureInfo.InvariantCulture) + (index < CodesWithText ? " ('" + code.Text + "')" : string.Empty));
            return string.Join(", ", parts);
        }

        /// <summary>The text a code falls back to: the neutral culture's messages, or the page's text when there are none.</summary>
        public static string Fallback(string? neutralCulture)
            => string.IsNullOrEmpty(neutralCulture) ? "the page's text" : "the neutral '" + neutralCulture + "' messages";
    }

    public static readonly DiagnosticDescriptor CultureUnknownCode = Warning(
        "EBSC021",
        "Culture file has a message for a code the page lacks",
        "{0} has a message for code {1}, which the page does not list: delete the row, or find the code the vendor renumbered it to");

    public static readonly DiagnosticDescriptor InvalidCultureTag = Error(
        "EBSC022",
        "Invalid culture tag",
        "'{0}' ({1}) is not a culture tag of the form language[-Script][-REGION], such as en, zh-Hant or pt-BR; rename it (it is ignored)");

    /// <summary>How <see cref="InvalidCultureTag"/> names where a tag from an item's metadata came from.</summary>
    public static string MetadataOf(string metadataName, string fileName) => "the " + metadataName + " metadata of " + fileName;

    public static readonly DiagnosticDescriptor InvalidMessageTemplate = Error(
        "EBSC023",
        "Invalid unknown-code message",
        "The unknown-code-message '{0}' must contain the placeholder {{0}} exactly once, where the number goes (the default message is used)");
}
