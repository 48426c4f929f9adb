using System.Linq;
using Ebet.StatusCodes.Generator.Model;

namespace Ebet.StatusCodes.Generator.Emitting;

/// <summary>
/// Writes the extensions class. Every lookup is one step from a value (or a name) to the code's index in the
/// page's order (<see cref="LookupWriter"/>), then array loads: the names, each text column, the classes.
/// Only the <c>Is…</c> methods keep a switch of their own, over the few codes of their class, since a
/// hand-written classifier is that small switch.
/// </summary>
internal static class ExtensionsEmitter
{
    private const string InvariantCulture = "global::System.Globalization.CultureInfo.InvariantCulture";
    private const string ReadOnlyCollection = "global::System.Collections.ObjectModel.ReadOnlyCollection";
    private const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";

    public static void Write(SourceWriter writer, CatalogSpec spec, TypeNames names)
    {
        writer.Doc("<summary>")
            .Doc("Lookups for <see cref=\"" + names.Enum + "\"/>: names, the vendor's texts, localized messages" + (spec.IsClassified ? " and classes." : " and whether a value is listed."))
            .Doc("No reflection, no dictionaries, nothing allocated for listed codes. Every method accepts values the page does not list:")
            .Doc(spec.IsClassified ? "texts then contain the number and every <c>Is…</c> method returns false." : "texts then contain the number.")
            .Doc("</summary>")
            .Line(names.GeneratedCodeAttribute)
            .Line(TypeNames.ExcludeFromCodeCoverageAttribute)
            .Line(names.Accessibility + " static partial class " + spec.ExtensionsName)
            .Open();

        var columns = new MessageColumns(spec);
        var lookups = new LookupWriter(spec, names);
        WriteArrays(writer, spec, names, columns);
        WriteCollections(writer, names);
        WriteNameAndDescription(writer, spec, names, columns);
        CultureLookupEmitter.WriteGetMessage(writer, spec, names, columns);
        if (spec.IsClassified)
        {
            WriteClassifiers(writer, spec, names, lookups);
        }

        WriteIsDefinedAndTryParse(writer, names);
        lookups.Write(writer);
        CultureLookupEmitter.WriteHelpers(writer, spec, names, columns);
        writer.Close();
    }

    private static void WriteArrays(SourceWriter writer, CatalogSpec spec, TypeNames names, MessageColumns columns)
    {
        var codes = new int[spec.Codes.Count];
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = spec.Codes[i].Value;
        }

        writer.Line("// Each code's data in the page's order: IndexOf and IndexOfName return a position in these arrays.")
            .Line("private static readonly int[] s_codes =").Numbers(codes)
            .Line()
            .Line("private static readonly string[] s_names =").Literals(spec.Codes.Select(code => code.MemberName).ToArray());
        foreach (var column in columns.Columns)
        {
            writer.Line().Line("// " + column.Comment).Line("private static readonly string[] " + column.Field + " =").Open();
            foreach (var code in spec.Codes)
            {
                writer.StartLine().AppendLiteral(column.CultureIndex < 0 ? code.Description : code.Messages[column.CultureIndex]).Append(',').EndLine();
            }

            writer.Close("};");
        }

        if (spec.IsClassified)
        {
            var classes = new int[spec.Codes.Count];
            for (var i = 0; i < classes.Length; i++)
            {
                classes[i] = (int)spec.Codes[i].Class;
            }

            writer.Line().Line("// Each code's class, as the number of its " + spec.ClassName + " member.").Line("private static readonly byte[] s_classes =").Numbers(classes);
        }

