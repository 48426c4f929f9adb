using System;
using System.Collections.Generic;
using Ebet.StatusCodes.Generator.Model;
using Ebet.StatusCodes.Generator.Naming;

namespace Ebet.StatusCodes.Generator.Emitting;

/// <summary>
/// Writes the steps from a value or a name to the code's index in the page's order, in one of two shapes.
/// Up to <see cref="SwitchLimit"/> codes, switches: <c>IndexOf</c> over the enum's members, which the JIT
/// inlines into each lookup (as fast as a hand-written switch that returns the text itself), and
/// <c>IndexOfName</c> over the names, inlined into <c>TryParse</c>, which the compiler turns into a dispatch on
/// length and characters.
/// Beyond it, a binary search over sorted arrays: the C# compiler's time and memory for a single switch
/// grow faster than linearly with its cases (measured: 12,000 cases took 10 s and 6 GB to compile), so a
/// catalog of tens of thousands of codes would not build. Ignoring case, both shapes compare the name only
/// with the names of its length (ordinal comparison ignoring case keeps a name's length).
/// </summary>
internal sealed class LookupWriter
{
    public const int SwitchLimit = 256;

    private const string AggressiveInlining =
        "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]";

    private readonly CatalogSpec _spec;
    private readonly TypeNames _names;

    public LookupWriter(CatalogSpec spec, TypeNames names)
    {
        _spec = spec;
        _names = names;
        UsesTables = spec.Codes.Count > SwitchLimit;
    }

    public bool UsesTables { get; }

    public void Write(SourceWriter writer)
    {
        if (UsesTables)
        {
            WriteIndexOfByBinarySearch(writer);
            WriteIndexOfNameByBinarySearch(writer);
        }
        else
        {
            WriteIndexOfBySwitch(writer);
            WriteIndexOfNameBySwitch(writer);
        }

        WriteIndexOfNameIgnoringCase(writer);
    }

    /// <summary>The body of an <c>Is…</c> method: a switch over the codes of the class, or, in table mode, their class.</summary>
    public void WriteMembership(SourceWriter writer, StatusClass statusClass)
    {
        if (UsesTables)
        {
            writer.Line("return GetClass(value) == " + _names.Class + "." + statusClass + ";");
            return;
        }

        var any = false;
        foreach (var code in _spec.Codes)
        {
            if (code.Class == statusClass)
            {
                if (!any)
                {
                    writer.Line("switch (value)").Open();
                    any = true;
                }

                writer.StartLine().Append("case ").Append(_names.Enum).Append('.').Append(Identifiers.ToSource(code.MemberName)).Append(':').EndLine();
            }
        }

        if (!any)
        {
            writer.Line("return false;");
            return;
        }

        writer.Line("    return true;").Line("default:").Line("    return false;").Close();
    }

    private void WriteIndexOfBySwitch(SourceWriter writer)
    {
        writer.Line("// The lookups' first step, inlined into each: the code's index in the page's order, or -1.")
            .Line(AggressiveInlining);
        WriteIndexSwitch(
            writer,
            "private static int IndexOf(" + _names.Enum + " value)",
            "value",
            (line, i) => line.Append(_names.Enum).Append('.').Append(Identifiers.ToSource(_spec.Codes[i].MemberName)));
    }

    private void WriteIndexOfNameBySwitch(SourceWriter writer)
    {
        // TryParse is its one caller. Called, TryParse measured 0.88x to 1.32x the hand-written switch; inlined, 0.71x to 0.90x.
        writer.Line("// TryParse's first step, inlined into it: the name's index in the page's order, or -1.")
            .Line(AggressiveInlining);
        WriteIndexSwitch(writer, "private static int IndexOfName(string name)", "name", (line, i) => line.AppendLiteral(_spec.Codes[i].MemberName));
    }

    /// <summary>
    /// A method that returns the index of the code whose label its argument matches, or -1: a switch expression
    /// where the consumer's language has them, else a switch statement. The JIT compiles both to the same
    /// dispatch (DOTNET_JitDisasm: they differ in registers and in jumps to one shared return).
    /// </summary>
    private void WriteIndexSwitch(SourceWriter writer, string signature, string argument, Action<SourceWriter, int> appendLabel)
    {
        var count = _spec.Codes.Count;
        if (count == 0)
        {
            writer.Line(signature).Open().Line("return -1;").Close().Line();
            return;
        }

        if (_spec.CSharp8)
        {
            writer.Line(signature + " => " + argument + " switch").Open();
            for (var i = 0; i < count; i++)
            {
                appendLabel(writer.StartLine(), i);
                writer.Append(" => ").Append(i).Append(',').EndLine();
            }

            writer.Line("_ => -1,").Close("};").Line();
            return;
        }

        writer.Line(signature).Open().Line("switch (" + argument + ")").Open();
        for (var i = 0; i < count; i++)
        {
            appendLabel(writer.StartLine().Append("case "), i);
            writer.Append(": return ").Append(i).Append(';').EndLine();
        }

        writer.Line("default: return -1;").Close().Close().Line();
    }

