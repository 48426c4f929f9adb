using System;
using System.Collections.Generic;
using System.Linq;
using Ebet.StatusCodes.Generator.Model;

namespace Ebet.StatusCodes.Generator.Emitting;

/// <summary>Writes the extensions class: names, texts, messages, classes, IsDefined, TryParse and the collections.</summary>
internal static class ExtensionsEmitter
{
    private const string InvariantCulture = "global::System.Globalization.CultureInfo.InvariantCulture";
    private const string CultureInfo = "global::System.Globalization.CultureInfo";

    public static void Write(SourceWriter writer, CatalogSpec spec, CatalogEmitter.TypeNames names)
    {
        writer.Doc("<summary>")
            .Doc("Lookups for <see cref=\"" + names.Enum + "\"/>: names, the vendor's texts, localized messages and classes.")
            .Doc("Lookups over constants: no reflection, no dictionaries, nothing allocated for listed codes.")
            .Doc("Every method accepts values the page does not list: texts then contain the number and every <c>Is…</c> method returns false.")
            .Doc("</summary>")
            .Line(names.GeneratedCodeAttribute)
            .Line("public static partial class " + spec.ExtensionsName)
            .Open();

        var lookups = new LookupWriter(spec);
        WriteCollections(writer, spec, names);
        lookups.WriteIndex(writer);
        WriteToStringFast(writer, names, lookups);
        WriteGetDescription(writer, spec, names, lookups);
        CultureLookupEmitter.WriteGetMessage(writer, spec, names, lookups);
        WriteClassifiers(writer, names, lookups);
        WriteIsDefined(writer, names, lookups);
        WriteTryParse(writer, names, lookups);
        CultureLookupEmitter.WriteHelpers(writer, spec);

        writer.Close();
    }

    private static void WriteCollections(SourceWriter writer, CatalogSpec spec, CatalogEmitter.TypeNames names)
    {
        writer.Line("private static readonly " + names.Enum + "[] s_valueArray = new " + names.Enum + "[]").Open();
        foreach (var code in spec.Codes)
        {
            writer.Line(names.Enum + "." + Naming.Identifiers.ToSource(code.MemberName) + ",");
        }

        writer.Close("};").Line();
        writer.Line("private static readonly string[] s_nameArray = new string[]").Open();
        foreach (var code in spec.Codes)
        {
            writer.Line(CSharpLiteral.Quote(code.MemberName) + ",");
        }

        writer.Close("};").Line();
        writer.Line("private static readonly global::System.Collections.ObjectModel.ReadOnlyCollection<" + names.Enum + "> s_values =")
            .Line("    new global::System.Collections.ObjectModel.ReadOnlyCollection<" + names.Enum + ">(s_valueArray);")
            .Line()
            .Line("private static readonly global::System.Collections.ObjectModel.ReadOnlyCollection<string> s_names =")
            .Line("    new global::System.Collections.ObjectModel.ReadOnlyCollection<string>(s_nameArray);")
            .Line();

        writer.Doc("<summary>Every member of <see cref=\"" + names.Enum + "\"/>, in the page's order. The same read-only instance on every call.</summary>")
            .Line("public static global::System.Collections.Generic.IReadOnlyList<" + names.Enum + "> Values")
            .Open().Line("get { return s_values; }").Close()
            .Line();
        writer.Doc("<summary>The name of every member of <see cref=\"" + names.Enum + "\"/>, in the order of <see cref=\"Values\"/>. The same read-only instance on every call.</summary>")
            .Line("public static global::System.Collections.Generic.IReadOnlyList<string> Names")
            .Open().Line("get { return s_names; }").Close()
            .Line();
    }

    private static void WriteToStringFast(SourceWriter writer, CatalogEmitter.TypeNames names, LookupWriter lookups)
    {
        lookups.DeclareTexts(writer, "s_sortedNames", code => code.MemberName);
        writer.Doc("<summary>The member's name, as <see cref=\"object.ToString()\"/> gives it but without reflection.</summary>")
            .Doc("<param name=\"value\">The status code.</param>")
            .Doc("<returns>The member's name; for a value the page does not list, its number (invariant culture).</returns>")
            .Line("public static string ToStringFast(this " + names.Enum + " value)")
            .Open();
        lookups.ReturnText(writer, "s_sortedNames", code => code.MemberName, "return ((int)value).ToString(" + InvariantCulture + ");");
        writer.Close().Line();
    }

