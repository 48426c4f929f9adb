using System.Collections.Generic;
using Ebet.StatusCodes.Generator.Model;
using Microsoft.CodeAnalysis;

namespace Ebet.StatusCodes.Generator.Diagnostics;

/// <summary>
/// Collects what one step finds wrong, as equatable <see cref="DiagnosticInfo"/>s. Passed along to
/// the parts of a step, so each reports where it finds the problem.
/// </summary>
internal sealed class DiagnosticBag
{
    private readonly List<DiagnosticInfo> _items = new();

    public IReadOnlyList<DiagnosticInfo> Items => _items;

    public void Add(DiagnosticDescriptor descriptor, FileLocation? location, params object[] arguments)
        => _items.Add(DiagnosticInfo.Create(descriptor, location, arguments));

    public void Add(DiagnosticInfo diagnostic) => _items.Add(diagnostic);

    public void AddRange(IEnumerable<DiagnosticInfo> diagnostics) => _items.AddRange(diagnostics);

    public EquatableArray<DiagnosticInfo> ToEquatableArray() => _items.ToEquatableArray();
}
