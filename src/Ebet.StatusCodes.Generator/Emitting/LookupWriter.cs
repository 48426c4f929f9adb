using System;
using System.Collections.Generic;
using System.Linq;
using Ebet.StatusCodes.Generator.Model;

namespace Ebet.StatusCodes.Generator.Emitting;

/// <summary>
/// Writes the body of a per-code lookup in one of two shapes. Up to <see cref="SwitchLimit"/> codes,
/// a switch over the value: what a careful person writes by hand, and the fastest lookup. Beyond it,
/// arrays ordered by code and a binary search: the C# compiler's time and memory for a single switch
/// grow faster than linearly with its cases (measured: 12,000 cases took 10 s and 6 GB to compile),
/// so a catalog of tens of thousands of codes would not build.
/// </summary>
internal sealed class LookupWriter
{
    public const int SwitchLimit = 256;

    private readonly CatalogSpec _spec;

    /// <summary>The codes ordered by value, for the arrays; ties cannot occur (codes are unique).</summary>
    private readonly CodeSpec[] _byValue;

    public LookupWriter(CatalogSpec spec)
    {
        _spec = spec;
        UsesTables = spec.Codes.Count > SwitchLimit;
        _byValue = spec.Codes.OrderBy(code => code.Value).ToArray();
    }

    public bool UsesTables { get; }

    /// <summary>In table mode, the sorted codes and the binary search every lookup starts with.</summary>
    public void WriteIndex(SourceWriter writer)
    {
        if (!UsesTables)
        {
            return;
        }

        writer.Line("private static readonly int[] s_sortedCodes = new int[]").Open();
        WriteItems(writer, _byValue.Select(code => CatalogEmitter.Number(code.Value)));
        writer.Close("};").Line()
            .Line("private static int IndexOf(int value)")
            .Open()
            .Line("var index = global::System.Array.BinarySearch(s_sortedCodes, value);")
            .Line("return index < 0 ? -1 : index;")
            .Close()
            .Line();
    }

    /// <summary>In table mode, an array of each code's text, in the order of the sorted codes.</summary>
    public void DeclareTexts(SourceWriter writer, string arrayName, Func<CodeSpec, string> text)
    {
        if (!UsesTables)
        {
            return;
        }

        writer.Line("private static readonly string[] " + arrayName + " = new string[]").Open();
        WriteItems(writer, _byValue.Select(code => CSharpLiteral.Quote(text(code))));
        writer.Close("};").Line();
    }

    /// <summary>Returns each code's text, or runs <paramref name="otherwise"/> for a value the page does not list.</summary>
    public void ReturnText(SourceWriter writer, string arrayName, Func<CodeSpec, string> text, string otherwise)
    {
        if (UsesTables)
        {
            writer.Line("var index = IndexOf((int)value);")
                .Line("if (index >= 0)").Open().Line("return " + arrayName + "[index];").Close()
                .Line()
                .Line(otherwise);
            return;
        }

        writer.Line("switch ((int)value)").Open();
        foreach (var code in _spec.Codes)
        {
            writer.Line("case " + CatalogEmitter.Number(code.Value) + ": return " + CSharpLiteral.Quote(text(code)) + ";");
        }

        writer.Line("default: " + otherwise).Close();
    }

    /// <summary>In table mode, each code's class as a byte, in the order of the sorted codes.</summary>
    public void DeclareClasses(SourceWriter writer)
    {
        if (!UsesTables)
        {
            return;
        }

        writer.Line("private static readonly byte[] s_classes = new byte[]").Open();
        WriteItems(writer, _byValue.Select(code => CatalogEmitter.Number((int)code.Class)));
        writer.Close("};").Line();
    }

    /// <summary>Returns the code's class; the unknown class for a value the page does not list.</summary>
    public void ReturnClass(SourceWriter writer, string classType)
    {
        if (UsesTables)
        {
            writer.Line("var index = IndexOf((int)value);")
                .Line("return index >= 0 ? (" + classType + ")s_classes[index] : " + classType + ".Unknown;");
            return;
        }

        var classified = _spec.Codes.Where(code => code.Class != StatusClass.Unknown).ToList();
        if (classified.Count == 0)
        {
            writer.Line("return " + classType + ".Unknown;");
            return;
        }

        writer.Line("switch ((int)value)").Open();
        foreach (var statusClass in StatusClasses.All)
        {
            var codes = classified.Where(code => code.Class == statusClass).ToList();
            if (codes.Count == 0)
            {
                continue;
            }

            foreach (var code in codes)
            {
                writer.Line("case " + CatalogEmitter.Number(code.Value) + ":");
            }

            writer.Line("    return " + classType + "." + statusClass + ";");
        }

        writer.Line("default:").Line("    return " + classType + ".Unknown;").Close();
    }