    private static void WriteGetDescription(SourceWriter writer, CatalogSpec spec, CatalogEmitter.TypeNames names, LookupWriter lookups)
    {
        lookups.DeclareTexts(writer, "s_descriptions", code => code.Description);
        writer.Doc("<summary>The vendor's text for the code, as the page writes it (" + XmlDocText.Escape(spec.SourceFileName) + ").</summary>")
            .Doc("<param name=\"value\">The status code.</param>")
            .Doc("<returns>The page's text; for a value the page does not list, a message that contains the number.</returns>")
            .Line("public static string GetDescription(this " + names.Enum + " value)")
            .Open();
        var pageCulture = Math.Max(spec.PageCultureIndex, 0);
        lookups.ReturnText(writer, "s_descriptions", code => code.Description, "return " + CultureLookupEmitter.UnknownMessageCall(spec.Cultures[pageCulture]) + ";");
        writer.Close().Line();
    }

    private static void WriteClassifiers(SourceWriter writer, CatalogEmitter.TypeNames names, LookupWriter lookups)
    {
        lookups.DeclareClasses(writer);
        writer.Doc("<summary>The code's class: what it means for the caller (see <see cref=\"" + names.Class + "\"/>).</summary>")
            .Doc("<param name=\"value\">The status code.</param>")
            .Doc("<returns>The class the overlay gives the code; <see cref=\"" + names.Class + ".Unknown\"/> for a value the page does not list.</returns>")
            .Line("public static " + names.Class + " GetClass(this " + names.Enum + " value)")
            .Open();
        lookups.ReturnClass(writer, names.Class);
        writer.Close().Line();

        foreach (var statusClass in StatusClasses.All)
        {
            writer.Doc("<summary>True when the code's class is <see cref=\"" + names.Class + "." + statusClass + "\"/>. " + XmlDocText.Escape(StatusClasses.Meaning(statusClass)) + "</summary>")
                .Doc("<param name=\"value\">The status code.</param>")
                .Doc("<returns>True for the codes of that class; false for every other value, listed or not.</returns>")
                .Line("public static bool Is" + statusClass + "(this " + names.Enum + " value)")
                .Open();
            lookups.ReturnMembership(writer, statusClass, "(int)value", names.Class);
            writer.Close().Line();
        }
    }

    private static void WriteIsDefined(SourceWriter writer, CatalogEmitter.TypeNames names, LookupWriter lookups)
    {
        writer.Doc("<summary>True when the page lists the value: <see cref=\"global::System.Enum.IsDefined(global::System.Type, object)\"/> without reflection or boxing.</summary>")
            .Doc("<param name=\"value\">The status code.</param>")
            .Doc("<returns>True for the members of <see cref=\"" + names.Enum + "\"/>, false for any other value.</returns>")
            .Line("public static bool IsDefined(this " + names.Enum + " value)")
            .Open()
            .Line("return IsDefined((int)value);")
            .Close()
            .Line();
        writer.Doc("<summary>True when the page lists the number, as it arrives in a response's <c>status</c> field.</summary>")
            .Doc("<param name=\"value\">The number.</param>")
            .Doc("<returns>True when a member of <see cref=\"" + names.Enum + "\"/> has this value.</returns>")
            .Line("public static bool IsDefined(int value)")
            .Open();
        lookups.ReturnMembership(writer, null, "value", names.Class);
        writer.Close().Line();
    }

    private static void WriteTryParse(SourceWriter writer, CatalogEmitter.TypeNames names, LookupWriter lookups)
    {
        lookups.DeclareNameIndex(writer);
        writer.Doc("<summary>Finds the member with the given name, as <see cref=\"global::System.Enum.TryParse{TEnum}(string, bool, out TEnum)\"/> does for names, without reflection.</summary>")
            .Doc("<param name=\"name\">A member's name, such as one <see cref=\"ToStringFast\"/> returned. Numbers are not names: cast a number instead.</param>")
            .Doc("<param name=\"value\">The member when found; otherwise the default value.</param>")
            .Doc("<param name=\"ignoreCase\">True to compare names ignoring case (ordinal).</param>")
            .Doc("<returns>True when a member has that name.</returns>")
            .Line("public static bool TryParse(" + names.NullableString + " name, out " + names.Enum + " value, bool ignoreCase = false)")
            .Open()
            .Line("if (name != null)")
            .Open();
        lookups.WriteNameMatch(writer, names.Enum);
        writer.Close()
            .Line()
            .Line("value = default(" + names.Enum + ");")
            .Line("return false;")
            .Close()
            .Line();
    }
}
