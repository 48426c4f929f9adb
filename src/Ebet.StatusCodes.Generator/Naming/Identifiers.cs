using System;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Ebet.StatusCodes.Generator.Naming;

/// <summary>
/// The one rule for names that reach C# source. A name from the overlay or the metadata is used as
/// written when it is a valid C# identifier; a reserved keyword is written with '@' (<c>@class</c>,
/// which C# reads as <c>class</c>); anything else is reported, never silently rewritten. Codes without a
/// usable name get <see cref="FallbackMemberName"/>.
/// </summary>
internal static class Identifiers
{
    /// <summary>True when <paramref name="name"/> can be an enum member (reserved keywords included, see <see cref="ToSource"/>).</summary>
    public static bool IsValidMemberName(string name)
        => SyntaxFacts.IsValidIdentifier(name)
           && !name.StartsWith("@", StringComparison.Ordinal)
           // The runtime names an enum's own field value__; a member of that name does not compile.
           && name != "value__";

    /// <summary>
    /// True when <paramref name="name"/> can name a generated type: a valid identifier that is not a
    /// keyword and not all lower-case ASCII (C# 11 warns on such type names, CS8981).
    /// </summary>
    public static bool IsValidTypeName(string name)
        => SyntaxFacts.IsValidIdentifier(name)
           && !name.StartsWith("@", StringComparison.Ordinal)
           && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None
           && SyntaxFacts.GetContextualKeywordKind(name) == SyntaxKind.None
           && !IsLowerCaseAscii(name);

    /// <summary>True for dot-separated identifiers that are not keywords, or the empty (global) namespace.</summary>
    public static bool IsValidNamespace(string name)
    {
        if (name.Length == 0)
        {
            return true;
        }

        foreach (var part in name.Split('.'))
        {
            if (!SyntaxFacts.IsValidIdentifier(part)
                || part.StartsWith("@", StringComparison.Ordinal)
                || SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How a valid member name is written in source: reserved keywords get '@'.</summary>
    public static string ToSource(string name)
        => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    /// <summary>
    /// A name from free text: its letter-or-digit runs, each capitalised (acme-status_codes becomes
    /// AcmeStatusCodes). Used for catalogs found by convention (the file name) and for a vendor's
    /// Name column that is not an identifier ("invalid signature"). The result is checked like any
    /// other name, so "2fa" is reported or replaced, never silently made valid.
    /// </summary>
    public static string FromWords(string text)
    {
        var builder = new StringBuilder(text.Length);
        var startOfWord = true;
        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c))
            {
                startOfWord = true;
                continue;
            }

            builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
        }

        return builder.ToString();
    }

    /// <summary>The name a code gets when no usable one is given: Code200, CodeMinus1.</summary>
    public static string FallbackMemberName(int code)
        => code < 0
            ? "CodeMinus" + ((long)code * -1).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : "Code" + code.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// A hint name for AddSource, unique because the fully qualified type name is: letters, digits,
    /// '.', '_' and '-' pass, anything else (a Chinese enum name, say) becomes _xHHHH.
    /// </summary>
    public static string ToHintName(string @namespace, string typeName)
    {
        var qualified = @namespace.Length == 0 ? typeName : @namespace + "." + typeName;
        var builder = new StringBuilder(qualified.Length + 5);
        foreach (var c in qualified)
        {
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '_' or '-')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append("_x").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.Append(".g.cs").ToString();
    }

    private static bool IsLowerCaseAscii(string name)
    {
        foreach (var c in name)
        {
            if (c is not (>= 'a' and <= 'z'))
            {
                return false;
            }
        }

        return true;
    }
}
