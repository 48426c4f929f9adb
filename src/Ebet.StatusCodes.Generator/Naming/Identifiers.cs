using System;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Ebet.StatusCodes.Generator.Naming;

/// <summary>
/// The one rule for names that reach C# source. A name from the overlay or the metadata is used as
/// written when it is a valid C# identifier; a reserved keyword is written with '@' (<c>@class</c>,
/// which C# reads as <c>class</c>); anything else is reported with its reason (<see cref="NameProblem"/>),
/// never silently rewritten. Codes without a usable name get <see cref="FallbackMemberName"/>.
/// </summary>
internal static class Identifiers
{
    /// <summary>The most UTF-8 bytes the compiler writes for one name in metadata (longer gives CS7013).</summary>
    public const int MaxMetadataNameBytes = 1023;

    private static readonly Encoding s_utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>True when <paramref name="name"/> can be an enum member (reserved keywords included, see <see cref="ToSource"/>).</summary>
    public static bool IsValidMemberName(string name) => MemberNameProblem(name) == NameProblem.None;

    /// <summary>Why <paramref name="name"/> cannot be an enum member, or <see cref="NameProblem.None"/>.</summary>
    public static NameProblem MemberNameProblem(string name)
    {
        if (IndexOfFormatCharacter(name) >= 0)
        {
            return NameProblem.InvisibleCharacter;
        }

        // The runtime names an enum's own field value__; a member of that name does not compile.
        if (!SyntaxFacts.IsValidIdentifier(name) || name.StartsWith("@", StringComparison.Ordinal) || name == "value__")
        {
            return NameProblem.NotAnIdentifier;
        }

        return s_utf8.GetByteCount(name) > MaxMetadataNameBytes ? NameProblem.TooLong : NameProblem.None;
    }

    /// <summary>True when <paramref name="name"/> can name a generated type (see <see cref="TypeNameProblem"/>).</summary>
    public static bool IsValidTypeName(string name) => TypeNameProblem(name, string.Empty) == NameProblem.None;

    /// <summary>
    /// Why <paramref name="enumName"/> cannot name a catalog's types in <paramref name="namespace"/>: a valid
    /// identifier that is not a keyword, not all lower-case ASCII (C# 11 warns on such type names,
    /// CS8981), and short enough that the longest generated type's full name fits in metadata.
    /// </summary>
    public static NameProblem TypeNameProblem(string enumName, string @namespace)
    {
        var problem = MemberNameProblem(enumName);
        if (problem is NameProblem.InvisibleCharacter or NameProblem.NotAnIdentifier)
        {
            return problem;
        }

        if (SyntaxFacts.GetKeywordKind(enumName) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(enumName) != SyntaxKind.None || IsLowerCaseAscii(enumName))
        {
            return NameProblem.Keyword;
        }

        var longest = GeneratedTypeNames.Extensions(enumName);
        var bytes = s_utf8.GetByteCount(longest) + (@namespace.Length == 0 ? 0 : s_utf8.GetByteCount(@namespace) + 1);
        return bytes > MaxMetadataNameBytes ? NameProblem.TooLong : NameProblem.None;
    }

    /// <summary>True for dot-separated identifiers that are not keywords, or the empty (global) namespace.</summary>
    public static bool IsValidNamespace(string name)
    {
        if (name.Length == 0)
        {
            return true;
        }

        foreach (var part in name.Split('.'))
        {
            if (MemberNameProblem(part) != NameProblem.None
                || SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The first Unicode formatting character (category Cf: zero-width space, soft hyphen, bidi
    /// controls...) in <paramref name="name"/>, or -1. C# accepts them in identifiers and then drops
    /// them, so <c>Success\u200B</c> and <c>Success</c> are one name to the compiler but two strings to
    /// ToStringFast and TryParse; the host runtime's Unicode tables decide, as they do for the compiler
    /// the generator runs in.
    /// </summary>
    public static int IndexOfFormatCharacter(string name)
    {
        for (var i = 0; i < name.Length; i++)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(name, i) == UnicodeCategory.Format)
            {
                return i;
            }
        }

        return -1;
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

/// <summary>Why a name cannot be used in generated source.</summary>
internal enum NameProblem
{
    None,

    /// <summary>Not a C# identifier (a leading digit, a space, a dash...).</summary>
    NotAnIdentifier,

    /// <summary>It holds a Unicode formatting character, which C# drops from names.</summary>
    InvisibleCharacter,

    /// <summary>A keyword, or all lower-case ASCII, which a type name must not be.</summary>
    Keyword,

    /// <summary>Longer than metadata allows (with the longest generated type's suffix and the namespace, for a type).</summary>
    TooLong,
}
