using System;
using System.Collections.Generic;
using System.Linq;

namespace Ebet.StatusCodes.Tool.Inputs;

/// <summary>
/// Item metadata given on the command line (<c>--enum</c>, <c>--table</c>, <c>--culture</c>...): what a
/// project would set on a page's <c>AdditionalFiles</c> item, for pages read without a project. Keys
/// are the generator's metadata names (<see cref="Generator.Configuration.CatalogMetadata"/>); a value
/// given here wins over the project's.
/// </summary>
internal sealed class CatalogSettings
{
    private readonly Dictionary<string, string> _metadata;

    public CatalogSettings(IEnumerable<KeyValuePair<string, string>> metadata)
        => _metadata = metadata.Where(pair => pair.Value.Length > 0).ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);

    public static CatalogSettings None { get; } = new(Array.Empty<KeyValuePair<string, string>>());

    public IReadOnlyDictionary<string, string> Metadata => _metadata;

    public bool IsEmpty => _metadata.Count == 0;

    /// <summary>A page item's metadata with these settings on top.</summary>
    public IReadOnlyDictionary<string, string> ApplyTo(IReadOnlyDictionary<string, string> itemMetadata)
    {
        var merged = new Dictionary<string, string>(itemMetadata, StringComparer.Ordinal);
        foreach (var (name, value) in _metadata)
        {
            merged[name] = value;
        }

        return merged;
    }
}
