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
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                default:
                    if (UnsafeCharacters.IsUnsafe(text, i))
                    {
                        builder.Append(UnsafeCharacters.Escape(c));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }
}
