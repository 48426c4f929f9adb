using System.Collections.Generic;
using System.Text;

namespace Ebet.StatusCodes.Generator.Emitting;

/// <summary>
/// Writes indented source text with '\n' line ends, whatever the host: generated output must be
/// byte-identical on every machine. Besides whole lines, a line can be written in pieces
/// (<see cref="StartLine"/>, <see cref="Append(string)"/>, <see cref="EndLine"/>), so that the lines
/// written once per code and culture cost no string of their own.
/// </summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder;
    private readonly char[] _digits = new char[11];
    private int _indent;

    public SourceWriter(int capacity = 4096) => _builder = new StringBuilder(capacity);

    public int Length => _builder.Length;

    public SourceWriter Line(string text)
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4);
        }

        _builder.Append(text).Append('\n');
        return this;
    }

    public SourceWriter Line() => Line(string.Empty);

    public SourceWriter Open(string text = "{")
    {
        Line(text);
        _indent++;
        return this;
    }

    public SourceWriter Close(string text = "}")
    {
        _indent--;
        return Line(text);
    }

    /// <summary>Lines of a doc comment, each already escaped.</summary>
    public SourceWriter Doc(string line) => StartLine().Append("/// ").Append(line).EndLine();

    /// <summary>The indentation of a line whose text follows in pieces.</summary>
    public SourceWriter StartLine()
    {
        _builder.Append(' ', _indent * 4);
        return this;
    }

    public SourceWriter Append(string text)
    {
        _builder.Append(text);
        return this;
    }

    public SourceWriter Append(char c)
    {
        _builder.Append(c);
        return this;
    }

    /// <summary>The number in the invariant culture (StringBuilder's own overload uses the current one on some hosts).</summary>
    public SourceWriter Append(int value)
    {
        var digits = _digits;
        var position = digits.Length;
        var magnitude = value < 0 ? -(long)value : value;
        do
        {
            digits[--position] = (char)('0' + (int)(magnitude % 10));
            magnitude /= 10;
        }
        while (magnitude != 0);

        if (value < 0)
        {
            _builder.Append('-');
        }

        _builder.Append(digits, position, digits.Length - position);
        return this;
    }

    /// <summary>Text from a document as a C# string literal (see <see cref="CSharpLiteral"/>).</summary>
    public SourceWriter AppendLiteral(string text)
    {
        CSharpLiteral.Append(_builder, text);
        return this;
    }

    public SourceWriter EndLine()
    {
        _builder.Append('\n');
        return this;
    }

    /// <summary>A fixed block of lines ('\n'-separated), each indented as the writer's lines are.</summary>
    public SourceWriter Block(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            if (end > start)
            {
                StartLine();
                _builder.Append(text, start, end - start);
            }

            EndLine();
            start = end + 1;
        }

        return this;
    }

    /// <summary>An array's initializer of numbers, sixteen to a line.</summary>
    public SourceWriter Numbers(IReadOnlyList<int> numbers)
    {
        Open();
        for (var i = 0; i < numbers.Count; i++)
        {
            if (i % 16 == 0)
            {
                StartLine();
            }

            Append(numbers[i]).Append(',');
            if (i % 16 == 15 || i == numbers.Count - 1)
            {
                EndLine();
            }
            else
            {
                Append(' ');
            }
        }

        return Close("};");
    }

    /// <summary>
    /// An array's initializer of string literals, as many to a line as fit in <paramref name="width"/>
    /// characters with the indentation (a literal longer than that has a line of its own): names, not
    /// texts, which read better one to a line.
    /// </summary>
    public SourceWriter Literals(IReadOnlyList<string> values, int width = 120)
    {
        Open();
        var lineStart = _builder.Length;
        for (var i = 0; i < values.Count; i++)
        {
            var first = i == 0;
            if (first)
            {
                StartLine();
            }
            else
            {
                _builder.Append(' ');
            }

            var itemStart = _builder.Length;
            AppendLiteral(values[i]).Append(',');
            if (!first && _builder.Length - lineStart > width)
            {
                // Too long for this line: the literal starts the next one, in place of the space before it.
                _builder[itemStart - 1] = '\n';
                lineStart = itemStart;
                _builder.Insert(itemStart, " ", _indent * 4);
            }
        }

        if (values.Count > 0)
        {
            EndLine();
        }

        return Close("};");
    }

    public override string ToString() => _builder.ToString();
}
