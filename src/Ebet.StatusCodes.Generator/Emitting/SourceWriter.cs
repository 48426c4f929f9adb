using System.Text;

namespace Ebet.StatusCodes.Generator.Emitting;

/// <summary>
/// Writes indented source text with '\n' line ends, whatever the host: generated output must be
/// byte-identical on every machine.
/// </summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder;
    private int _indent;

    public SourceWriter(int capacity = 4096) => _builder = new StringBuilder(capacity);

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
    public SourceWriter Doc(string line) => Line("/// " + line);

    public override string ToString() => _builder.ToString();
}
