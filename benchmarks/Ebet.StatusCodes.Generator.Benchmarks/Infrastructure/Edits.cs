using System;
using System.Collections.Immutable;
using System.Linq;
using Ebet.StatusCodes.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Ebet.StatusCodes.Generator.Benchmarks.Infrastructure;

/// <summary>The edits the incremental benchmarks and checks make: one EbetStatusCode message of the zh-Hant file.</summary>
internal static class Edits
{
    /// <summary>ebet-status-codes.zh-Hant.md, and the same with the message of -1 reworded.</summary>
    public static (AdditionalText Before, AdditionalText After) ZhHantMarkdown(ImmutableArray<AdditionalText> texts)
        => OneMessage(texts, ".zh-Hant.md", "| -1 | 充值紀錄不存在 |", "| -1 | 充值紀錄尚不存在 |");

    /// <summary>StatusMessages.zh-Hant.resx, and the same with the message of RechargeRecordNotFound (-1) reworded.</summary>
    public static (AdditionalText Before, AdditionalText After) ZhHantResx(ImmutableArray<AdditionalText> texts)
        => OneMessage(texts, ".zh-Hant.resx", "<value>充值紀錄不存在</value>", "<value>充值紀錄尚不存在</value>");

    private static (AdditionalText Before, AdditionalText After) OneMessage(ImmutableArray<AdditionalText> texts, string suffix, string before, string after)
    {
        var file = texts.Single(text => text.Path.EndsWith(suffix, StringComparison.Ordinal));
        var text = file.GetText()!.ToString();
        var at = text.IndexOf(before, StringComparison.Ordinal);
        if (at < 0 || text.IndexOf(before, at + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException("Expected '" + before + "' exactly once in " + file.Path + ".");
        }

        return (file, new InMemoryAdditionalText(file.Path, string.Concat(text.AsSpan(0, at), after, text.AsSpan(at + before.Length))));
    }
}
