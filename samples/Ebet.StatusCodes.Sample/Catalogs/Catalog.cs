using System;
using System.Collections.Generic;
using System.Linq;

namespace Ebet.StatusCodes.Sample.Catalogs;

/// <summary>One table of eBET's page, as its generated enum has it.</summary>
internal sealed class Catalog
{
    private readonly Dictionary<int, CatalogEntry> _byCode;

    public Catalog(string name, string role, IEnumerable<CatalogEntry> entries)
    {
        Name = name;
        Role = role;
        Entries = entries.ToArray();
        _byCode = Entries.ToDictionary(entry => entry.Code);
        HasClasses = Entries.Any(entry => entry.Class != EbetStatusCodeClass.Unknown);
    }

    /// <summary>The enum's name, which is also how the sample names the catalog to a reader.</summary>
    public string Name { get; }

    /// <summary>Who sends these codes to whom, in a few words that start a sentence.</summary>
    public string Role { get; }

    /// <summary>Every code, in the page's order.</summary>
    public IReadOnlyList<CatalogEntry> Entries { get; }

    /// <summary>False for a catalog of prompts rather than answers (the client's codes): no class column to show.</summary>
    public bool HasClasses { get; }

    public CatalogEntry? Find(int code) => _byCode.GetValueOrDefault(code);

    /// <summary>A member by name, ignoring case as a person typing it would.</summary>
    public CatalogEntry? FindMember(string member)
        => Entries.FirstOrDefault(entry => string.Equals(entry.Member, member, StringComparison.OrdinalIgnoreCase));
}
