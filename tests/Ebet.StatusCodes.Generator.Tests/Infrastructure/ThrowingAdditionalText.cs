using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Ebet.StatusCodes.Generator.Tests.Infrastructure;

/// <summary>An additional file the disk refuses: reading it throws, so a test sees whether it was read.</summary>
internal sealed class ThrowingAdditionalText : AdditionalText
{
    public ThrowingAdditionalText(string path) => Path = path;

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default)
        => throw new System.IO.IOException("the disk said no");
}
