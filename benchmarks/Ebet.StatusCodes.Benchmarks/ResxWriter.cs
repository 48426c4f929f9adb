using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Xml;
using Ebet.StatusCodes.Benchmarks.Alternatives;

namespace Ebet.StatusCodes.Benchmarks;

/// <summary>
/// Writes the .resx alternative from the library itself (built from spec/), so that the resources
/// hold exactly the messages the generated code returns: <c>--write-resx DIRECTORY</c>. Run it again
/// when spec/ changes; the generator benchmarks read the same files.
/// </summary>
internal static class ResxWriter
{
    /// <summary>The cultures the library has, and the file each goes to (the neutral one first).</summary>
    public static readonly (string Culture, string Suffix)[] Files = { ("en", string.Empty), ("zh-Hans", ".zh-Hans"), ("zh-Hant", ".zh-Hant") };

    public static int Write(string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var (cultureName, suffix) in Files)
        {
            var culture = CultureInfo.GetCultureInfo(cultureName);
            var path = Path.Combine(directory, "StatusMessages" + suffix + ".resx");
            var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
            using (var writer = XmlWriter.Create(path, settings))
            {
                writer.WriteStartElement("root");
                WriteHeader(writer, "resmimetype", "text/microsoft-resx");
                WriteHeader(writer, "version", "2.0");
                WriteHeader(writer, "reader", "System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089");
                WriteHeader(writer, "writer", "System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089");
                foreach (var code in EbetStatusCodeExtensions.Values)
                {
                    WriteData(writer, code.ToStringFast(), code.GetMessage(culture));
                }

                WriteData(writer, ResxMessages.UnknownCodeKey, UnknownCodeTemplate(culture));
                writer.WriteEndElement();
            }

            File.AppendAllText(path, "\n");
            Console.WriteLine("wrote " + path);
        }

        return 0;
    }

    /// <summary>The library's message for an unlisted code, with {0} where the number goes.</summary>
    public static string UnknownCodeTemplate(CultureInfo culture)
    {
        const int Sentinel = 987654321;
        var message = ((EbetStatusCode)Sentinel).GetMessage(culture);
        return message.Replace(Sentinel.ToString(CultureInfo.InvariantCulture), "{0}", StringComparison.Ordinal);
    }

    private static void WriteHeader(XmlWriter writer, string name, string value)
    {
        writer.WriteStartElement("resheader");
        writer.WriteAttributeString("name", name);
        writer.WriteElementString("value", value);
        writer.WriteEndElement();
    }

    private static void WriteData(XmlWriter writer, string name, string value)
    {
        writer.WriteStartElement("data");
        writer.WriteAttributeString("name", name);
        writer.WriteAttributeString("xml", "space", null, "preserve");
        writer.WriteElementString("value", value);
        writer.WriteEndElement();
    }
}
