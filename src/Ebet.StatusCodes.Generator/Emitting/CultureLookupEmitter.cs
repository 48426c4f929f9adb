using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Ebet.StatusCodes.Generator.Model;
using Ebet.StatusCodes.Generator.Naming;

namespace Ebet.StatusCodes.Generator.Emitting;

/// <summary>
/// Writes <c>GetMessage</c> and the culture resolution behind it. Resolution follows ResourceManager
/// (the culture, then its parents, then the neutral messages) and also works where cultures carry
/// no data (globalization-invariant mode), by matching culture names: a tag the name extends
/// (en-US finds en), the script a Chinese region writes (zh-TW finds zh-Hant), and a catalog culture
/// of the same language (zh finds the page's zh-Hans). The last few cultures resolved are cached, so
/// lookups in cultures seen before cost a few reference comparisons and allocate nothing.
/// </summary>
internal static class CultureLookupEmitter
{
    private const string CultureInfo = "global::System.Globalization.CultureInfo";

    /// <summary>How many resolved cultures the generated code remembers (a power of two).</summary>
    private const int CultureCacheSlots = 4;

    /// <summary>The expression for a culture's message for a value the page does not list.</summary>
    public static string UnknownMessageCall(CultureSpec culture)
        => "UnknownCodeMessage((int)value, " + CSharpLiteral.Quote(culture.UnknownPrefix) + ", " + CSharpLiteral.Quote(culture.UnknownSuffix) + ")";

    public static void WriteGetMessage(SourceWriter writer, CatalogSpec spec, CatalogEmitter.TypeNames names, LookupWriter lookups)
    {
        var tags = spec.Cultures.Where(culture => culture.Tag.Length > 0).Select(culture => culture.Tag).ToList();
        writer.Doc("<summary>");
        if (spec.Cultures.Count == 1)
        {
            writer.Doc("The code's message. The catalog has no culture files, so every culture gets the same text: the page's.");
        }
        else
        {
            writer.Doc("The code's message in <paramref name=\"culture\"/> (" + XmlDocText.Escape(string.Join(", ", tags)) + "),")
                .Doc("falling back as <see cref=\"global::System.Resources.ResourceManager\"/> does: the culture, its parents, then the neutral messages"
                     + (spec.Cultures[0].Tag.Length > 0 ? " (" + XmlDocText.Escape(spec.Cultures[0].Tag) + ")" : string.Empty) + ".")
                .Doc("Cultures are matched by name as well, so this also works where the host has no culture data (globalization-invariant mode).");
        }

        writer.Doc("</summary>")
            .Doc("<param name=\"value\">The status code.</param>")
            .Doc("<param name=\"culture\">The culture; null for <see cref=\"" + CultureInfo + ".CurrentUICulture\"/>.</param>")
            .Doc("<returns>The message; for a value the page does not list, a message in that culture that contains the number.</returns>")
            .Line("public static string GetMessage(this " + names.Enum + " value, " + names.NullableCulture + " culture = null)")
            .Open();

        var methods = MessageMethods(spec);
        if (spec.Cultures.Count == 1)
        {
            writer.Line("return " + methods[0] + "(value);");
        }
        else
        {
            writer.Line("switch (CultureIndexOf(culture ?? " + CultureInfo + ".CurrentUICulture))").Open();
            for (var i = 1; i < spec.Cultures.Count; i++)
            {
                if (methods[i] != methods[0])
                {
                    writer.Line("case " + CatalogEmitter.Number(i) + ": return " + methods[i] + "(value);");
                }
            }

            writer.Line("default: return " + methods[0] + "(value);").Close();
        }

        writer.Close().Line();

        foreach (var (method, index) in methods.Select((method, index) => (method, index)).Where(pair => pair.method != "GetDescription").GroupBy(pair => pair.method).Select(group => group.First()))
        {
            var arrayName = "s_" + char.ToLowerInvariant(method[0]) + method.Substring(1);
            lookups.DeclareTexts(writer, arrayName, code => code.Messages[index]);
            writer.Line("private static string " + method + "(" + names.Enum + " value)").Open();
            lookups.ReturnText(writer, arrayName, code => code.Messages[index], "return " + UnknownMessageCall(spec.Cultures[index]) + ";");
            writer.Close().Line();
        }
    }

