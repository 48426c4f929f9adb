using System;
using System.Globalization;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using System.Threading;
using Ebet.StatusCodes.Generator.Emitting;
using Ebet.StatusCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.GeneratedCode;

/// <summary>
/// The generated code remembers the culture object it resolved last, and the cultures it resolved lately by
/// name. The memory must never give a wrong culture's message: not to a culture object asked again after
/// others, not to a new CultureInfo object per call, not to a CultureInfo subclass whose name changes or
/// whose parents are not what its name implies, not to concurrent callers; and it must hold under checked
/// arithmetic however many cultures come and go.
/// </summary>
public class CultureCacheTests
{
    private const string SlotField = "s_nextCultureCacheSlot";

    private static readonly CompiledCatalog s_ebet = CompiledCatalog.Load(GeneratorHarness.Run(GeneratorInput.EbetSpec()), "Ebet.StatusCodes.EbetStatusCode");

    /// <summary>4026 in the culture each name resolves to.</summary>
    private static readonly (string Culture, string Message)[] s_expected =
    {
        ("zh-CN", "签名不对"), ("zh-Hans", "签名不对"), ("zh-SG", "签名不对"), ("zh", "签名不对"),
        ("zh-TW", "簽名不正確"), ("zh-HK", "簽名不正確"), ("zh-Hant", "簽名不正確"),
        ("en-US", "Invalid signature."), ("fr-FR", "Invalid signature."), ("ja-JP", "Invalid signature."), (string.Empty, "Invalid signature."),
    };

    [Fact]
    public void Under_checked_arithmetic_the_slot_counter_never_overflows()
    {
        var catalog = CompiledCatalog.FromSource(CatalogEmitter.Emit(CatalogSpecs.Small()), "Test.Catalogs.Codes", checkedArithmetic: true);
        var slot = catalog.Extensions.GetField(SlotField, BindingFlags.NonPublic | BindingFlags.Static)!;

        // As if 2^31 cultures had been resolved before: every further one is a miss that takes a slot.
        slot.SetValue(null, int.MaxValue);
        for (var i = 0; i < 100; i++)
        {
            var name = i % 2 == 0 ? "en-" + (char)('A' + (i % 26)) + "Z" : "zh-Hans-" + i.ToString("D3", CultureInfo.InvariantCulture);
            Assert.Equal(i % 2 == 0 ? "two" : "二", catalog.Message(2, new FakeCulture(name)));
            Assert.Equal(i % 2 == 0 ? "Unknown code 9." : "未知代码 9。", catalog.Message(9, CultureInfo.GetCultureInfo(i % 2 == 0 ? "en-GB" : "zh-CN")));
            Assert.InRange((int)slot.GetValue(null)!, 0, 4);
        }
    }

    [Fact]
    public void A_new_CultureInfo_object_per_call_gets_the_right_message()
    {
        foreach (var (name, message) in s_expected.Concat(s_expected.Reverse()))
        {
            Assert.Equal(message, s_ebet.Message(4026, new CultureInfo(name)));
        }
    }

