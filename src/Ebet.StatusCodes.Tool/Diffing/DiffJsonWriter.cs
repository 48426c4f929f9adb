using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Ebet.StatusCodes.Tool.Diffing;

/// <summary>
/// A diff as JSON, for scripts: the two sources, whether anything changed, and each table with its
/// old and new form and its changes. Non-ASCII text is written as is (a vendor's Chinese stays readable).
/// </summary>
internal static class DiffJsonWriter
{
    private static readonly JsonWriterOptions s_options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(PageDiff diff, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, s_options))
        {
            json.WriteStartObject();
            json.WriteString("old", diff.Old);
            json.WriteString("new", diff.New);
            json.WriteBoolean("changed", diff.HasChanges);
            json.WriteStartArray("tables");
            foreach (var table in diff.Tables)
            {
                WriteTable(json, table);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteTable(Utf8JsonWriter json, TableDiff table)
    {
        json.WriteStartObject();
        json.WriteString("table", table.Label);
        json.WriteString("status", table.Status.ToString().ToLowerInvariant());
        WriteSide(json, "old", table.Old);
        WriteSide(json, "new", table.New);
        json.WriteStartArray("formatChanges");
        foreach (var change in table.FormatChanges)
        {
            json.WriteStartObject();
            json.WriteString("aspect", change.Aspect.ToString().ToLowerInvariant());
            json.WriteString("old", change.OldValue);
            json.WriteString("new", change.NewValue);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("codes");
        foreach (var change in table.CodeChanges)
        {
            json.WriteStartObject();
            json.WriteString("change", change.Kind.ToString().ToLowerInvariant());
            json.WriteNumber("code", change.Code);
            json.WriteString("old", change.OldText);
            json.WriteString("new", change.NewText);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteSide(Utf8JsonWriter json, string name, PageTable? table)
    {
        if (table is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("heading", table.Heading);
        json.WriteNumber("position", table.Position);
        json.WriteString("form", PageDiffer.FormName(table.Form));
        json.WriteStartArray("columns");
        foreach (var column in table.Columns)
        {
            json.WriteStringValue(column);
        }

        json.WriteEndArray();
        json.WriteNumber("codes", table.Codes.Count);
        json.WriteEndObject();
    }
}
