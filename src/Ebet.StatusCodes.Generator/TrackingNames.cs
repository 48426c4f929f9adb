namespace Ebet.StatusCodes.Generator;

/// <summary>Names of the pipeline's steps, so tests can check that each is cached when it should be.</summary>
internal static class TrackingNames
{
    public const string InputFiles = nameof(InputFiles);
    public const string Pages = nameof(Pages);
    public const string CatalogsByPage = nameof(CatalogsByPage);
    public const string SideFiles = nameof(SideFiles);
    public const string TypeClaims = nameof(TypeClaims);
    public const string LanguageFeatures = nameof(LanguageFeatures);
    public const string Catalogs = nameof(Catalogs);
    public const string Sources = nameof(Sources);
    public const string PageDiagnostics = nameof(PageDiagnostics);
    public const string SideFileDiagnostics = nameof(SideFileDiagnostics);
    public const string SideFileConflicts = nameof(SideFileConflicts);
    public const string Diagnostics = nameof(Diagnostics);
}
