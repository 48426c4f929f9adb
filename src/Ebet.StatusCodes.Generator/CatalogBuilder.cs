using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Ebet.StatusCodes.Generator.Diagnostics;
using Ebet.StatusCodes.Generator.Model;
using Ebet.StatusCodes.Generator.Naming;
using Ebet.StatusCodes.Generator.Parsing;

namespace Ebet.StatusCodes.Generator;

/// <summary>
/// Joins what the page says (codes and texts) with what our files add (names, classes, messages)
/// into the model of one enum, and says what does not fit: the drift between the vendor's page and
/// the overlays is reported here.
/// </summary>
internal static class CatalogBuilder
{
    /// <summary>The neutral message for a code the page does not list, when no culture file gives one.</summary>
    public const string DefaultUnknownCodeMessage = "Unknown status code {0}.";

    public static CatalogResult Build(
        ParsedPage page,
        int catalogIndex,
        EquatableArray<SideFile> sideFiles,
        EquatableArray<TypeClaim> claims,
        bool nullableAnnotations,
        CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var request = page.Request;
        var config = request.Catalogs[catalogIndex];
        var pageFileName = System.IO.Path.GetFileName(request.Path);

        // Problems with the file as a whole are reported once, with its first catalog.
        if (catalogIndex == 0)
        {
            diagnostics.AddRange(request.Diagnostics);
            diagnostics.AddRange(page.Diagnostics);
        }

        if (!Identifiers.IsValidTypeName(config.EnumName))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidTypeName, FileLocation.StartOf(request.Path), config.EnumName, pageFileName));
            return new CatalogResult(null, diagnostics.ToEquatableArray());
        }

        if (!Identifiers.IsValidNamespace(config.Namespace))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidNamespace, FileLocation.StartOf(request.Path), config.Namespace, pageFileName));
            return new CatalogResult(null, diagnostics.ToEquatableArray());
        }

        if (FindEarlierClaim(request.Path, catalogIndex, config, claims) is { } earlier)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.DuplicateType,
                FileLocation.StartOf(request.Path),
                earlier.Type,
                System.IO.Path.GetFileName(earlier.Claim.PagePath) + " (" + earlier.Claim.EnumName + ")",
                pageFileName + " (" + config.EnumName + ")"));
            return new CatalogResult(null, diagnostics.ToEquatableArray());
        }

        var table = SelectTable(page, catalogIndex, diagnostics);
        if (table is null)
        {
            return new CatalogResult(null, diagnostics.ToEquatableArray());
        }

        diagnostics.AddRange(table.Diagnostics);
        if (table.Entries.IsEmpty && table.Diagnostics.IsEmpty)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EmptyTable, table.Location, table.DisplayName, config.EnumName));
        }

        if (table.Diagnostics.Any(diagnostic => diagnostic.Id == DiagnosticDescriptors.TextCodes.Id))
        {
            // A table of text codes cannot be an enum; EBSC037 says so, and nothing is generated.
            return new CatalogResult(null, diagnostics.ToEquatableArray());
        }

        cancellationToken.ThrowIfCancellationRequested();

        var ownFiles = sideFiles.Where(file => SideFileName.SamePath(file.PagePath, request.Path)).OrderBy(file => file.Path, StringComparer.Ordinal).ToList();
        var overlay = ownFiles.FirstOrDefault(file => file.IsOverlay);
        var overlayRows = overlay is null ? null : SectionFor(overlay, config.EnumName, request.Catalogs.Count, diagnostics);

        var members = NameMembers(table, overlay, overlayRows, diagnostics, pageFileName);
        var cultures = ResolveCultures(request, config, ownFiles, diagnostics, out var pageCultureIndex);
        ReportUnknownCultureRows(table, cultures, diagnostics);
        var codes = new List<CodeSpec>(table.Entries.Count);
        for (var i = 0; i < table.Entries.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entry = table.Entries[i];
            var messages = Messages(entry, cultures, pageCultureIndex, diagnostics);
            codes.Add(new CodeSpec(entry.Code, members[i].Name, entry.Description, members[i].Class, members[i].Notes, messages));
        }

        var spec = new CatalogSpec(
            config.Namespace,
            config.EnumName,
            pageFileName,
            request.Path,
            cultures.Select(culture => culture.Spec).ToList().ToEquatableArray(),
            pageCultureIndex,
            codes.ToEquatableArray(),
            nullableAnnotations);
        return new CatalogResult(spec, diagnostics.ToEquatableArray());
    }

    /// <summary>The types a catalog emits; two catalogs claiming one of the same names would not compile.</summary>
    public static TypeClaim Claim(string pagePath, int catalogIndex, CatalogConfig config)
    {
        var prefix = config.Namespace.Length == 0 ? string.Empty : config.Namespace + ".";
        return new TypeClaim(
            pagePath,
            catalogIndex,
            config.EnumName,
            Identifiers.ToHintName(config.Namespace, config.EnumName),
            new EquatableArray<string>(new[] { prefix + config.EnumName, prefix + config.EnumName + "Class", prefix + config.EnumName + "Extensions" }));
    }

    private static (TypeClaim Claim, string Type)? FindEarlierClaim(string pagePath, int catalogIndex, CatalogConfig config, EquatableArray<TypeClaim> claims)
    {
        // The first claim in path order, then in the page's list, wins, so the result does not
        // depend on the order of the additional files.
        var mine = Claim(pagePath, catalogIndex, config);
        foreach (var other in claims.OrderBy(claim => claim.PagePath, StringComparer.Ordinal).ThenBy(claim => claim.CatalogIndex))
        {
            if (other == mine)
            {
                return null;
            }

            var clash = other.QualifiedTypeNames.FirstOrDefault(type => mine.QualifiedTypeNames.Contains(type));

            // Names that differ only in case are two types to C#, but one file name to the
            // compiler, which refuses a second generated file of the same name.
            if (clash is null && string.Equals(other.HintName, mine.HintName, StringComparison.OrdinalIgnoreCase))
            {
                clash = other.HintName;
            }

            if (clash is not null)
            {
                return (other, clash);
            }
        }

        return null;
    }

    private static StatusTable? SelectTable(ParsedPage page, int catalogIndex, List<DiagnosticInfo> diagnostics)
    {
        var request = page.Request;
        var config = request.Catalogs[catalogIndex];
        if (page.Tables.IsEmpty)
        {
            // EBSC001-003 is already among the page's diagnostics.
            return null;
        }

        var fileName = System.IO.Path.GetFileName(request.Path);
        var selector = config.TableSelector.Trim();
        if (selector.Length == 0)
        {
            var first = page.Tables[0];
            if (page.Tables.Count > 1 && request.Catalogs.Count == 1)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.OtherTablesFound,
                    first.Location,
                    fileName,
                    page.Tables.Count,
                    config.EnumName,
                    first.DisplayName,
                    Describe(page.Tables.Skip(1))));
            }

            return first;
        }

        var byPosition = int.TryParse(selector.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var position);
        var selected = byPosition
            ? page.Tables.FirstOrDefault(table => table.Position == position)
            : page.Tables.FirstOrDefault(table => string.Equals(table.Heading, selector, StringComparison.OrdinalIgnoreCase));
        if (selected is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.TableSelectionNotFound,
                FileLocation.StartOf(request.Path),
                fileName,
                selector,
                config.EnumName,
                Describe(page.Tables)));
        }

        return selected;
    }

    /// <summary>
    /// Tables as a list the StatusCodeTable metadata can pick from: position and heading, since
    /// tables below one heading share it (#1 'Responses', #2 'Responses', #3).
    /// </summary>
    private static string Describe(IEnumerable<StatusTable> tables)
        => string.Join(", ", tables.Select(table => "#" + table.Position.ToString(CultureInfo.InvariantCulture) + (table.Heading.Length > 0 ? " '" + table.Heading + "'" : string.Empty)));

    /// <summary>
    /// The table of a side file that serves <paramref name="enumName"/>: the one under a heading that
    /// names the enum; else, when the page has one catalog, the file's only table, unless its heading
    /// names another enum (a heading that is a type name is taken as one).
    /// </summary>
    private static SideSection? SectionFor(SideFile file, string enumName, int catalogsOnPage, List<DiagnosticInfo> diagnostics)
    {
        var section = file.Sections.FirstOrDefault(candidate => string.Equals(candidate.Heading, enumName, StringComparison.OrdinalIgnoreCase));
        if (section is null && catalogsOnPage == 1 && file.Sections.Count == 1 && !Identifiers.IsValidTypeName(file.Sections[0].Heading))
        {
            section = file.Sections[0];
        }

        if (section is not null)
        {
            diagnostics.AddRange(section.Diagnostics);
        }

        return section;
    }

    private readonly record struct Member(string Name, StatusClass Class, string Notes);

    /// <summary>
    /// Names and classes for the table's codes. A name comes from the overlay's row; else from the
    /// page's own Name column (as written when it is an identifier, else its words in PascalCase);
    /// else the fallback (Code200), with a warning that gives the overlay row to add. Overlay names
    /// are claimed first, then the page's, so neither is ever taken by a fallback.
    /// </summary>
    private static Member[] NameMembers(
        StatusTable table,
        SideFile? overlay,
        SideSection? overlayRows,
        List<DiagnosticInfo> diagnostics,
        string pageFileName)
    {
        var rowsByCode = new Dictionary<int, SideEntry>();
        foreach (var row in overlayRows?.Entries ?? EquatableArray<SideEntry>.Empty)
        {
            rowsByCode[row.Code] = row;
        }

        var overlayFileName = System.IO.Path.GetFileName(SideFileName.OverlayPathFor(table.Location.Path));
        var members = new Member[table.Entries.Count];
        var codeOfName = new Dictionary<string, int>(StringComparer.Ordinal);

        // Pass 1: the overlay's rows: classes, reworded texts, and the names they give.
        for (var i = 0; i < table.Entries.Count; i++)
        {
            var entry = table.Entries[i];
            members[i] = new Member(string.Empty, StatusClass.Unknown, string.Empty);
            if (!rowsByCode.TryGetValue(entry.Code, out var row))
            {
                continue;
            }

            var statusClass = StatusClass.Unknown;
            if (row.Class.Length > 0 && !StatusClasses.TryParse(row.Class, out statusClass))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownClass, row.ClassLocation, row.Class, entry.Code));
            }

            if (row.Text.Length > 0 && !string.Equals(row.Text, entry.Description, StringComparison.Ordinal))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.RewordedCode, entry.Location, entry.Code, entry.Description, row.Text));
            }

            members[i] = new Member(string.Empty, statusClass, row.Notes);
            if (row.Member.Length == 0)
            {
                continue;
            }

            if (!Identifiers.IsValidMemberName(row.Member))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidMemberName, row.MemberLocation, row.Member, entry.Code, Identifiers.FallbackMemberName(entry.Code)));
            }
            else if (codeOfName.TryGetValue(row.Member, out var owner))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateMemberName, row.MemberLocation, row.Member, owner, entry.Code, Identifiers.FallbackMemberName(entry.Code)));
            }
            else
            {
                codeOfName.Add(row.Member, entry.Code);
                members[i] = members[i] with { Name = row.Member };
            }
        }

        // Pass 2: names the page itself gives, for codes the overlay leaves unnamed.
        for (var i = 0; i < table.Entries.Count; i++)
        {
            var vendorName = table.Entries[i].VendorName;
            if (members[i].Name.Length > 0 || vendorName.Length == 0 || (rowsByCode.TryGetValue(table.Entries[i].Code, out var row) && row.Member.Length > 0))
            {
                continue;
            }

            var name = Identifiers.IsValidMemberName(vendorName) ? vendorName : Identifiers.FromWords(vendorName);
            if (Identifiers.IsValidMemberName(name) && !codeOfName.ContainsKey(name))
            {
                codeOfName.Add(name, table.Entries[i].Code);
                members[i] = members[i] with { Name = name };
            }
        }

        // Pass 3: fallback names, and the warnings that say how to give a real one.
        var fallbacks = 0;
        for (var i = 0; i < table.Entries.Count; i++)
        {
            if (members[i].Name.Length > 0)
            {
                continue;
            }

            var entry = table.Entries[i];
            var name = Identifiers.FallbackMemberName(entry.Code);
            while (codeOfName.ContainsKey(name))
            {
                name += "_";
            }

            codeOfName.Add(name, entry.Code);
            members[i] = members[i] with { Name = name };
            fallbacks++;
            var hasRow = rowsByCode.TryGetValue(entry.Code, out var row);
            if (overlay is not null && (!hasRow || row!.Member.Length == 0))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.FallbackMemberName,
                    hasRow ? row!.MemberLocation : entry.Location,
                    entry.Code,
                    entry.Description,
                    overlayFileName,
                    name,
                    hasRow
                        ? "write a name in the Member column of its row"
                        : "add the row '| " + entry.Code.ToString(CultureInfo.InvariantCulture) + " | <MemberName> | <Class> |' to name and classify it"));
            }
        }

        if (overlay is null && fallbacks > 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NoOverlay, table.Location, pageFileName, overlayFileName, fallbacks));
        }

        var pageCodes = new HashSet<int>(table.Entries.Select(entry => entry.Code));
        foreach (var row in overlayRows?.Entries ?? EquatableArray<SideEntry>.Empty)
        {
            if (!pageCodes.Contains(row.Code))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.StaleOverlayRow,
                    row.Location,
                    row.Code,
                    row.Member.Length > 0 ? row.Member : "no name",
                    pageFileName));
            }
        }

        return members;
    }

    /// <summary>A culture of the catalog and the rows that serve it.</summary>
    /// <param name="Column">The page's message column for this culture (StatusCodeMessageColumns), or -1.</param>
    private sealed record Culture(string Tag, SideFile? File, SideSection? Section, Dictionary<int, SideEntry>? Rows, int Column, CultureSpec Spec);

    private static List<Culture> ResolveCultures(
        PageRequest request,
        CatalogConfig config,
        List<SideFile> ownFiles,
        List<DiagnosticInfo> diagnostics,
        out int pageCultureIndex)
    {
        var catalogsOnPage = request.Catalogs.Count;
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < request.MessageColumns.Count; i++)
        {
            var tag = NormalizeConfiguredTag(request.MessageColumns[i].Culture, "StatusCodeMessageColumns", request.Path, diagnostics);
            if (tag.Length > 0 && !columns.ContainsKey(tag))
            {
                columns.Add(tag, i);
            }
        }

        var files = new Dictionary<string, SideFile>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in ownFiles.Where(file => !file.IsOverlay))
        {
            if (!CultureTag.TryNormalize(file.CultureTag, out var tag))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidCultureTag, FileLocation.StartOf(file.Path), file.CultureTag, System.IO.Path.GetFileName(file.Path)));
                continue;
            }

            if (!files.ContainsKey(tag))
            {
                files.Add(tag, file);
            }
        }

        var pageCulture = NormalizeConfiguredTag(config.PageCulture, "StatusCodeCulture", request.Path, diagnostics);
        var neutral = NormalizeConfiguredTag(config.NeutralCulture, "StatusCodeNeutralCulture", request.Path, diagnostics);
        if (neutral.Length == 0)
        {
            neutral = files.ContainsKey("en") || columns.ContainsKey("en") ? "en" : pageCulture;
        }

        // The neutral culture first (the last resort of every lookup), then the page's, then the
        // culture files in ordinal order: the output does not depend on the order of the files.
        var order = new List<string> { neutral };
        if (!order.Contains(pageCulture, StringComparer.OrdinalIgnoreCase))
        {
            order.Add(pageCulture);
        }

        order.AddRange(files.Keys.Concat(columns.Keys).Distinct(StringComparer.OrdinalIgnoreCase).Where(tag => !order.Contains(tag, StringComparer.OrdinalIgnoreCase)).OrderBy(tag => tag, StringComparer.Ordinal));

        var neutralTemplate = TemplateOf(files.TryGetValue(neutral, out var neutralFile) ? neutralFile : null, config.EnumName, diagnostics) ?? DefaultUnknownCodeMessage;
        var cultures = new List<Culture>(order.Count);
        foreach (var tag in order)
        {
            files.TryGetValue(tag, out var file);
            var template = tag == neutral ? neutralTemplate : TemplateOf(file, config.EnumName, diagnostics) ?? neutralTemplate;
            var placeholder = template.IndexOf("{0}", StringComparison.Ordinal);
            var section = file is null ? null : SectionFor(file, config.EnumName, catalogsOnPage, diagnostics);
            cultures.Add(new Culture(
                tag,
                file,
                section,
                section?.Entries.ToDictionary(entry => entry.Code),
                columns.TryGetValue(tag, out var column) ? column : -1,
                new CultureSpec(tag, template.Substring(0, placeholder), template.Substring(placeholder + 3))));
        }

        pageCultureIndex = order.FindIndex(tag => string.Equals(tag, pageCulture, StringComparison.OrdinalIgnoreCase));
        return cultures;
    }

    /// <summary>A culture tag from the page item's metadata; reported at the page (the item has no place of its own).</summary>
    private static string NormalizeConfiguredTag(string configured, string metadataName, string pagePath, List<DiagnosticInfo> diagnostics)
    {
        if (configured.Trim().Length == 0)
        {
            return string.Empty;
        }

        if (CultureTag.TryNormalize(configured.Trim(), out var tag))
        {
            return tag;
        }

        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidCultureTag, FileLocation.StartOf(pagePath), configured, "the " + metadataName + " metadata of " + System.IO.Path.GetFileName(pagePath)));
        return string.Empty;
    }

    /// <summary>
    /// A culture file's message for unknown codes: its <c>unknown-code-message.&lt;Enum&gt;</c>, else its
    /// <c>unknown-code-message</c>; checked to hold {0} exactly once.
    /// </summary>
    private static string? TemplateOf(SideFile? file, string enumName, List<DiagnosticInfo> diagnostics)
    {
        var entry = file?.UnknownCodeMessages.FirstOrDefault(candidate => string.Equals(candidate.Catalog, enumName, StringComparison.OrdinalIgnoreCase))
                    ?? file?.UnknownCodeMessages.FirstOrDefault(candidate => candidate.Catalog.Length == 0);
        if (entry is null)
        {
            return null;
        }

        var first = entry.Template.IndexOf("{0}", StringComparison.Ordinal);
        if (first < 0 || entry.Template.IndexOf("{0}", first + 3, StringComparison.Ordinal) >= 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidMessageTemplate, entry.Location, entry.Template));
            return null;
        }

        return entry.Template;
    }

    /// <summary>
    /// A code's message in each culture: the culture file's row; else the page's own column for that
    /// culture; else the page's text for the page's culture and for the neutral culture; else the
    /// neutral culture's message.
    /// </summary>
    private static EquatableArray<string> Messages(StatusEntry entry, List<Culture> cultures, int pageCultureIndex, List<DiagnosticInfo> diagnostics)
    {
        var messages = new string[cultures.Count];
        for (var i = 0; i < cultures.Count; i++)
        {
            var culture = cultures[i];
            if (culture.Rows is not null && culture.Rows.TryGetValue(entry.Code, out var row) && row.Text.Length > 0)
            {
                messages[i] = row.Text;
                continue;
            }

            if (culture.Column >= 0 && entry.ColumnMessages[culture.Column].Length > 0)
            {
                messages[i] = entry.ColumnMessages[culture.Column];
                continue;
            }

            messages[i] = i == 0 || i == pageCultureIndex ? entry.Description : messages[0];
            if (culture.Section is not null && i != pageCultureIndex)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.CultureMissingCode,
                    culture.Section.Location,
                    System.IO.Path.GetFileName(culture.File!.Path),
                    entry.Code,
                    entry.Description,
                    i == 0 ? "page's" : "'" + cultures[0].Tag + "'"));
            }
        }

        return new EquatableArray<string>(messages);
    }

    /// <summary>Rows of culture files for codes the page does not list: drift to clean up.</summary>
    private static void ReportUnknownCultureRows(StatusTable table, List<Culture> cultures, List<DiagnosticInfo> diagnostics)
    {
        var pageCodes = new HashSet<int>(table.Entries.Select(entry => entry.Code));
        foreach (var culture in cultures)
        {
            foreach (var row in culture.Section?.Entries ?? EquatableArray<SideEntry>.Empty)
            {
                if (!pageCodes.Contains(row.Code))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.CultureUnknownCode, row.Location, System.IO.Path.GetFileName(culture.File!.Path), row.Code));
                }
            }
        }
    }
}
