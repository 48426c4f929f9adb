namespace Ebet.StatusCodes.Generator.Model;

/// <summary>A table of the vendor's page that has a code column and a description column.</summary>
/// <param name="Heading">The heading above the table, or empty.</param>
/// <param name="Position">1-based among the page's status tables.</param>
/// <param name="Location">The table's header row.</param>
/// <param name="Entries">The rows that hold a valid code and text, in the page's order.</param>
/// <param name="Diagnostics">What was wrong with the other rows.</param>
/// <param name="ColumnTitles">The header's titles, to tell the parts of one list split over several tables.</param>
internal sealed record StatusTable(
    string Heading,
    int Position,
    FileLocation Location,
    EquatableArray<StatusEntry> Entries,
    EquatableArray<DiagnosticInfo> Diagnostics,
    EquatableArray<string> ColumnTitles = default)
{
    /// <summary>How diagnostics name the table: its heading, else its position.</summary>
    public string DisplayName => Heading.Length > 0 ? Heading : "#" + Position.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>One code of the page and the vendor's text for it.</summary>
/// <param name="Location">The code's cell.</param>
/// <param name="VendorName">The page's own name for the code (a Name column), or empty.</param>
/// <param name="ColumnMessages">The row's text in each of the request's message columns (empty where missing).</param>
internal sealed record StatusEntry(int Code, string Description, FileLocation Location, string VendorName, EquatableArray<string> ColumnMessages);

/// <summary>Everything read from one catalog file.</summary>
/// <param name="Tables">Every status table of the page, in order.</param>
/// <param name="Request">What the catalog's item asked for.</param>
/// <param name="Diagnostics">Problems with the file as a whole (no table, malformed HTML).</param>
internal sealed record ParsedPage(
    PageRequest Request,
    EquatableArray<StatusTable> Tables,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>
    /// False for a file the <c>spec/</c> convention added that has no status table (a README, a
    /// changelog): it is not a catalog, and no side file is read for it. A file the project named a
    /// catalog (StatusCodeEnum) stays one, its problems reported.
    /// </summary>
    public bool IsCatalog => !Request.ByConvention || !Tables.IsEmpty;
}
