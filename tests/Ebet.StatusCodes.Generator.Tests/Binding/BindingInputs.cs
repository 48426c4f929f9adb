using System.Linq;
using Ebet.StatusCodes.Generator.Binding;
using Ebet.StatusCodes.Generator.Diagnostics;
using Ebet.StatusCodes.Generator.Model;
using Ebet.StatusCodes.Generator.Parsing;

namespace Ebet.StatusCodes.Generator.Tests.Binding;

/// <summary>Models for the binding step's parts, read from markdown by the generator's own readers.</summary>
internal static class BindingInputs
{
    public const string PagePath = "/project/spec/codes.md";

    public static PageRequest Request(string enums = "Codes", string tables = "", string culture = "", string neutral = "", params MessageColumn[] messageColumns)
    {
        var names = enums.Split(',').Select(name => name.Trim()).ToArray();
        var selectors = tables.Length == 0 ? names.Select(_ => string.Empty).ToArray() : tables.Split(',').Select(table => table.Trim()).ToArray();
        return new PageRequest(
            PagePath,
            new ColumnTitleOverrides(string.Empty, string.Empty, string.Empty),
            new EquatableArray<MessageColumn>(messageColumns),
            new EquatableArray<CatalogConfig>(names.Select((name, index) => new CatalogConfig(name, "Test", culture, neutral, selectors[index])).ToArray()),
            EquatableArray<DiagnosticInfo>.Empty);
    }

    public static ParsedPage Page(string markdown, PageRequest? request = null)
        => StatusPageReader.Read(request ?? Request(), markdown, default);

    public static SideFileResult Overlay(string markdown, string enums = "Codes")
        => SideFileLoader.Load("/project/spec/codes.overlay.md", PagePath, string.Empty, Names(enums), byConvention: false, markdown, default);

    public static SideFileResult Culture(string culture, string markdown, string enums = "Codes")
        => SideFileLoader.Load("/project/spec/codes." + culture + ".md", PagePath, culture, Names(enums), byConvention: false, markdown, default);

    public static EquatableArray<string> Names(string enums) => new(enums.Split(',').Select(name => name.Trim()).ToArray());

    public static string[] Ids(DiagnosticBag diagnostics) => diagnostics.Items.Select(diagnostic => diagnostic.Id).ToArray();

    public static string[] Ids(EquatableArray<DiagnosticInfo> diagnostics) => diagnostics.Select(diagnostic => diagnostic.Id).ToArray();

    public static string Message(DiagnosticInfo diagnostic)
        => diagnostic.ToDiagnostic().GetMessage(System.Globalization.CultureInfo.InvariantCulture);
}