    /// <summary>Returns whether the code has the class (or, for null, whether the page lists it at all).</summary>
    public void ReturnMembership(SourceWriter writer, StatusClass? statusClass, string operand, string classType)
    {
        if (UsesTables)
        {
            writer.Line(statusClass is null
                ? "return IndexOf(" + operand + ") >= 0;"
                : "return GetClass(value) == " + classType + "." + statusClass + ";");
            return;
        }

        var codes = _spec.Codes.Where(code => statusClass is null || code.Class == statusClass).ToList();
        if (codes.Count == 0)
        {
            writer.Line("return false;");
            return;
        }

        writer.Line("switch (" + operand + ")").Open();
        foreach (var code in codes)
        {
            writer.Line("case " + CatalogEmitter.Number(code.Value) + ":");
        }

        writer.Line("    return true;").Line("default:").Line("    return false;").Close();
    }

    /// <summary>
    /// The body of TryParse once the name is known not to be null. Switch mode: exact case is a
    /// <c>switch</c> on the name, which the compiler turns into a dispatch on length and characters;
    /// ignoring case, a switch on the name's length (ordinal ignoring case keeps the length), then
    /// one comparison per member of that length, each against a constant with a constant comparison
    /// so that the JIT can unroll it. (One length switch for both, with the comparison in a
    /// variable, made exact-case parsing twice as slow as a hand-written switch.) Table mode: a binary search over the names in ordinal order
    /// (ordinal order is the same on every runtime, so the order the generator sorts in is the order
    /// the search assumes), then, ignoring case, a scan of every name.
    /// </summary>
    public void WriteNameMatch(SourceWriter writer, string enumType)
    {
        if (UsesTables)
        {
            writer.Line("var found = global::System.Array.BinarySearch(s_ordinalNames, name, global::System.StringComparer.Ordinal);")
                .Line("if (found >= 0)").Open()
                .Line("value = (" + enumType + ")s_ordinalNameCodes[found];")
                .Line("return true;")
                .Close()
                .Line()
                .Line("if (ignoreCase)")
                .Open()
                .Line("for (var i = 0; i < s_nameArray.Length; i++)")
                .Open()
                .Line("if (string.Equals(name, s_nameArray[i], global::System.StringComparison.OrdinalIgnoreCase))")
                .Open()
                .Line("value = s_valueArray[i];")
                .Line("return true;")
                .Close()
                .Close()
                .Close();
            return;
        }

        if (_spec.Codes.Count == 0)
        {
            // No member, no name to find (and an empty switch would be warning CS1522).
            return;
        }

        writer.Line("if (!ignoreCase)").Open().Line("switch (name)").Open();
        foreach (var code in _spec.Codes)
        {
            writer.Line("case " + CSharpLiteral.Quote(code.MemberName) + ":")
                .Line("    value = " + enumType + "." + Naming.Identifiers.ToSource(code.MemberName) + ";")
                .Line("    return true;");
        }

        writer.Close().Close().Line("else").Open().Line("switch (name.Length)").Open();
        foreach (var group in _spec.Codes.GroupBy(code => code.MemberName.Length).OrderBy(group => group.Key))
        {
            writer.Line("case " + CatalogEmitter.Number(group.Key) + ":").Open();
            foreach (var code in group)
            {
                writer.Line("if (string.Equals(name, " + CSharpLiteral.Quote(code.MemberName) + ", global::System.StringComparison.OrdinalIgnoreCase))")
                    .Open()
                    .Line("value = " + enumType + "." + Naming.Identifiers.ToSource(code.MemberName) + ";")
                    .Line("return true;")
                    .Close()
                    .Line();
            }

            writer.Line("break;").Close();
        }

        writer.Close().Close();
    }

    /// <summary>In table mode, the names in ordinal order and their codes, for <see cref="WriteNameMatch"/>.</summary>
    public void DeclareNameIndex(SourceWriter writer)
    {
        if (!UsesTables)
        {
            return;
        }

        var byName = _spec.Codes.OrderBy(code => code.MemberName, StringComparer.Ordinal).ToArray();
        writer.Line("private static readonly string[] s_ordinalNames = new string[]").Open();
        WriteItems(writer, byName.Select(code => CSharpLiteral.Quote(code.MemberName)));
        writer.Close("};").Line();
        writer.Line("private static readonly int[] s_ordinalNameCodes = new int[]").Open();
        WriteItems(writer, byName.Select(code => CatalogEmitter.Number(code.Value)));
        writer.Close("};").Line();
    }

    private static void WriteItems(SourceWriter writer, IEnumerable<string> items)
    {
        foreach (var item in items)
        {
            writer.Line(item + ",");
        }
    }
}
