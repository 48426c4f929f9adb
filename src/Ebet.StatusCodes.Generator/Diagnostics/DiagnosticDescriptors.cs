using System.Collections.Generic;
using System.Linq;
using Ebet.StatusCodes.Generator.Model;
using Microsoft.CodeAnalysis;

namespace Ebet.StatusCodes.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports, in one catalogue split by what it is about: the
/// vendor's page, the overlay, the culture files, the configuration and the generator itself (one
/// file each). IDs are stable and listed in AnalyzerReleases.*.md; each help link points at the
/// ID's section of docs/diagnostics.md. Messages say what is wrong and how to fix it; locations
/// point at the offending cell. Wording that code fills in (a fix that depends on the case) sits
/// beside the descriptor it completes.
/// </summary>
internal static partial class DiagnosticDescriptors
{
    public const string Category = "Ebet.StatusCodes";
    public const string HelpBase = ProjectInfo.RepositoryUrl + "/blob/main/docs/diagnostics.md#";

    /// <summary>Every descriptor, in ID order (for the docs and the release-tracking tests).</summary>
    /// <remarks>
    /// Collected on each use, not in a field initializer (initializers of a partial class's other
    /// files may run later, and the fields would still be null), and not cached: only tests ask.
    /// </remarks>
    public static IReadOnlyList<DiagnosticDescriptor> All =>
        typeof(DiagnosticDescriptors)
            .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(member => member.FieldType == typeof(DiagnosticDescriptor))
            .Select(member => (DiagnosticDescriptor)member.GetValue(null)!)
            .OrderBy(descriptor => descriptor.Id, System.StringComparer.Ordinal)
            .ToArray();

    /// <summary>A number and its noun, singular for one: <c>1 code</c>, <c>3 codes</c>.</summary>
    public static string Count(int count, string singular, string plural)
        => count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural);

    /// <summary>How messages name a table: its heading, else its line (<c>'Responses'</c>, <c>on line 12</c>).</summary>
    public static string TableName(string heading, FileLocation location)
        => heading.Length > 0
            ? "'" + heading + "'"
            : "on line " + (location.StartLine + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static DiagnosticDescriptor Error(string id, string title, string message)
        => Create(id, title, message, DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Warning(string id, string title, string message)
        => Create(id, title, message, DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Info(string id, string title, string message)
        => Create(id, title, message, DiagnosticSeverity.Info);

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity)
        => new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());
}