    [Fact]
    public void A_new_CultureInfo_object_per_call_allocates_nothing_once_its_name_has_been_seen()
    {
        // As many names as the cache holds, each call with an object of its own.
        var names = new[] { "zh-CN", "zh-TW", "en-US", "fr-FR" };
        var cultures = Enumerable.Range(0, 200).Select(i => new CultureInfo(names[i % names.Length])).ToArray();
        var call = GetMessageOf(s_ebet);
        foreach (var culture in cultures)
        {
            call(4026, culture);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var culture in cultures)
        {
            call(4026, culture);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void A_new_object_or_a_subclass_of_the_culture_asked_last_gets_its_own_message()
    {
        foreach (var (name, message) in s_expected.Where(pair => pair.Culture.Length > 0))
        {
            Assert.Equal(message, s_ebet.Message(4026, CultureInfo.GetCultureInfo(name)));
            Assert.Equal(message, s_ebet.Message(4026, new CultureInfo(name)));
            Assert.Equal(message, s_ebet.Message(4026, new FakeCulture(name)));
        }
    }

    [Fact]
    public void A_name_of_the_same_length_and_last_character_as_one_remembered_is_compared_whole()
    {
        // Names are compared from their last character first: zh-Xant must not pass for zh-Hant.
        for (var round = 0; round < 3; round++)
        {
            Assert.Equal("簽名不正確", s_ebet.Message(4026, new CultureInfo("zh-Hant")));
            Assert.Equal("签名不对", s_ebet.Message(4026, new FakeCulture("zh-Xant")));
            Assert.Equal("签名不对", s_ebet.Message(4026, new CultureInfo("zh-Hans")));
        }
    }

    [Fact]
    public void A_name_equal_to_the_one_remembered_is_kept_by_reference_and_a_different_name_still_misses()
    {
        // new CultureInfo(name) objects share one name string, not the one of CultureInfo.GetCultureInfo(name):
        // once one has matched by value, the entry holds its string, so the next ones match by reference.
        var catalog = CompiledCatalog.FromSource(CatalogEmitter.Emit(CatalogSpecs.Small()), "Test.Catalogs.Codes");
        var resolved = CultureInfo.GetCultureInfo("zh-Hans");
        var fresh = new CultureInfo("zh-Hans");
        Assert.NotSame(resolved.Name, fresh.Name);
        Assert.Same(fresh.Name, new CultureInfo("zh-Hans").Name);

        Assert.Equal("二", catalog.Message(2, resolved));
        Assert.Same(resolved.Name, LastCultureName(catalog));
        Assert.Equal("二", catalog.Message(2, fresh));
        Assert.Same(fresh.Name, LastCultureName(catalog));
        Assert.Equal("二", catalog.Message(2, new CultureInfo("zh-Hans")));
        Assert.Equal("二", catalog.Message(2, resolved));
        Assert.Same(fresh.Name, LastCultureName(catalog));

        // Same length, same last character, another name: compared whole, and nothing is kept.
        Assert.Equal("two", catalog.Message(2, new FakeCulture("en-Hans")));
        Assert.Equal("二", catalog.Message(2, new CultureInfo("zh-Hans")));
        Assert.Same(fresh.Name, LastCultureName(catalog));
    }

    [Fact]
    public void Only_the_first_string_matched_by_value_is_kept()
    {
        // Objects of two kinds in turn, or a subclass that makes a new name string per call, must not rewrite the entry call after call.
        var catalog = CompiledCatalog.FromSource(CatalogEmitter.Emit(CatalogSpecs.Small()), "Test.Catalogs.Codes");
        var fresh = new CultureInfo("zh-Hans");
        Assert.Equal("二", catalog.Message(2, CultureInfo.GetCultureInfo("zh-Hans")));
        Assert.Equal("二", catalog.Message(2, fresh));
        Assert.Same(fresh.Name, LastCultureName(catalog));

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("二", catalog.Message(2, new FakeCulture(new string("zh-Hans".ToCharArray()))));
            Assert.Same(fresh.Name, LastCultureName(catalog));
        }
    }

    [Fact]
    public void A_subclass_given_the_very_name_string_of_a_plain_culture_resolved_by_parents_follows_its_own_parents()
    {
        // The plain fr-FR is remembered as an object (its culture came from its parents), not by name: a subclass
        // whose Name is the same string instance must not be taken for it.
        var plain = CultureInfo.GetCultureInfo("fr-FR");
        Assert.Equal("Invalid signature.", s_ebet.Message(4026, plain));
        Assert.Equal("簽名不正確", s_ebet.Message(4026, new ParentedCulture(plain.Name, CultureInfo.GetCultureInfo("zh-Hant"))));
        Assert.Equal("Invalid signature.", s_ebet.Message(4026, plain));
    }

    [Fact]
    public void The_same_culture_object_asked_again_after_others_gets_its_own_message()
    {
        // The object resolved last is remembered; asking it twice in a row, then the others, then it
        // again (after the four by-name slots have turned over) must each time give its own culture.
        var cultures = s_expected.Select(pair => (Culture: CultureInfo.GetCultureInfo(pair.Culture), pair.Message)).ToArray();
        for (var round = 0; round < 3; round++)
        {
            foreach (var (culture, message) in round == 1 ? cultures.Reverse() : cultures)
            {
                Assert.Equal(message, s_ebet.Message(4026, culture));
                Assert.Equal(message, s_ebet.Message(4026, culture));
            }
        }
    }

    [Fact]
    public void A_culture_whose_name_changes_is_resolved_by_its_current_name()
    {
        var culture = new RenamableCulture("zh-CN");
        Assert.Equal("签名不对", s_ebet.Message(4026, culture));

        culture.CurrentName = "zh-TW";
        Assert.Equal("簽名不正確", s_ebet.Message(4026, culture));

        culture.CurrentName = "en-US";
        Assert.Equal("Invalid signature.", s_ebet.Message(4026, culture));
    }

    [Fact]
    public void A_subclass_follows_its_own_parents_not_those_of_the_plain_culture_of_its_name()
    {
        // The plain fr-FR falls back to English, and is remembered under its name.
        Assert.Equal("Invalid signature.", s_ebet.Message(4026, CultureInfo.GetCultureInfo("fr-FR")));

        var traditionalFrench = new ParentedCulture("fr-FR", CultureInfo.GetCultureInfo("zh-Hant"));
        Assert.Equal("簽名不正確", s_ebet.Message(4026, traditionalFrench));
        Assert.Equal("Invalid signature.", s_ebet.Message(4026, new CultureInfo("fr-FR")));
    }

    [Fact]
    public void Parents_that_loop_end_at_the_neutral_culture()
    {
        var first = new ParentedCulture("x-first", null);
        var second = new ParentedCulture("x-second", first);
        first.ParentCulture = second;

        Assert.Equal("Invalid signature.", s_ebet.Message(4026, first));
        Assert.Equal("Invalid signature.", s_ebet.Message(4026, new ParentedCulture("x-self", null)));
    }

    [Fact]
    public void Concurrent_callers_in_more_cultures_than_the_cache_holds_each_get_their_own_culture_message()
    {
        // Eleven names among four slots: entries are replaced all the time while other threads read them.
        var call = GetMessageOf(s_ebet);
        var wrong = 0;
        using var start = new Barrier(4);
        var threads = Enumerable.Range(0, 4).Select(thread => new Thread(() =>
        {
            start.SignalAndWait();
            for (var i = 0; i < 20_000; i++)
            {
                var (name, message) = s_expected[(i + (thread * 3)) % s_expected.Length];
                var culture = i % 3 == 0 ? new CultureInfo(name) : CultureInfo.GetCultureInfo(name);
                if (call(4026, culture) != message)
                {
                    Interlocked.Increment(ref wrong);
                }
            }
        })).ToList();

        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());

        Assert.Equal(0, wrong);
    }

