using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Ebet.StatusCodes.Generator.Tests.Infrastructure;

/// <summary>An additional file the disk refuses: reading it throws, so a test sees whether it was read and what became of the failure.</summary>
internal sealed class ThrowingAdditionalText : AdditionalText
{
    private readonly Func<Exception> _failure;

    /// <param name="failure">What reading throws; an <see cref="System.IO.IOException"/> by default.</param>
    public ThrowingAdditionalText(string path, Func<Exception>? failure = null)
    {
        Path = path;
        _failure = failure ?? (() => new System.IO.IOException("the disk said no"));
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => throw _failure();
}
