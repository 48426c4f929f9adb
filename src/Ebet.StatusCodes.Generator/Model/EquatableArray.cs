using System;
using System.Collections;
using System.Collections.Generic;

namespace Ebet.StatusCodes.Generator.Model;

/// <summary>
/// An immutable array that compares element by element, so that pipeline models holding
/// collections stay value-equatable and the incremental driver can tell "unchanged" from "new".
/// </summary>
internal readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
    where T : IEquatable<T>
{
    public static readonly EquatableArray<T> Empty = new(Array.Empty<T>());

    private readonly T[]? _items;

    public EquatableArray(T[] items) => _items = items;

    public int Count => _items?.Length ?? 0;

    public T this[int index] => _items![index];

    public bool IsEmpty => Count == 0;

    // A default array has no items: AsSpan of a null array is the empty span.
    public ReadOnlySpan<T> AsSpan() => _items.AsSpan();

    public bool Equals(EquatableArray<T> other) => AsSpan().SequenceEqual(other.AsSpan());

    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    public override int GetHashCode()
    {
        // Order-sensitive and cheap; collisions only cost an element-wise comparison.
        var hash = 17;
        foreach (var item in AsSpan())
        {
            hash = unchecked((hash * 31) + (item is null ? 0 : item.GetHashCode()));
        }

        return hash;
    }

    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    public Enumerator GetEnumerator() => new(_items ?? Array.Empty<T>());

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)(_items ?? Array.Empty<T>())).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => (_items ?? Array.Empty<T>()).GetEnumerator();

    public struct Enumerator
    {
        private readonly T[] _items;
        private int _index;

        internal Enumerator(T[] items)
        {
            _items = items;
            _index = -1;
        }

        public readonly T Current => _items[_index];

        public bool MoveNext() => ++_index < _items.Length;
    }
}

internal static class EquatableArray
{
    /// <summary>The items of both arrays, <paramref name="first"/>'s first.</summary>
    public static EquatableArray<T> Concat<T>(this EquatableArray<T> first, EquatableArray<T> second)
        where T : IEquatable<T>
        => new(System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Concat(first, second)));

    public static EquatableArray<T> ToEquatableArray<T>(this List<T> items)
        where T : IEquatable<T>
        => new(items.ToArray());
}