        writer.Line();
    }

    private static void WriteCollections(SourceWriter writer, TypeNames names)
    {
        writer.Doc("<summary>Every member of <see cref=\"" + names.Enum + "\"/>, in the page's order. The same read-only instance on every call.</summary>")
            .Line("public static " + ReadOnlyList + "<" + names.Enum + "> Values { get; } =")
            .Line("    new " + ReadOnlyCollection + "<" + names.Enum + ">(global::System.Array.ConvertAll(s_codes, code => (" + names.Enum + ")code));")
            .Line()
            .Doc("<summary>The name of every member, in the order of <see cref=\"Values\"/>. The same read-only instance on every call.</summary>")
            .Line("public static " + ReadOnlyList + "<string> Names { get; } =")
            .Line("    new " + ReadOnlyCollection + "<string>(s_names);")
            .Line();
    }

    private static void WriteNameAndDescription(SourceWriter writer, CatalogSpec spec, TypeNames names, MessageColumns columns)
    {
        writer.Doc("<summary>The member's name, as <see cref=\"object.ToString()\"/> gives it but without reflection.</summary>")
            .Doc("<param name=\"value\">The status code.</param>")
            .Doc("<returns>The member's name; for a value the page does not list, its number (invariant culture).</returns>")
            .Line("public static string ToStringFast(this " + names.Enum + " value)")
            .Open()
            .Line("var index = IndexOf(value);")
            .Line("return index >= 0 ? s_names[index] : ((int)value).ToString(" + InvariantCulture + ");")
            .Close()
            .Line();
        writer.Doc("<summary>The vendor's text for the code, as the page writes it (" + XmlDocText.Escape(spec.SourceFileName) + ").</summary>")
            .Doc("<param name=\"value\">The status code.</param>")
            .Doc("<returns>The page's text; for a value the page does not list, a message that contains the number.</returns>")
            .Line("public static string GetDescription(this " + names.Enum + " value)")
            .Open()
            .Line("var index = IndexOf(value);")
            .Line("return index >= 0 ? " + MessageColumns.DescriptionsField + "[index] : " + CultureLookupEmitter.UnknownCodeMessageCall(spec, columns.PageCultureIndex.ToString(System.Globalization.CultureInfo.InvariantCulture)) + ";")
            .Close()
            .Line();
    }

    private static void WriteClassifiers(SourceWriter writer, CatalogSpec spec, TypeNames names, LookupWriter lookups)
    {
        writer.Doc("<summary>The code's class: what it means for the caller (see <see cref=\"" + names.Class + "\"/>).</summary>")
            .Doc("<param name=\"value\">The status code.</param>")
            .Doc("<returns>The class the overlay gives the code; <see cref=\"" + names.Class + ".Unknown\"/> for a value the page does not list.</returns>")
            .Line("public static " + names.Class + " GetClass(this " + names.Enum + " value)")
            .Open()
            .Line("var index = IndexOf(value);")
            .Line("return index >= 0 ? (" + names.Class + ")s_classes[index] : " + names.Class + ".Unknown;")
            .Close()
            .Line();

        foreach (var statusClass in StatusClasses.All)
        {
            writer.Doc("<summary>True when the code's class is <see cref=\"" + names.Class + "." + statusClass + "\"/>. " + XmlDocText.Escape(spec.ClassMeanings[(int)statusClass]) + "</summary>")
                .Doc("<param name=\"value\">The status code.</param>")
                .Line("public static bool Is" + statusClass + "(this " + names.Enum + " value)")
                .Open();
            lookups.WriteMembership(writer, statusClass);
            writer.Close().Line();
        }
    }

    private static void WriteIsDefinedAndTryParse(SourceWriter writer, TypeNames names)
    {
        writer.Doc("<summary>True when the page lists the value: <see cref=\"global::System.Enum.IsDefined(global::System.Type, object)\"/> without reflection or boxing.</summary>")
            .Doc("<param name=\"value\">The status code.</param>")
            .Doc("<returns>True for the members of <see cref=\"" + names.Enum + "\"/>, false for any other value.</returns>")
            .Line("public static bool IsDefined(this " + names.Enum + " value)")
            .Open()
            .Line("return IndexOf(value) >= 0;")
            .Close()
            .Line()
            .Doc("<summary>True when the page lists the number, as it arrives in a response's <c>status</c> field.</summary>")
            .Doc("<param name=\"value\">The number.</param>")
            .Doc("<returns>True when a member of <see cref=\"" + names.Enum + "\"/> has this value.</returns>")
            .Line("public static bool IsDefined(int value)")
            .Open()
            .Line("return IndexOf((" + names.Enum + ")value) >= 0;")
            .Close()
            .Line()
            .Doc("<summary>Finds the member with the given name, as <see cref=\"global::System.Enum.TryParse{TEnum}(string, bool, out TEnum)\"/> does for names, without reflection.</summary>")
            .Doc("<param name=\"name\">A member's name, such as one <see cref=\"ToStringFast\"/> returned. Numbers are not names: cast a number instead.</param>")
            .Doc("<param name=\"value\">The member when found; otherwise the default value.</param>")
            .Doc("<param name=\"ignoreCase\">True to compare names ignoring case (ordinal).</param>")
            .Doc("<returns>True when a member has that name.</returns>")
            .Line("public static bool TryParse(string" + names.NullableMark + " name, out " + names.Enum + " value, bool ignoreCase = false)")
            .Open()
            .Line("var index = name == null ? -1 : ignoreCase ? IndexOfNameIgnoringCase(name) : IndexOfName(name);")
            .Line("value = index >= 0 ? (" + names.Enum + ")s_codes[index] : default(" + names.Enum + ");")
            .Line("return index >= 0;")
            .Close()
            .Line();
    }
}
