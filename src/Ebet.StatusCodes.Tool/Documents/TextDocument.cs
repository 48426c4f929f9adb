using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Ebet.StatusCodes.Tool.Documents;

/// <summary>
/// A text file as the tool reads and writes it: UTF-8, its byte order mark noted and given back on
/// writing, its text with the line endings it has (CRLF, LF or CR, even mixed), so that a file the
/// tool edits differs only in the lines it meant to change.
/// </summary>
/// <param name="Path">Where the file is (or will be), or the address it was downloaded from.</param>
/// <param name="Text">The text without the byte order mark: what the compiler hands a generator.</param>
/// <param name="HasBom">True when the file starts with a UTF-8 byte order mark.</param>
internal sealed record TextDocument(string Path, string Text, bool HasBom)
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Not the encoding's Preamble: an encoding that emits no byte order mark has an empty one.
    private static readonly byte[] s_byteOrderMark = { 0xEF, 0xBB, 0xBF };

    private IReadOnlyList<TextLine>? _lines;

    /// <summary>The lines, each with the ending it has; the last one has none when the file does not end with a line break.</summary>
    public IReadOnlyList<TextLine> Lines => _lines ??= TextLine.Split(Text);

    /// <summary>The ending new lines get: the file's first one, else LF.</summary>
    public string NewLine
    {
        get
        {
            foreach (var line in Lines)
            {
                if (line.Ending.Length > 0)
                {
                    return line.Ending;
                }
            }

            return "\n";
        }
    }

    /// <summary>True when the text ends with a line break (or is empty).</summary>
    public bool EndsWithNewLine => Lines.Count == 0 || Lines[^1].Ending.Length > 0;

    public static TextDocument Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new ToolException(Directory.Exists(path) ? $"{path} is a folder, not a file." : $"{path} does not exist.");
        }

        return FromBytes(path, File.ReadAllBytes(path));
    }

    /// <summary>Decodes UTF-8 bytes (with or without a byte order mark); anything else is refused rather than guessed at.</summary>
    public static TextDocument FromBytes(string path, ReadOnlySpan<byte> bytes)
    {
        var hasBom = bytes.StartsWith(s_byteOrderMark);
        try
        {
            return new TextDocument(path, s_strictUtf8.GetString(hasBom ? bytes[s_byteOrderMark.Length..] : bytes), hasBom);
        }
        catch (DecoderFallbackException)
        {
            throw new ToolException($"{path} is not UTF-8 text.");
        }
    }

    public byte[] ToBytes()
    {
        var body = s_strictUtf8.GetBytes(Text);
        if (!HasBom)
        {
            return body;
        }

        var bytes = new byte[s_byteOrderMark.Length + body.Length];
        s_byteOrderMark.CopyTo(bytes, 0);
        body.CopyTo(bytes, s_byteOrderMark.Length);
        return bytes;
    }

    public void Write() => File.WriteAllBytes(Path, ToBytes());

    /// <summary>The same file with another text; the byte order mark is kept.</summary>
    public TextDocument WithText(string text) => new(Path, text, HasBom);
}
