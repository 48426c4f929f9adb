using System.Globalization;

namespace Ebet.StatusCodes.Generator.Tests.Infrastructure;

/// <summary>
/// A culture as a host without culture data presents it (globalization-invariant mode, or
/// PredefinedCulturesOnly off): its name survives, but its parent is the invariant culture.
/// </summary>
internal sealed class FakeCulture : CultureInfo
{
    private readonly string _name;

    public FakeCulture(string name)
        : base(string.Empty) => _name = name;

    public override string Name => _name;

    public override CultureInfo Parent => InvariantCulture;
}