    /// <summary>The name string held by the entry of the culture resolved last.</summary>
    private static string LastCultureName(CompiledCatalog catalog)
    {
        var entry = catalog.Extensions.GetField("s_lastCulture", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        return (string)entry.GetType().GetField("Name", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(entry)!;
    }

    /// <summary>GetMessage as a delegate: unlike reflection's Invoke, calling it boxes nothing.</summary>
    private static Func<int, CultureInfo?, string> GetMessageOf(CompiledCatalog catalog)
    {
        var code = Expression.Parameter(typeof(int), "code");
        var culture = Expression.Parameter(typeof(CultureInfo), "culture");
        var call = Expression.Call(catalog.Extensions.GetMethod("GetMessage")!, Expression.Convert(code, catalog.Enum), culture);
        return Expression.Lambda<Func<int, CultureInfo?, string>>(call, code, culture).Compile();
    }

    /// <summary>A culture whose name can be changed after it has been used.</summary>
    private sealed class RenamableCulture : CultureInfo
    {
        public RenamableCulture(string name)
            : base(string.Empty) => CurrentName = name;

        public string CurrentName { get; set; }

        public override string Name => CurrentName;

        public override CultureInfo Parent => InvariantCulture;
    }

    /// <summary>A culture with whatever parent a test gives it (null: itself).</summary>
    private sealed class ParentedCulture : CultureInfo
    {
        private readonly string _name;

        public ParentedCulture(string name, CultureInfo? parent)
            : base(string.Empty)
        {
            _name = name;
            ParentCulture = parent;
        }

        public CultureInfo? ParentCulture { get; set; }

        public override string Name => _name;

        public override CultureInfo Parent => ParentCulture ?? this;
    }
}
