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
        var builder = new StringBuilder(text.Length + 2);
        builder.Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\0':
                    builder.Append("\\0");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
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

        return builder.Append('"').ToString();
    }
}
