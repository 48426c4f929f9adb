using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Ebet.StatusCodes.Tool.Running;

/// <summary>A markdown file handed to the generator as the compiler hands an additional file.</summary>
internal sealed class InputText : AdditionalText
{
    private readonly SourceText _text;

    public InputText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
