using System;
using System.Collections.Generic;
using System.Linq;
using Ebet.StatusCodes.Generator.Model;
using Ebet.StatusCodes.Generator.Naming;

namespace Ebet.StatusCodes.Generator.Emitting;

/// <summary>
/// Writes <c>GetMessage</c> and the culture resolution behind it. Resolution follows ResourceManager
/// (the culture, then its parents, then the neutral messages) and also works where cultures carry
/// no data (globalization-invariant mode), by matching culture names: a tag the name extends
/// (en-US finds en), the script a Chinese region writes (zh-TW finds zh-Hant), and a catalog culture
/// of the same language (zh finds the page's zh-Hans). The culture object resolved last is remembered,
/// so the usual call (CurrentUICulture again) costs one comparison, and a new object of that culture
/// one name comparison more; the cultures resolved lately are remembered by name, so any new
/// CultureInfo object per call costs a few name comparisons and allocates nothing. The resolution
/// code is the same for every catalog (<see cref="Helpers"/>); only the name rules differ, and they
/// are data.
/// </summary>
internal static class CultureLookupEmitter
{
    private const string CultureInfo = "global::System.Globalization.CultureInfo";

    /// <summary>
    /// The members every catalog with cultures gets, at the indentation of the class's members.
    /// Its nullable marks ("CultureCacheEntry?", "CultureInfo?") are dropped for compilers without
    /// nullable annotations. The slot counter never grows past the cache's size (and is masked where
    /// it is read), so no arithmetic in it can overflow under CheckForOverflowUnderflow.
    /// </summary>
    /// <remarks>
    /// Measured, and why it is so (benchmarks/README.md): the last culture's entry changes only when a
    /// culture is resolved, never on a hit (its name string aside, kept once, below), because storing a
    /// reference on every call costs a GC write barrier, which made a server rotating three cultures 1.4x
    /// slower than the hand-written switch. A new object of the last culture is matched by its name before
    /// the by-name slots, with the entry already loaded. By value: <c>new CultureInfo("en-US")</c> and
    /// <c>CultureInfo.GetCultureInfo("en-US")</c> do not share their name string (their culture data differ
    /// by the user-override flag), but every <c>new CultureInfo("en-US")</c> shares one. So the first match
    /// by value stores the caller's string in the entry, and the next object of that kind matches by
    /// reference: middleware that calls <c>new CultureInfo(name)</c> per request measured 1.1x to 1.7x the
    /// cached object, against about 2x when every call compared the whole name. Only the first is kept:
    /// objects of both kinds in turn, or a subclass that makes a new name string per call, would otherwise
    /// store on every call. Names that differ are compared length, then last character, then whole: the
    /// cultures a server rotates (zh-Hans, zh-Hant; en-US, en-GB) differ at the end, so a miss costs no
    /// string comparison; comparing whole made three cultures in turn up to 1.35x the hand-written switch in
    /// one run. The comments below are the ones a reader of the generated file needs.
    /// </remarks>
    internal const string Helpers = """
        // The cultures resolved lately, by name; racing callers only replace entries, or an entry's name by an equal one.
        private static readonly CultureCacheEntry?[] s_cultureCache = new CultureCacheEntry?[4];

        private static int s_nextCultureCacheSlot;

        // The culture object resolved last (CurrentUICulture, most often), set only when a culture is resolved.
        private static CultureCacheEntry? s_lastCulture;

        private static int CultureIndexOf(global::System.Globalization.CultureInfo culture)
        {
            var last = s_lastCulture;
            if (last != null && object.ReferenceEquals(last.Culture, culture))
            {
                return last.Index;
            }

            var name = culture.Name ?? string.Empty;

            // A subclass may have any parents: only a plain CultureInfo is remembered by object.
            var plain = culture.GetType() == typeof(global::System.Globalization.CultureInfo);
            if (last != null && MatchAndKeepName(last, name, plain))
            {
                return last.Index;
            }

            var cache = s_cultureCache;
            for (var i = 0; i < cache.Length; i++)
            {
                var entry = cache[i];
                if (entry != null && MatchAndKeepName(entry, name, plain))
                {
                    return entry.Index;
                }
            }

            var index = name.Length == 0 ? 0 : MatchCultureName(name);
            var byName = index >= 0;
            if (!byName)
            {
                index = MatchParents(culture);
                if (!plain)
                {
                    return index;
                }
            }

            var added = new CultureCacheEntry(plain ? culture : null, name, index, byName);
            var slot = s_nextCultureCacheSlot & 3;
            s_nextCultureCacheSlot = slot + 1;
            cache[slot] = added;
            if (plain)
            {
                s_lastCulture = added;
            }

            return index;
        }

        // By reference first, then length and last character: names used together differ at the end (zh-Hans, zh-Hant).
        // The first match by value keeps the caller's string, which new CultureInfo(name) objects share, so the
        // next one matches by reference; only once, so two kinds of object never rewrite the entry call after call.
        private static bool MatchAndKeepName(CultureCacheEntry entry, string name, bool plain)
        {
            var cached = entry.Name;
            if (!(entry.ByName || plain))
            {
                return false;
            }

            if (object.ReferenceEquals(cached, name))
            {
                return true;
            }

            if (cached.Length != name.Length
                || (name.Length > 0 && cached[name.Length - 1] != name[name.Length - 1])
                || !string.Equals(cached, name))
            {
                return false;
            }

            if (!entry.NameKept)
            {
                entry.Name = name;
                entry.NameKept = true;
            }

            return true;
        }

        private static int MatchParents(global::System.Globalization.CultureInfo culture)
        {
            // The parents in turn, then the neutral culture; the bound ends parents that loop.
            var current = culture;
            for (var depth = 0; depth < 16; depth++)
            {
                var parent = current.Parent;
                if (parent == null || object.ReferenceEquals(parent, current) || string.IsNullOrEmpty(parent.Name))
                {
                    break;
                }

                var index = MatchCultureName(parent.Name);
                if (index >= 0)
                {
                    return index;
                }

                current = parent;
            }

            return 0;
        }

        private static int MatchCultureName(string name)
        {
            for (var i = 0; i < s_cultureTags.Length; i++)
            {
                var tag = s_cultureTags[i];
                if (name.Length >= tag.Length
                    && string.Compare(name, 0, tag, 0, tag.Length, global::System.StringComparison.OrdinalIgnoreCase) == 0
                    && (name.Length == tag.Length || name[tag.Length] == '-'))
                {
                    return s_cultureTagIndexes[i];
                }
            }

            return -1;
        }

        private sealed class CultureCacheEntry
        {
            internal readonly global::System.Globalization.CultureInfo? Culture;
            internal string Name;
            internal readonly int Index;
            internal readonly bool ByName;
            internal bool NameKept;

            internal CultureCacheEntry(global::System.Globalization.CultureInfo? culture, string name, int index, bool byName)
            {
                Culture = culture;
                Name = name;
                Index = index;
                ByName = byName;
            }
        }
        """;

