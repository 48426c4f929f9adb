using System;
using System.Linq;
using Ebet.StatusCodes.Generator.Diagnostics;
using Ebet.StatusCodes.Generator.Model;
using Ebet.StatusCodes.Generator.Naming;

namespace Ebet.StatusCodes.Generator.Binding;

/// <summary>
/// The types and the generated file each catalog will add to the compilation, so that two catalogs
/// that would add the same one are reported instead of breaking the build: the first claim, in path
/// order and then in the page's list, wins, whatever the order of the additional files.
/// </summary>
internal static class TypeClaims
{
    public static TypeClaim Claim(string pagePath, int catalogIndex, CatalogConfig config)
    {
        var prefix = config.Namespace.Length == 0 ? string.Empty : config.Namespace + ".";
        return new TypeClaim(
            pagePath,
            catalogIndex,
            config.EnumName,
            Identifiers.ToHintName(config.Namespace, config.EnumName),
            new EquatableArray<string>(GeneratedTypeNames.All(config.EnumName).Select(name => prefix + name).ToArray()));
    }

    /// <summary>False, with EBSC032, when an earlier catalog claims one of this catalog's types or its file.</summary>
    public static bool IsFirstClaim(string pagePath, int catalogIndex, CatalogConfig config, EquatableArray<TypeClaim> claims, DiagnosticBag diagnostics)
    {
        var mine = Claim(pagePath, catalogIndex, config);
        foreach (var other in claims.OrderBy(claim => claim.PagePath, StringComparer.Ordinal).ThenBy(claim => claim.CatalogIndex))
        {
            if (other == mine)
            {
                return true;
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
                diagnostics.Add(
                    DiagnosticDescriptors.DuplicateType,
                    FileLocation.StartOf(pagePath),
                    clash,
                    System.IO.Path.GetFileName(other.PagePath) + " (" + other.EnumName + ")",
                    System.IO.Path.GetFileName(pagePath) + " (" + config.EnumName + ")");
                return false;
            }
        }

        return true;
    }
}
