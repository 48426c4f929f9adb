using System.Collections.Generic;
using System.Linq;
using Ebet.StatusCodes.Generator.Model;

namespace Ebet.StatusCodes.Generator.Binding;

/// <summary>
/// What each class means, as the generated docs say it: the overlay's class-meaning table for this
/// enum, else its table for the whole page, else a neutral meaning that names no vendor's endpoints,
/// keys or request IDs. A catalog gets classes (the class enum, <c>GetClass()</c>, the <c>Is…</c>
/// methods) only when the overlay classifies one of its codes, or gives this enum meanings of its
/// own: never constant classifiers for a catalog nobody classified.
/// </summary>
internal static class ClassMeaningResolver
{
    /// <returns>Seven meanings indexed by <see cref="StatusClass"/>, or none when the catalog has no classes.</returns>
    public static EquatableArray<string> Resolve(string enumName, OverlayFile? overlay, IEnumerable<StatusClass> classes)
    {
        var meanings = overlay?.ClassMeanings ?? EquatableArray<ClassMeaning>.Empty;
        var own = meanings.Where(meaning => meaning.Catalog == enumName).ToList();
        if (own.Count == 0 && classes.All(statusClass => statusClass == StatusClass.Unknown))
        {
            return EquatableArray<string>.Empty;
        }

        var pageWide = meanings.Where(meaning => meaning.Catalog.Length == 0).ToList();
        var resolved = new string[StatusClasses.All.Count + 1];
        for (var i = 0; i < resolved.Length; i++)
        {
            var statusClass = (StatusClass)i;
            resolved[i] = own.LastOrDefault(meaning => meaning.Class == statusClass)?.Meaning
                          ?? pageWide.LastOrDefault(meaning => meaning.Class == statusClass)?.Meaning
                          ?? StatusClasses.DefaultMeaning(statusClass);
        }

        return new EquatableArray<string>(resolved);
    }
}
