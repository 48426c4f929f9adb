namespace Ebet.StatusCodes.Generator;

/// <summary>Facts about this project that the generated code and the diagnostics mention.</summary>
internal static class ProjectInfo
{
    /// <summary>The project's home; each diagnostic's help link opens its section of docs/diagnostics.md there.</summary>
    public const string RepositoryUrl = "https://github.com/ebet-statuscodes/Ebet.StatusCodes";

    public const string GeneratorName = "Ebet.StatusCodes.Generator";

    /// <summary>The version written into <c>[GeneratedCode]</c>: the generator assembly's own.</summary>
    public static readonly string GeneratorVersion =
        typeof(ProjectInfo).Assembly.GetName().Version?.ToString() ?? "0.0.0.0";
}
