namespace Ebet.StatusCodes.Generator.Model;

/// <summary>
/// Everything the emitter needs for one enum and nothing else: no locations, so moving a row in
/// the page without changing it leaves the generated source cached, and no headings, so the same
/// codes give the same source whichever form of the vendor's page they come from.
/// </summary>
/// <param name="Namespace">Empty for the global namespace.</param>
/// <param name="SourceFileName">The catalog file's name, which the output mentions (never its full path: output must not depend on the machine).</param>
/// <param name="SourcePath">The catalog file's path, for diagnostics only.</param>
/// <param name="Cultures">The message cultures; index 0 is the neutral one, the last resort of every lookup.</param>
/// <param name="PageCultureIndex">The culture whose messages are the page's own text.</param>
/// <param name="Codes">In the page's order.</param>
/// <param name="CSharp8">True when the consumer's language version is C# 8 or later: the code then has nullable annotations and switch expressions.</param>
/// <param name="Accessibility">The generated types' accessibility: "public" or "internal".</param>
/// <param name="ClassMeanings">
/// Empty when the catalog has no classes: then no class enum, no <c>GetClass</c> and no <c>Is…</c> methods are
/// emitted. Otherwise one doc text per <see cref="StatusClass"/>, indexed by its value (<see cref="StatusClass.Unknown"/> first).
/// </param>
internal sealed record CatalogSpec(
    string Namespace,
    string EnumName,
    string SourceFileName,
    string SourcePath,
    EquatableArray<CultureSpec> Cultures,
    int PageCultureIndex,
    EquatableArray<CodeSpec> Codes,
    bool CSharp8,
    string Accessibility,
    EquatableArray<string> ClassMeanings)
{
    public bool IsClassified => !ClassMeanings.IsEmpty;

    public string ClassName => Naming.GeneratedTypeNames.ClassEnum(EnumName);

    public string ExtensionsName => Naming.GeneratedTypeNames.Extensions(EnumName);
}

/// <summary>A message culture: its tag ("" for the invariant culture) and its message for codes the page does not list, split around the number.</summary>
internal sealed record CultureSpec(string Tag, string UnknownPrefix, string UnknownSuffix);

/// <summary>One enum member.</summary>
/// <param name="MemberName">A valid identifier, without the '@' a keyword needs in source.</param>
/// <param name="Description">The page's text, verbatim after the cell-text rule.</param>
/// <param name="Messages">One per culture of <see cref="CatalogSpec.Cultures"/>, fallbacks already applied.</param>
internal sealed record CodeSpec(
    int Value,
    string MemberName,
    string Description,
    StatusClass Class,
    string Notes,
    EquatableArray<string> Messages);

/// <summary>What the pipeline makes of a catalog: the source to emit, if any, and the diagnostics.</summary>
internal sealed record CatalogResult(CatalogSpec? Spec, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>The types a catalog will emit, for catching two catalogs that would emit the same one.</summary>
/// <param name="CatalogIndex">The enum's position in its page's StatusCodeEnum list: one page may list an enum twice.</param>
/// <param name="HintName">The name of the file the catalog adds to the compilation.</param>
internal sealed record TypeClaim(string PagePath, int CatalogIndex, string EnumName, string HintName, EquatableArray<string> QualifiedTypeNames);
