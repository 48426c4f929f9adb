namespace Ebet.StatusCodes.Generator.Model;

/// <summary>
/// A file of ours beside a catalog, found by its name as .resx satellites are: the overlay
/// (<c>stem.overlay.md</c>: names, classes, notes) or a culture file (<c>stem.&lt;culture&gt;.md</c>:
/// messages). Each is read in a pipeline step of its own, so editing one culture file re-reads only
/// that file; its tables are already assigned to the catalogs of its page.
/// </summary>
/// <param name="PagePath">The catalog file it belongs to, by name (<c>dir/stem.md</c>).</param>
internal abstract record SideFile(string Path, string PagePath);

/// <summary>The overlay: for each catalog of the page, its rows, and the meanings it gives the classes.</summary>
internal sealed record OverlayFile(
    string Path,
    string PagePath,
    EquatableArray<OverlaySection> Sections,
    EquatableArray<ClassMeaning> ClassMeanings) : SideFile(Path, PagePath);

/// <summary>A culture file: for each catalog of the page, its messages, and its messages for codes the page does not list.</summary>
/// <param name="CultureTag">The culture from the file name, as written (checked when the catalog is built).</param>
internal sealed record CultureFile(
    string Path,
    string PagePath,
    string CultureTag,
    EquatableArray<UnknownCodeMessage> UnknownCodeMessages,
    EquatableArray<MessageSection> Sections) : SideFile(Path, PagePath);

/// <summary>
/// A message for codes the page does not list, <c>{0}</c> standing for the number: from the front
/// matter key <c>unknown-code-message</c> (every catalog) or <c>unknown-code-message.&lt;Enum&gt;</c> (one).
/// </summary>
/// <param name="Catalog">The enum it is for; empty for every catalog of the page.</param>
internal sealed record UnknownCodeMessage(string Catalog, string Template, FileLocation Location);

/// <summary>The overlay rows that serve one catalog (one table, or several read as one).</summary>
/// <param name="Catalog">The enum the rows are for.</param>
/// <param name="Location">The first table's header, where diagnostics about the section as a whole point.</param>
internal sealed record OverlaySection(string Catalog, FileLocation Location, EquatableArray<OverlayRow> Rows);

/// <summary>One row of an overlay: the member's name, its class, the page's text it was written for, and notes.</summary>
/// <param name="Location">The code's cell.</param>
/// <param name="VendorText">The page's text when the row was written (empty when the overlay does not track it).</param>
internal sealed record OverlayRow(
    int Code,
    FileLocation Location,
    string Member,
    FileLocation MemberLocation,
    string Class,
    FileLocation ClassLocation,
    string VendorText,
    string Notes);

/// <summary>What the overlay says a class means for a caller, written into the generated docs.</summary>
/// <param name="Catalog">The enum it is for; empty for every catalog of the page.</param>
internal sealed record ClassMeaning(string Catalog, StatusClass Class, string Meaning);

/// <summary>The messages of one culture file that serve one catalog.</summary>
internal sealed record MessageSection(string Catalog, FileLocation Location, EquatableArray<MessageRow> Rows);

/// <summary>One row of a culture file: a code and its message.</summary>
/// <param name="Location">The code's cell.</param>
internal sealed record MessageRow(int Code, FileLocation Location, string Message);
