using System.Globalization;
using System.Text;
using Ebet.StatusCodes.Generator.Emitting;
using Ebet.StatusCodes.Generator.Naming;
using Microsoft.CodeAnalysis;

namespace Ebet.StatusCodes.Generator.Diagnostics;

/// <summary>How messages explain a name that cannot be used (EBSC010, EBSC030, EBSC054) and show it.</summary>
internal static partial class DiagnosticDescriptors
{
    /// <summary>Why a member's name cannot be used, and what to do, in the words of a message.</summary>
    public static string Explain(NameProblem problem, string name) => Explain(problem, name, forType: false);

    /// <summary>Why an enum's name cannot name its generated types, and what to do.</summary>
    public static string ExplainTypeName(NameProblem problem, string name) => Explain(problem, name, forType: true);

    private static string Explain(NameProblem problem, string name, bool forType)
        => problem switch
        {
            NameProblem.InvisibleCharacter => "it holds the invisible character "
                + UnsafeCharacters.Escape(name[Identifiers.IndexOfFormatCharacter(name)])
                + " at position " + (Identifiers.IndexOfFormatCharacter(name) + 1).ToString(CultureInfo.InvariantCulture)
                + ", which C# drops from names: delete it",
            NameProblem.Keyword => "a type name must not be a C# keyword or all lower-case ASCII letters",
            NameProblem.TooLong => "it is too long: C# allows " + Identifiers.MaxMetadataNameBytes.ToString("N0", CultureInfo.InvariantCulture)
                + " bytes of UTF-8 for a name"
                + (forType ? " (for a type, its namespace, a dot and its name: the longest generated type is the enum's name followed by " + GeneratedTypeNames.Extensions(string.Empty) + ")" : string.Empty),
            _ => "it is not a valid C# identifier: use letters, digits and underscores, starting with a letter or an underscore",
        };

    /// <summary>How much of a name a message shows before it cuts it short.</summary>
    private const int ShownNameLength = 64;

    /// <summary>
    /// A name as a message shows it: invisible and control characters written as \uXXXX, and a name
    /// too long to read cut short, with its length.
    /// </summary>
    public static string Show(string name)
    {
        if (name.Length > ShownNameLength)
        {
            return Show(name.Substring(0, ShownNameLength)) + "... (" + name.Length.ToString("N0", CultureInfo.InvariantCulture) + " characters)";
        }

        StringBuilder? builder = null;
        for (var i = 0; i < name.Length; i++)
        {
            var invisible = UnsafeCharacters.IsUnsafe(name, i) || CharUnicodeInfo.GetUnicodeCategory(name, i) == UnicodeCategory.Format;
            if (invisible)
            {
                builder ??= new StringBuilder(name.Length + 8).Append(name, 0, i);
                builder.Append(UnsafeCharacters.Escape(name[i]));
            }
            else
            {
                builder?.Append(name[i]);
            }
        }

        return builder?.ToString() ?? name;
    }

    public static readonly DiagnosticDescriptor VendorNameNotUsed = Warning(
        "EBSC054",
        "The page's name for a code is not used as written",
        "The page names code {1} '{0}', which {2}; to choose the name yourself, give the code a row in the overlay");

    /// <summary>The ends of <see cref="VendorNameNotUsed"/>'s message.</summary>
    public static class VendorNameNotUsedParts
    {
        public static string InvisibleRemoved(string name) => "holds invisible characters that C# would drop: they are removed, and the member is " + name;

        public static string Unusable(string reason, string fallback) => "cannot name a member (" + reason + "): the code gets the fallback name " + fallback;

        public static string Taken(int owner, string fallback)
            => "is already the name of code " + owner.ToString(CultureInfo.InvariantCulture) + ": the code gets the fallback name " + fallback;
    }
}
