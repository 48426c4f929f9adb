using System.Collections.Generic;

namespace Ebet.StatusCodes.Generator.Naming;

/// <summary>The names of the types a catalog generates beside its enum: written here once.</summary>
internal static class GeneratedTypeNames
{
    /// <summary>The enum of the catalog's classes: <c>EbetStatusCodeClass</c>.</summary>
    public static string ClassEnum(string enumName) => enumName + "Class";

    /// <summary>The static class of lookups: <c>EbetStatusCodeExtensions</c>.</summary>
    public static string Extensions(string enumName) => enumName + "Extensions";

    /// <summary>Every type a catalog may generate; a catalog claims them all, whether it emits its class enum or not.</summary>
    public static IEnumerable<string> All(string enumName)
    {
        yield return enumName;
        yield return ClassEnum(enumName);
        yield return Extensions(enumName);
    }
}
