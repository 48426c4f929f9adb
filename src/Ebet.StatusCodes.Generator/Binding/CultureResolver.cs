using System;
using System.Collections.Generic;
using System.Linq;
using Ebet.StatusCodes.Generator.Diagnostics;
using Ebet.StatusCodes.Generator.Model;

namespace Ebet.StatusCodes.Generator.Binding;

/// <summary>
/// Decides a catalog's message cultures and where each culture's messages come from: its culture
/// file's section, the page's own column for it (StatusCodeMessageColumns), or the page's text.
/// The neutral culture comes first (the last resort of every lookup), then the page's, then the
/// others in ordinal order, so the output does not depend on the order of the files.
/// </summary>
internal static class CultureResolver
{
    /// <summary>The neutral message for a code the page does not list, when no culture file gives one.</summary>
    public const string DefaultUnknownCodeMessage = "Unknown status code {0}.";

    public static ResolvedCultures Resolve(PageRequest request, CatalogConfig config, IEnumerable<CultureFile> cultureFiles, DiagnosticBag diagnostics)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < request.MessageColumns.Count; i++)
        {
            columns.Add(request.MessageColumns[i].Culture, i);
        }

        var files = new Dictionary<string, CultureFile>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in cultureFiles.OrderBy(file => file.Path, StringComparer.Ordinal))
        {
            // A second file of one culture is reported by SideFileConflicts; the first is read.
            if (!files.ContainsKey(file.CultureTag))
            {
                files.Add(file.CultureTag, file);
            }
        }

        var pageCulture = config.PageCulture;
        var neutral = config.NeutralCulture.Length > 0
            ? config.NeutralCulture
            : files.ContainsKey("en") || columns.ContainsKey("en") ? "en" : pageCulture;
        var order = new List<string> { neutral };
        if (!order.Contains(pageCulture, StringComparer.OrdinalIgnoreCase))
        {
            order.Add(pageCulture);
        }

        order.AddRange(files.Keys.Concat(columns.Keys)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(tag => !order.Contains(tag, StringComparer.OrdinalIgnoreCase))
            .OrderBy(tag => tag, StringComparer.Ordinal));

        var neutralTemplate = TemplateOf(files.TryGetValue(neutral, out var neutralFile) ? neutralFile : null, config.EnumName) ?? DefaultUnknownCodeMessage;
        var cultures = new List<CatalogCulture>(order.Count);
        foreach (var tag in order)
        {
            files.TryGetValue(tag, out var file);
            var template = tag == neutral ? neutralTemplate : TemplateOf(file, config.EnumName) ?? neutralTemplate;
            var placeholder = template.IndexOf("{0}", StringComparison.Ordinal);
            var section = file?.Sections.FirstOrDefault(candidate => string.Equals(candidate.Catalog, config.EnumName, StringComparison.OrdinalIgnoreCase));
            cultures.Add(new CatalogCulture(
                file,
                section,
                columns.TryGetValue(tag, out var column) ? column : -1,
                new CultureSpec(tag, template.Substring(0, placeholder), template.Substring(placeholder + 3))));
        }

        return new ResolvedCultures(cultures, order.FindIndex(tag => string.Equals(tag, pageCulture, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>
    /// A culture file's message for unknown codes: its <c>unknown-code-message.&lt;Enum&gt;</c>, else its
    /// <c>unknown-code-message</c> (the side-file step has checked that each holds {0} once).
    /// </summary>
    private static string? TemplateOf(CultureFile? file, string enumName)
        => (file?.UnknownCodeMessages.FirstOrDefault(candidate => string.Equals(candidate.Catalog, enumName, StringComparison.OrdinalIgnoreCase))
            ?? file?.UnknownCodeMessages.FirstOrDefault(candidate => candidate.Catalog.Length == 0))?.Template;
}

/// <summary>A catalog's cultures: index 0 is the neutral one; <see cref="PageCultureIndex"/> the one whose messages are the page's text.</summary>
internal sealed record ResolvedCultures(IReadOnlyList<CatalogCulture> Cultures, int PageCultureIndex);

/// <summary>A culture of a catalog and the places its messages come from.</summary>
/// <param name="File">Its culture file, if any.</param>
/// <param name="Section">The file's rows for this catalog, if any.</param>
/// <param name="Column">The page's message column for this culture (StatusCodeMessageColumns), or -1.</param>
internal sealed record CatalogCulture(CultureFile? File, MessageSection? Section, int Column, CultureSpec Spec)
{
    public string Tag => Spec.Tag;
}
