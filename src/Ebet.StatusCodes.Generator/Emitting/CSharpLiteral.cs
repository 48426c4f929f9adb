using System.Text;

namespace Ebet.StatusCodes.Generator.Emitting;

/// <summary>
/// The one function that turns text from a document into a C# string literal. Whatever the text
/// holds, the literal compiles and evaluates to exactly that text; readable characters (Chinese,
/// emoji) stay readable, unsafe ones (see <see cref="UnsafeCharacters"/>) become escapes.
/// </summary>
internal static class CSharpLiteral
{
    public static string Quote(string text) => Append(new StringBuilder(text.Length + 2), text).ToString();

    /// <summary>Appends the literal to <paramref name="builder"/>: runs of safe characters are copied whole.</summary>
    public static StringBuilder Append(StringBuilder builder, string text)
    {
        builder.Append('"');
        var copied = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var escape = EscapeOf(text, i);
            if (escape is not null)
            {
                builder.Append(text, copied, i - copied).Append(escape);
                copied = i + 1;
            }
        }

        return builder.Append(text, copied, text.Length - copied).Append('"');
    }

    private static string? EscapeOf(string text, int index)
    {
        var c = text[index];
        return c switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\0' => "\\0",
            '\t' => "\\t",
            '\n' => "\\n",
            '\r' => "\\r",
            _ => UnsafeCharacters.IsUnsafe(text, index) ? UnsafeCharacters.Escape(c) : null,
        };
    }
}
