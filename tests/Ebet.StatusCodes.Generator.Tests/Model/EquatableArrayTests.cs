using System.Collections.Generic;
using System.Linq;
using Ebet.StatusCodes.Generator.Model;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Model;

/// <summary>Pipeline models compare their collections element by element, or caching never happens.</summary>
public class EquatableArrayTests
{
    [Fact]
    public void Arrays_with_the_same_items_in_the_same_order_are_equal_and_hash_alike()
    {
        var left = new EquatableArray<string>(new[] { "a", "b" });
        var right = new EquatableArray<string>(new[] { "a", "b" });

        Assert.True(left.Equals(right));
        Assert.True(left == right);
        Assert.False(left != right);
        Assert.True(left.Equals((object)right));
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
    }

    [Fact]
    public void Order_length_and_items_all_count()
    {
        var ab = new EquatableArray<string>(new[] { "a", "b" });

        Assert.NotEqual(ab, new EquatableArray<string>(new[] { "b", "a" }));
        Assert.NotEqual(ab.GetHashCode(), new EquatableArray<string>(new[] { "b", "a" }).GetHashCode());
        Assert.NotEqual(ab, new EquatableArray<string>(new[] { "a" }));
        Assert.NotEqual(ab.GetHashCode(), new EquatableArray<string>(new[] { "a" }).GetHashCode());
        Assert.True(ab != new EquatableArray<string>(new[] { "a", "c" }));
        Assert.False(ab.Equals((object)"ab"));
    }

    [Fact]
    public void A_default_array_is_the_empty_one()
    {
        var unset = default(EquatableArray<int>);

        Assert.True(unset.IsEmpty);
        Assert.True(unset.Count == 0);
        Assert.Equal(EquatableArray<int>.Empty, unset);
        Assert.Equal(EquatableArray<int>.Empty.GetHashCode(), unset.GetHashCode());
        Assert.Empty(unset);
        Assert.True(unset.AsSpan().IsEmpty);
        var count = 0;
        foreach (var _ in unset)
        {
            count++;
        }

        Assert.Equal(0, count);
        Assert.Empty(NonGeneric(unset));
    }

    [Fact]
    public void Null_items_hash_and_compare()
    {
        var withNull = new EquatableArray<string>(new[] { "a", null! });

        Assert.Equal(withNull.GetHashCode(), new EquatableArray<string>(new[] { "a", null! }).GetHashCode());
        Assert.Equal(withNull, new EquatableArray<string>(new[] { "a", null! }));
        Assert.NotEqual(withNull, new EquatableArray<string>(new[] { "a", "" }));
    }

    [Fact]
    public void Every_item_reaches_the_hash()
    {
        // Arrays that differ only in their first item must not all collide: the hash folds every
        // item in, not only the last one.
        var hashes = Enumerable.Range(0, 10)
            .Select(first => new EquatableArray<int>(new[] { first, 1 }).GetHashCode())
            .Distinct()
            .Count();

        Assert.Equal(10, hashes);
    }

    [Fact]
    public void Items_are_enumerated_and_indexed_in_order()
    {
        var array = new EquatableArray<int>(new[] { 3, 1, 2 });
        var seen = new List<int>();
        foreach (var item in array)
        {
            seen.Add(item);
        }

        Assert.Equal(new[] { 3, 1, 2 }, seen);
        Assert.Equal(new[] { 3, 1, 2 }, array.ToArray());
        Assert.Equal(new object[] { 3, 1, 2 }, NonGeneric(array));
        Assert.Equal((3, 3, 1, 2), (array.Count, array[0], array[1], array[2]));
        Assert.False(array.IsEmpty);
    }

    /// <summary>Through IEnumerable.GetEnumerator itself (Cast&lt;T&gt; would take the generic one).</summary>
    private static List<object> NonGeneric(System.Collections.IEnumerable items)
    {
        var seen = new List<object>();
        var enumerator = items.GetEnumerator();
        while (enumerator.MoveNext())
        {
            seen.Add(enumerator.Current);
        }

        return seen;
    }

    [Fact]
    public void Lists_and_sequences_become_arrays()
    {
        Assert.Equal(EquatableArray<int>.Empty, new List<int>().ToEquatableArray());
        Assert.Equal(new EquatableArray<int>(new[] { 1, 2 }), new List<int> { 1, 2 }.ToEquatableArray());
    }

    [Fact]
    public void Concat_keeps_the_order_and_returns_an_empty_side_as_the_other()
    {
        var one = new EquatableArray<int>(new[] { 1 });
        var twoThree = new EquatableArray<int>(new[] { 2, 3 });

        Assert.Equal(new EquatableArray<int>(new[] { 1, 2, 3 }), one.Concat(twoThree));
        Assert.Equal(new EquatableArray<int>(new[] { 2, 3, 1 }), twoThree.Concat(one));
        Assert.Equal(one, one.Concat(EquatableArray<int>.Empty));
        Assert.Equal(one, EquatableArray<int>.Empty.Concat(one));
    }
}