    private void WriteIndexOfByBinarySearch(SourceWriter writer)
    {
        var byValue = Order((left, right) => _spec.Codes[left].Value.CompareTo(_spec.Codes[right].Value));
        var sortedCodes = new int[byValue.Length];
        for (var i = 0; i < byValue.Length; i++)
        {
            sortedCodes[i] = _spec.Codes[byValue[i]].Value;
        }

        writer.Line("// The codes in ascending order, and the index of each: IndexOf's binary search.")
            .Line("private static readonly int[] s_sortedCodes =").Numbers(sortedCodes)
            .Line()
            .Line("private static readonly int[] s_sortedCodeIndexes =").Numbers(byValue)
            .Line()
            .Line("// The lookups' first step: the code's index in the page's order, or -1.")
            .Line(AggressiveInlining)
            .Line("private static int IndexOf(" + _names.Enum + " value)")
            .Open()
            .Line("var found = global::System.Array.BinarySearch(s_sortedCodes, (int)value);")
            .Line("return found >= 0 ? s_sortedCodeIndexes[found] : -1;")
            .Close()
            .Line();
    }

    private void WriteIndexOfNameByBinarySearch(SourceWriter writer)
    {
        // Ordinal order is the same on every runtime, so the order sorted here is the order the search assumes.
        var byName = Order((left, right) => string.CompareOrdinal(_spec.Codes[left].MemberName, _spec.Codes[right].MemberName));
        writer.Line("// The indexes in the ordinal order of the names: IndexOfName's binary search.")
            .Line("private static readonly int[] s_ordinalNameIndexes =").Numbers(byName)
            .Line()
            .Line("private static int IndexOfName(string name)")
            .Open()
            .Line("var low = 0;")
            .Line("var high = s_ordinalNameIndexes.Length - 1;")
            .Line("while (low <= high)")
            .Open()
            .Line("var middle = low + ((high - low) / 2);")
            .Line("var index = s_ordinalNameIndexes[middle];")
            .Line("var comparison = string.CompareOrdinal(s_names[index], name);")
            .Line("if (comparison == 0)").Open().Line("return index;").Close()
            .Line()
            .Line("if (comparison < 0)").Open().Line("low = middle + 1;").Close()
            .Line("else").Open().Line("high = middle - 1;").Close()
            .Close()
            .Line()
            .Line("return -1;")
            .Close()
            .Line();
    }

    private void WriteIndexOfNameIgnoringCase(SourceWriter writer)
    {
        var byLength = Order((left, right) => _spec.Codes[left].MemberName.Length.CompareTo(_spec.Codes[right].MemberName.Length));
        var longest = byLength.Length == 0 ? -1 : _spec.Codes[byLength[byLength.Length - 1]].MemberName.Length;
        var starts = new int[longest + 2];
        var position = 0;
        for (var length = 0; length < starts.Length; length++)
        {
            while (position < byLength.Length && _spec.Codes[byLength[position]].MemberName.Length < length)
            {
                position++;
            }

            starts[length] = position;
        }

        writer.Line("// Ignoring case, only names of the same length match: those of length n, by index, from s_nameLengthStarts[n] to [n + 1].")
            .Line("private static readonly int[] s_nameLengthIndexes =").Numbers(byLength)
            .Line()
            .Line("private static readonly int[] s_nameLengthStarts =").Numbers(starts)
            .Line()
            .Line("private static int IndexOfNameIgnoringCase(string name)")
            .Open()
            .Line("var length = name.Length;")
            .Line("if (length >= s_nameLengthStarts.Length - 1)").Open().Line("return -1;").Close()
            .Line()
            .Line("for (var i = s_nameLengthStarts[length]; i < s_nameLengthStarts[length + 1]; i++)")
            .Open()
            .Line("var index = s_nameLengthIndexes[i];")
            .Line("var candidate = s_names[index];")
            .Line("if (MayEqualIgnoringCase(name[0], candidate[0])")
            .Line("    && MayEqualIgnoringCase(name[length - 1], candidate[length - 1])")
            .Line("    && string.Equals(name, candidate, global::System.StringComparison.OrdinalIgnoreCase))")
            .Open().Line("return index;").Close()
            .Close()
            .Line()
            .Line("return -1;")
            .Close()
            .Line()
            .Line("// False only for ASCII characters that differ ignoring case: a name they rule out costs no string comparison.")
            .Line("private static bool MayEqualIgnoringCase(char left, char right)")
            .Open()
            .Line("return left >= 0x80 || right >= 0x80 || (left | 0x20) == (right | 0x20);")
            .Close()
            .Line();
    }

    /// <summary>The indexes of the codes, sorted by <paramref name="comparison"/>; ties keep the page's order.</summary>
    private int[] Order(Comparison<int> comparison)
    {
        var order = new List<int>(_spec.Codes.Count);
        for (var i = 0; i < _spec.Codes.Count; i++)
        {
            order.Add(i);
        }

        // List.Sort is not stable: the index breaks ties, so the output never depends on the sort's algorithm.
        order.Sort((left, right) =>
        {
            var result = comparison(left, right);
            return result != 0 ? result : left.CompareTo(right);
        });
        return order.ToArray();
    }
}
