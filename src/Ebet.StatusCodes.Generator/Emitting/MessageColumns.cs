using System;
using System.Collections.Generic;
using System.Text;
using Ebet.StatusCodes.Generator.Model;

namespace Ebet.StatusCodes.Generator.Emitting;

/// <summary>
/// The text arrays of a catalog: the page's text (<see cref="DescriptionsField"/>), then one array per
/// culture whose messages differ from every array before it. A culture whose messages repeat the page's
/// or another culture's reads that array; its message for unlisted values is its own either way.
/// </summary>
internal sealed class MessageColumns
{
    public const string DescriptionsField = "s_descriptions";

    public MessageColumns(CatalogSpec spec)
    {
        var columns = new List<Column>();
        var fields = new string[spec.Cultures.Count];
        var users = new List<List<string>> { new() };
        for (var culture = 0; culture < fields.Length; culture++)
        {
            var shared = SameAsDescriptions(spec, culture) ? 0 : -1;
            for (var i = 0; shared < 0 && i < columns.Count; i++)
            {
                if (SameMessages(spec, culture, columns[i].CultureIndex))
                {
                    shared = i + 1;
                }
            }

            if (shared < 0)
            {
                var field = "s_messages" + PascalCase(spec.Cultures[culture].Tag);
                if (columns.Exists(column => column.Field == field))
                {
                    // Tags that differ only where PascalCase cannot tell them apart.
                    field += culture.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                columns.Add(new Column(field, culture, string.Empty));
                users.Add(new List<string>());
                shared = columns.Count;
            }

            fields[culture] = shared == 0 ? DescriptionsField : columns[shared - 1].Field;
            users[shared].Add(DisplayTag(spec.Cultures[culture].Tag) + (culture == 0 && fields.Length > 1 ? " (the neutral culture)" : string.Empty));
        }

        var descriptions = fields.Length == 1 ? "The page's text, for GetDescription and GetMessage." : "The page's text, for GetDescription" + Also(users[0], "; also the messages of ");
        var all = new List<Column> { new(DescriptionsField, -1, descriptions) };
        for (var i = 0; i < columns.Count; i++)
        {
            all.Add(columns[i] with { Comment = Also(users[i + 1], "The messages of ") });
        }

        Columns = all;
        CultureFields = fields;
        PageCultureIndex = Math.Max(spec.PageCultureIndex, 0);
    }

    /// <summary>Every array to declare; <see cref="Column.CultureIndex"/> is -1 for the page's text.</summary>
    public IReadOnlyList<Column> Columns { get; }

    /// <summary>For each culture of the catalog, the field that holds its messages.</summary>
    public IReadOnlyList<string> CultureFields { get; }

    /// <summary>The culture whose message for unlisted values GetDescription gives.</summary>
    public int PageCultureIndex { get; }

    /// <summary>A culture as the generated comments name it (escaped like any text from a document).</summary>
    internal static string DisplayTag(string tag) => tag.Length == 0 ? "the invariant culture" : XmlDocText.Escape(tag);

    private static string Also(List<string> users, string lead) => users.Count == 0 ? "." : lead + string.Join(", ", users) + ".";

    private static bool SameAsDescriptions(CatalogSpec spec, int culture)
    {
        foreach (var code in spec.Codes)
        {
            if (!string.Equals(code.Messages[culture], code.Description, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameMessages(CatalogSpec spec, int culture, int other)
    {
        foreach (var code in spec.Codes)
        {
            if (!string.Equals(code.Messages[culture], code.Messages[other], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
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
            if (part.Length > 0)
            {
                builder.Append(char.ToUpperInvariant(part[0])).Append(part.Substring(1).ToLowerInvariant());
            }
        }

        return builder.ToString();
    }

    /// <summary>One text array: its field, the culture whose messages it holds (-1: the page's text), and what it is for.</summary>
    internal sealed record Column(string Field, int CultureIndex, string Comment);
}