    public static void WriteHelpers(SourceWriter writer, CatalogSpec spec)
    {
        writer.Line("private static string UnknownCodeMessage(int value, string prefix, string suffix)")
            .Open()
            .Line("return string.Concat(prefix, value.ToString(global::System.Globalization.CultureInfo.InvariantCulture), suffix);")
            .Close();
        if (spec.Cultures.Count == 1)
        {
            return;
        }

        var nullable = spec.NullableAnnotations ? "?" : string.Empty;
        writer.Line()
            .Line("// The last cultures resolved: lookups that take turns among a few cultures cost a few reference")
            .Line("// comparisons and allocate nothing once each culture has been seen.")
            .Line("private static readonly CultureIndexCache" + nullable + "[] s_cultureIndexCache = new CultureIndexCache" + nullable + "[" + CatalogEmitter.Number(CultureCacheSlots) + "];")
            .Line()
            .Line("private static int s_nextCultureIndexCacheSlot;")
            .Line()
            .Line("private static int CultureIndexOf(" + CultureInfo + " culture)")
            .Open()
            .Line("var cache = s_cultureIndexCache;")
            .Line("for (var i = 0; i < cache.Length; i++)")
            .Open()
            .Line("var entry = cache[i];")
            .Line("if (entry != null && object.ReferenceEquals(entry.Culture, culture))").Open().Line("return entry.Index;").Close()
            .Close()
            .Line()
            .Line("var index = FindCultureIndex(culture);")
            .Line("cache[s_nextCultureIndexCacheSlot++ & " + CatalogEmitter.Number(CultureCacheSlots - 1) + "] = new CultureIndexCache(culture, index);")
            .Line("return index;")
            .Close()
            .Line()
            .Line("private static int FindCultureIndex(" + CultureInfo + " culture)")
            .Open()
            .Line("var current = culture;")
            .Line("for (var depth = 0; depth < 16 && current.Name.Length != 0; depth++)")
            .Open()
            .Line("var index = MatchCultureName(current.Name);")
            .Line("if (index >= 0)").Open().Line("return index;").Close()
            .Line()
            .Line("var parent = current.Parent;")
            .Line("if (parent == null || object.ReferenceEquals(parent, current))").Open().Line("break;").Close()
            .Line()
            .Line("current = parent;")
            .Close()
            .Line()
            .Line("return 0;")
            .Close()
            .Line()
            .Line("private static int MatchCultureName(string name)")
            .Open();
        foreach (var (tag, index) in MatchRules(spec))
        {
            writer.Line("if (IsTagOrSubtag(name, " + CSharpLiteral.Quote(tag) + "))").Open().Line("return " + CatalogEmitter.Number(index) + ";").Close().Line();
        }

        writer.Line("return -1;")
            .Close()
            .Line()
            .Line("private static bool IsTagOrSubtag(string name, string tag)")
            .Open()
            .Line("return name.Length >= tag.Length")
            .Line("    && string.Compare(name, 0, tag, 0, tag.Length, global::System.StringComparison.OrdinalIgnoreCase) == 0")
            .Line("    && (name.Length == tag.Length || name[tag.Length] == '-');")
            .Close()
            .Line()
            .Line("private sealed class CultureIndexCache")
            .Open()
            .Line("internal readonly " + CultureInfo + " Culture;")
            .Line("internal readonly int Index;")
            .Line()
            .Line("internal CultureIndexCache(" + CultureInfo + " culture, int index)")
            .Open()
            .Line("Culture = culture;")
            .Line("Index = index;")
            .Close()
            .Close();
    }

    /// <summary>
    /// The name rules, most specific first: the catalog's tags (longest first), then the script
    /// Chinese regions imply, then bare languages (the page's culture first among a language's).
    /// </summary>
    internal static List<(string Tag, int Index)> MatchRules(CatalogSpec spec)
    {
        var rules = new List<(string Tag, int Index)>();
        var tagged = spec.Cultures.Select((culture, index) => (culture.Tag, Index: index)).Where(pair => pair.Tag.Length > 0).ToList();
        rules.AddRange(tagged.OrderByDescending(pair => pair.Tag.Length).ThenBy(pair => pair.Tag, StringComparer.Ordinal));

        foreach (var (region, script) in CultureTag.ChineseRegionScripts)
        {
            var target = tagged.FirstOrDefault(pair => string.Equals(pair.Tag, "zh-" + script, StringComparison.OrdinalIgnoreCase));
            if (target.Tag is not null && !tagged.Any(pair => string.Equals(pair.Tag, "zh-" + region, StringComparison.OrdinalIgnoreCase)))
            {
                rules.Add(("zh-" + region, target.Index));
            }
        }

        var pageFirst = tagged.OrderBy(pair => pair.Index == spec.PageCultureIndex ? 0 : 1).ThenBy(pair => pair.Index).ToList();
        foreach (var language in tagged.Select(pair => CultureTag.Language(pair.Tag)).Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(language => language, StringComparer.Ordinal))
        {
            if (!tagged.Any(pair => string.Equals(pair.Tag, language, StringComparison.OrdinalIgnoreCase)))
            {
                rules.Add((language, pageFirst.First(pair => string.Equals(CultureTag.Language(pair.Tag), language, StringComparison.OrdinalIgnoreCase)).Index));
            }
        }

        return rules;
    }

    /// <summary>
    /// The method that returns each culture's messages: GetDescription where they are the page's
    /// text, the neutral culture's method where they are the neutral messages, else one of their own.
    /// </summary>
    private static string[] MessageMethods(CatalogSpec spec)
    {
        var methods = new string[spec.Cultures.Count];
        var pageUnknown = spec.Cultures[Math.Max(spec.PageCultureIndex, 0)];
        for (var i = 0; i < methods.Length; i++)
        {
            var culture = spec.Cultures[i];
            var sameUnknownAsPage = culture.UnknownPrefix == pageUnknown.UnknownPrefix && culture.UnknownSuffix == pageUnknown.UnknownSuffix;
            var sameUnknownAsNeutral = culture.UnknownPrefix == spec.Cultures[0].UnknownPrefix && culture.UnknownSuffix == spec.Cultures[0].UnknownSuffix;
            if (sameUnknownAsPage && spec.Codes.All(code => code.Messages[i] == code.Description))
            {
                methods[i] = "GetDescription";
            }
            else if (i > 0 && sameUnknownAsNeutral && spec.Codes.All(code => code.Messages[i] == code.Messages[0]))
            {
                methods[i] = methods[0];
            }
            else
            {
                methods[i] = "MessageIn" + PascalCase(culture.Tag);
            }
        }

        return methods;
    }

    private static string PascalCase(string tag)
    {
        if (tag.Length == 0)
        {
            return "Invariant";
        }

        var builder = new StringBuilder(tag.Length);
        foreach (var part in tag.Split('-'))
        {
            builder.Append(char.ToUpperInvariant(part[0])).Append(part.Substring(1).ToLowerInvariant());
        }

        return builder.ToString();
    }
}
