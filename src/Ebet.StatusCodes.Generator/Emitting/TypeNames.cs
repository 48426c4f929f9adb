using System;
using System.Collections.Generic;
using Ebet.StatusCodes.Generator.Model;

namespace Ebet.StatusCodes.Generator.Emitting;

/// <summary>
/// How the generated code names its own types and the attributes it puts on them, decided once per catalog.
/// The three types live side by side in one namespace, so they refer to each other by their simple names
/// (<c>case EbetStatusCode.InvalidSignature:</c>), unless one of those names is also a member of the
/// enum, of the class enum or of the extensions class, which would hide the type: then every reference is fully qualified.
/// Types outside the file are always <c>global::</c>-qualified.
/// </summary>
internal sealed class TypeNames
{
    /// <summary>Every member the class enum and the extensions class declare, besides the latter's <c>s_</c> fields.</summary>
    private static readonly HashSet<string> s_generatedMembers = new(StringComparer.Ordinal)
    {
        "Unknown", "Success", "Pending", "Indeterminate", "Retryable", "Rejected", "Fatal",
        "Values", "Names", "ToStringFast", "GetDescription", "GetMessage", "GetClass", "IsDefined", "TryParse",
        "IsSuccess", "IsPending", "IsIndeterminate", "IsRetryable", "IsRejected", "IsFatal",
        "IndexOf", "IndexOfName", "IndexOfNameIgnoringCase", "MayEqualIgnoringCase", "UnknownCodeMessage",
        "CultureIndexOf", "MatchAndKeepName", "MatchParents", "MatchCultureName", "CultureCacheEntry",
    };

    public TypeNames(CatalogSpec spec)
    {
        var qualify = Hidden(spec, spec.EnumName) || Hidden(spec, spec.ClassName) || Hidden(spec, spec.ExtensionsName);
        var prefix = qualify ? "global::" + (spec.Namespace.Length > 0 ? spec.Namespace + "." : string.Empty) : string.Empty;
        Enum = prefix + spec.EnumName;
        Class = prefix + spec.ClassName;
        Extensions = prefix + spec.ExtensionsName;
        GeneratedCodeAttribute = "[global::System.CodeDom.Compiler.GeneratedCode("
            + CSharpLiteral.Quote(ProjectInfo.GeneratorName) + ", " + CSharpLiteral.Quote(ProjectInfo.GeneratorVersion) + ")]";
        Accessibility = spec.Accessibility;
        NullableMark = spec.CSharp8 ? "?" : string.Empty;
    }

    /// <summary>The enum, as the generated code refers to it.</summary>
    public string Enum { get; }

    /// <summary>The class enum, as the generated code refers to it.</summary>
    public string Class { get; }

    /// <summary>The extensions class, as the generated code refers to it.</summary>
    public string Extensions { get; }

    public string GeneratedCodeAttribute { get; }

    /// <summary>Excludes the lookups from the consumer's code coverage. Only on classes: netstandard2.0's attribute is not valid on an enum.</summary>
    public const string ExcludeFromCodeCoverageAttribute = "[global::System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage]";

    /// <summary>"public" or "internal", for every generated type.</summary>
    public string Accessibility { get; }

    /// <summary>"?" where the consumer's compiler has nullable annotations, else empty.</summary>
    public string NullableMark { get; }

    private static bool Hidden(CatalogSpec spec, string typeName)
    {
        if (s_generatedMembers.Contains(typeName) || typeName.StartsWith("s_", StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var code in spec.Codes)
        {
            if (code.MemberName == typeName)
            {
                return true;
            }
        }

        return false;
    }
}