    public static void WriteGetMessage(SourceWriter writer, CatalogSpec spec, TypeNames names, MessageColumns columns)
    {
        var single = spec.Cultures.Count == 1;
        writer.Doc("<summary>");
        if (single)
        {
            writer.Doc("The code's message. The catalog has no culture files, so every culture gets the same text: the page's.");
        }
        else
        {
            var tags = spec.Cultures.Where(culture => culture.Tag.Length > 0).Select(culture => culture.Tag);
            writer.Doc("The code's message in <paramref name=\"culture\"/> (" + XmlDocText.Escape(string.Join(", ", tags)) + "),")
                .Doc("falling back as <see cref=\"global::System.Resources.ResourceManager\"/> does: the culture, its parents, then the neutral messages"
                     + (spec.Cultures[0].Tag.Length > 0 ? " (" + XmlDocText.Escape(spec.Cultures[0].Tag) + ")" : string.Empty) + ".")
                .Doc("Cultures are matched by name as well, so this also works where the host has no culture data (globalization-invariant mode).");
        }

        writer.Doc("</summary>")
            .Doc("<param name=\"value\">The status code.</param>")
            .Doc("<param name=\"culture\">The culture; null for <see cref=\"" + CultureInfo + ".CurrentUICulture\"/>.</param>")
            .Doc("<returns>The message; for a value the page does not list, a message in that culture that contains the number.</returns>")
            .Line("public static string GetMessage(this " + names.Enum + " value, " + CultureInfo + names.NullableMark + " culture = null)")
            .Open();
        if (single && columns.CultureFields[0] == MessageColumns.DescriptionsField && columns.PageCultureIndex == 0)
        {
            writer.Line("return GetDescription(value);");
        }
        else if (single)
        {
            writer.Line("var index = IndexOf(value);")
                .Line("return index >= 0 ? " + columns.CultureFields[0] + "[index] : UnknownCodeMessage(value);");
        }
        else
        {
            writer.Line("var cultureIndex = CultureIndexOf(culture ?? " + CultureInfo + ".CurrentUICulture);")
                .Line("var index = IndexOf(value);")
                .Line("return index >= 0 ? s_messages[cultureIndex][index] : " + UnknownCodeMessageCall(spec, "cultureIndex") + ";");
        }

        writer.Close().Line();
    }

