using System.Text;

namespace Ebet.StatusCodes.Generator.Emitting;

/// <summary>
/// The one function that puts text from a document into an XML doc comment (or a plain comment):
/// the result is well-formed XML on a single comment line. Markup characters become entities;
/// unsafe characters (see <see cref="UnsafeCharacters"/>), which XML cannot hold or which would end
/// the comment's line, are written as the text <c>\uXXXX</c> so that the hover still shows them.
/// </summary>
internal static class XmlDocText
{
    /// <returns><paramref name="text"/> itself when nothing in it needs escaping, as in most texts.</returns>
    public static string Escape(string text)
    {
        // The builder starts at the first character that needs escaping.
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => UnsafeCharacters.IsUnsafe(text, i) ? UnsafeCharacters.Escape(c) : null,
            };

            if (replacement is not null)
            {
                builder ??= new StringBuilder(text.Length + 16).Append(text, 0, i);
                builder.Append(replacement);
            }
            else
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? text;
    }
}
