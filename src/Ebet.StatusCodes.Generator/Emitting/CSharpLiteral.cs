using System.Text;

namespace Ebet.StatusCodes.Generator.Emitting;

/// <summary>
/// The one function that turns text from a document into a C# string literal. Whatever the text
/// holds, the literal compiles and evaluates to exactly that text; readable characters (Chinese,
/// emoji) stay readable, unsafe ones (see <see cref="UnsafeCharacters"/>) become escapes.
/// </summary>
internal static class CSharpLiteral
{
    public static string Quote(string text)
    {
        // The builder starts at the first character that needs an escape; most texts need none.
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var escape = c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\0' => "\\0",
                '\t' => "\\t",
                '\n' => "\\n",
                '\r' => "\\r",
                _ => UnsafeCharacters.IsUnsafe(text, i) ? UnsafeCharacters.Escape(c) : null,
            };

            if (escape is not null)
            {
                builder ??= new StringBuilder(text.Length + 16).Append('"').Append(text, 0, i);
                builder.Append(escape);
            }
            else
            {
                builder?.Append(c);
            }
        }

        return builder is null ? "\"" + text + "\"" : builder.Append('"').ToString();
    }
}