    /// <summary>The call that gives the message for a value the page does not list, in the culture at <paramref name="cultureIndex"/>.</summary>
    public static string UnknownCodeMessageCall(CatalogSpec spec, string cultureIndex)
        => spec.Cultures.Count == 1 ? "UnknownCodeMessage(value)" : "UnknownCodeMessage(value, " + cultureIndex + ")";

    /// <summary>The message for unlisted values in each culture, then, with several cultures, their resolution.</summary>
    public static void WriteHelpers(SourceWriter writer, CatalogSpec spec, TypeNames names, MessageColumns columns)
    {
        const string number = "((int)value).ToString(" + CultureInfo + ".InvariantCulture)";
        if (spec.Cultures.Count == 1)
        {
            writer.Line("private static string UnknownCodeMessage(" + names.Enum + " value)")
                .Open()
                .StartLine().Append("return string.Concat(").AppendLiteral(spec.Cultures[0].UnknownPrefix).Append(", " + number + ", ").AppendLiteral(spec.Cultures[0].UnknownSuffix).Append(");").EndLine()
                .Close();
            return;
        }

        writer.Line("// Each culture's message for a value the page does not list, around the number.")
            .StartLine().Append("private static readonly string[] s_unknownPrefixes = ");
        Strings(writer, spec.Cultures.Select(culture => culture.UnknownPrefix)).Append(';').EndLine()
            .StartLine().Append("private static readonly string[] s_unknownSuffixes = ");
        Strings(writer, spec.Cultures.Select(culture => culture.UnknownSuffix)).Append(';').EndLine()
            .Line()
            .Line("private static string UnknownCodeMessage(" + names.Enum + " value, int cultureIndex)")
            .Open()
            .Line("return string.Concat(s_unknownPrefixes[cultureIndex], " + number + ", s_unknownSuffixes[cultureIndex]);")
            .Close();

        var rules = MatchRules(spec);
        writer.Line()
            .Line("// Each culture's messages, by the index CultureIndexOf returns: " + string.Join(", ", spec.Cultures.Select(culture => MessageColumns.DisplayTag(culture.Tag))) + ".")
            .Line("private static readonly string[][] s_messages = { " + string.Join(", ", columns.CultureFields) + " };")
            .Line()
            .Line("// The tags each culture answers to, most specific first (en-US extends en), and that culture's index.")
            .StartLine().Append("private static readonly string[] s_cultureTags = ");
        Strings(writer, rules.Select(rule => rule.Tag)).Append(';').EndLine()
            .Line("private static readonly int[] s_cultureTagIndexes = { " + string.Join(", ", rules.Select(rule => rule.Index.ToString(System.Globalization.CultureInfo.InvariantCulture))) + " };")
            .Line()
            .Block(spec.CSharp8 ? Helpers : Helpers.Replace("CultureCacheEntry?", "CultureCacheEntry").Replace("CultureInfo?", "CultureInfo"));
    }

    private static SourceWriter Strings(SourceWriter writer, IEnumerable<string> texts)
    {
        writer.Append("{ ");
        var first = true;
        foreach (var text in texts)
        {
            if (!first)
            {
                writer.Append(", ");
            }

            writer.AppendLiteral(text);
            first = false;
        }

        return writer.Append(first ? "}" : " }");
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
}
