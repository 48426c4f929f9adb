namespace Ebet.StatusCodes.Generator.Model;

/// <summary>
/// A file of ours beside a catalog: its overlay (<c>stem.overlay.md</c>: names, classes, notes) or a
/// culture file (<c>stem.&lt;culture&gt;.md</c>: messages). Parsed on its own, so editing one culture
/// file re-reads only that file.
/// </summary>
/// <param name="PagePath">The catalog file it belongs to, by name (<c>dir/stem.md</c>).</param>
/// <param name="CultureTag">The culture from the file name; empty for the overlay.</param>
/// <param name="UnknownCodeMessages">The front matter's <c>unknown-code-message</c> entries.</param>
internal sealed record SideFile(
    string Path,
    string PagePath,
    string CultureTag,
    EquatableArray<UnknownCodeMessage> UnknownCodeMessages,
    EquatableArray<SideSection> Sections,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    public bool IsOverlay => CultureTag.Length == 0;
}

/// <summary>
/// A message for codes the page does not list, <c>{0}</c> standing for the number: from the front
/// matter key <c>unknown-code-message</c> (every catalog) or <c>unknown-code-message.&lt;Enum&gt;</c> (one).
/// </summary>
/// <param name="Catalog">The enum it is for; empty for every catalog of the page.</param>
internal sealed record UnknownCodeMessage(string Catalog, string Template, FileLocation Location);

/// <summary>One table of a side file: the rows for the catalog whose enum name is its heading.</summary>
internal sealed record SideSection(
    string Heading,
    FileLocation Location,
    EquatableArray<SideEntry> Entries,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>One row of a side file. Overlay rows fill Member, Class, Text (the vendor's text the row was
/// written for) and Notes; culture rows fill Text (the message).</summary>
internal sealed record SideEntry(
    int Code,
    FileLocation Location,
    string Member,
    FileLocation MemberLocation,
    string Class,
    FileLocation ClassLocation,
    string Text,
    string Notes);
