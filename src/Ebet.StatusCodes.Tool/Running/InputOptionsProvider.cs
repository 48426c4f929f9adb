using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Ebet.StatusCodes.Tool.Running;

/// <summary>
/// Item metadata and build properties as the compiler passes them to a generator: under the keys
/// <c>build_metadata.AdditionalFiles.&lt;Name&gt;</c> and <c>build_property.&lt;Name&gt;</c> that MSBuild
/// writes into the generated .editorconfig.
/// </summary>
internal sealed class InputOptionsProvider : AnalyzerConfigOptionsProvider
{
    private const string MetadataPrefix = "build_metadata.AdditionalFiles.";
    private const string PropertyPrefix = "build_property.";

    private readonly Dictionary<string, AnalyzerConfigOptions> _byPath;

    public InputOptionsProvider(CatalogInputs inputs)
    {
        GlobalOptions = new Options(inputs.Properties.ToDictionary(pair => PropertyPrefix + pair.Key, pair => pair.Value, StringComparer.Ordinal));
        _byPath = new Dictionary<string, AnalyzerConfigOptions>(StringComparer.Ordinal);
        foreach (var file in inputs.Files)
        {
            _byPath[file.Document.Path] = new Options(file.Metadata.ToDictionary(pair => MetadataPrefix + pair.Key, pair => pair.Value, StringComparer.Ordinal));
        }
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        => _byPath.TryGetValue(textFile.Path, out var options) ? options : Options.Empty;

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public Options(Dictionary<string, string> values) => _values = values;

        public static Options Empty { get; } = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
