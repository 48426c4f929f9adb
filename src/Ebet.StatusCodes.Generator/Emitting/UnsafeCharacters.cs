namespace Ebet.StatusCodes.Generator.Emitting;

/// <summary>
/// Characters that must not appear raw in generated source, whether in a string literal or a
/// comment: controls, the characters C# reads as line breaks, invisible formatting and bidi
/// controls (which can make source read differently from how it compiles), lone surrogates and
/// non-characters. Decided from fixed ranges rather than the host runtime's Unicode tables, so
/// the output does not change with the runtime the compiler runs on.
/// </summary>
internal static class UnsafeCharacters
{
    public static bool IsUnsafe(string text, int index)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c))
        {
            return index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return index == 0 || !char.IsHighSurrogate(text[index - 1]);
        }

        return c switch
        {
            < '\u0020' => true,                     // C0 controls, tab, CR, LF
            >= '\u007F' and <= '\u009F' => true,    // DEL, C1 controls, NEL (a C# line break)
            '\u00AD' => true,                       // soft hyphen
            '\u061C' => true,                       // Arabic letter mark
            '\u180E' => true,                       // Mongolian vowel separator
            >= '\u200B' and <= '\u200F' => true,    // zero-width characters, LRM, RLM
            >= '\u2028' and <= '\u202E' => true,    // line and paragraph separators, bidi embeddings
            >= '\u2060' and <= '\u206F' => true,    // word joiner, invisible operators, bidi isolates
            '\uFEFF' => true,                       // byte order mark
            >= '\uFFF9' and <= '\uFFFB' => true,    // interlinear annotation controls
            '\uFFFE' or '\uFFFF' => true,           // non-characters
            _ => false,
        };
    }

    /// <summary>The four-digit escape C# and our doc comments use: <c>\u200F</c>.</summary>
    public static string Escape(char c) => "\\u" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
}
