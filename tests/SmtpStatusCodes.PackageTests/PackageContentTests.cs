using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace SmtpStatusCodes.PackageTests;

/// <summary>Opens the packed .nupkg and .snupkg and checks what a customer receives.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageContentTests
{
    private static readonly string[] _libraryFrameworks = ["netstandard2.0", "net8.0", "net10.0"];

    private static readonly string[] _analyzerAssemblies = ["SmtpStatusCodes.Analyzers", "SmtpStatusCodes.Analyzers.CodeFixes", "SmtpStatusCodes"];

    private readonly PackageFixture _package;

    public PackageContentTests(PackageFixture package) => _package = package;

    [Fact]
    public void Package_has_a_dll_and_xml_docs_for_each_target_framework()
    {
        using ZipArchive nupkg = ZipFile.OpenRead(_package.NupkgPath);
        string[] libEntries = EntryNames(nupkg).Where(n => n.StartsWith("lib/", StringComparison.Ordinal)).ToArray();

        libEntries.Should().BeEquivalentTo(
            _libraryFrameworks.SelectMany(tfm => new[] { $"lib/{tfm}/SmtpStatusCodes.dll", $"lib/{tfm}/SmtpStatusCodes.xml" }),
            "the package ships exactly the library and its XML docs for netstandard2.0, net8.0 and net10.0");

        foreach (string tfm in _libraryFrameworks)
        {
            XDocument docs = LoadXml(nupkg, $"lib/{tfm}/SmtpStatusCodes.xml");
            docs.Root!.Name.LocalName.Should().Be("doc");
            Required(Required(docs.Root, "assembly"), "name").Value.Should().Be("SmtpStatusCodes");
            Required(docs.Root, "members").Elements("member").Should().NotBeEmpty($"the {tfm} XML docs document the public API");
        }
    }

    [Fact]
    public void Package_has_readme_and_no_build_or_generator_files()
    {
        using ZipArchive nupkg = ZipFile.OpenRead(_package.NupkgPath);
        string[] names = EntryNames(nupkg);

        names.Should().Contain("README.md");
        ReadBytes(nupkg, "README.md").Should().Equal(
            File.ReadAllBytes(Path.Combine(_package.RepositoryDirectory, "README.md")),
            "the packed README is the repository's README.md");

        names.Should().NotContain(n => n.StartsWith("build/", StringComparison.OrdinalIgnoreCase) || n.StartsWith("buildTransitive/", StringComparison.OrdinalIgnoreCase));
        names.Should().NotContain(n => n.Contains("Generators", StringComparison.OrdinalIgnoreCase), "the source generator is build-time only");
        names.Should().NotContain(n => n.Contains("PolySharp", StringComparison.OrdinalIgnoreCase));
        names.Should().NotContain(n => n.EndsWith(".pdb", StringComparison.OrdinalIgnoreCase), "symbols ship in the .snupkg");
    }

    [Fact]
    public void Analyzers_folder_holds_exactly_the_analyzer_the_code_fixes_and_the_netstandard20_library()
    {
        using ZipArchive nupkg = ZipFile.OpenRead(_package.NupkgPath);

        EntryNames(nupkg).Where(n => n.StartsWith("analyzers/", StringComparison.OrdinalIgnoreCase)).Should().BeEquivalentTo(
            _analyzerAssemblies.Select(name => $"analyzers/dotnet/cs/{name}.dll"),
            "C# projects referencing the package get the analyzer, its code fixes and the parser it runs, and nothing of the generator");
        ReadBytes(nupkg, "analyzers/dotnet/cs/SmtpStatusCodes.dll").Should().Equal(
            ReadBytes(nupkg, "lib/netstandard2.0/SmtpStatusCodes.dll"),
            "the analyzer judges literals with the very library a netstandard2.0 consumer runs");
    }

    [Fact]
    public void Analyzer_assembly_references_no_Workspaces_and_nothing_a_compiler_host_lacks()
    {
        using ZipArchive nupkg = ZipFile.OpenRead(_package.NupkgPath);

        string[] references = AssemblyReferences(ReadBytes(nupkg, "analyzers/dotnet/cs/SmtpStatusCodes.Analyzers.dll"));
        references.Should().Contain("SmtpStatusCodes 1.0.0.0", "the analyzer runs the library's own parser");
        references.Select(r => r.Split(' ')[0]).Should().BeSubsetOf(
            ["netstandard", "System.Memory", "System.Collections.Immutable", "Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp", "SmtpStatusCodes"],
            "an analyzer assembly may use only what every compiler host has, and never Workspaces (RS1038); it has [{0}]", string.Join(", ", references));
        references.Where(r => r.StartsWith("System.Memory ", StringComparison.Ordinal)).Should().AllBe("System.Memory 4.0.1.2");
        AssemblyReferences(ReadBytes(nupkg, "analyzers/dotnet/cs/SmtpStatusCodes.Analyzers.CodeFixes.dll"))
            .Should().Contain(r => r.StartsWith("Microsoft.CodeAnalysis.Workspaces ", StringComparison.Ordinal), "the code fixes live in their own assembly");
    }

    [Fact]
    public void Nuspec_has_the_package_metadata()
    {
        XElement metadata = Required(ReadNuspec(), Nuspec("metadata"));

        Required(metadata, Nuspec("id")).Value.Should().Be(PackageFixture.PackageId);
        Required(metadata, Nuspec("version")).Value.Should().Be(_package.Version);
        Required(metadata, Nuspec("authors")).Value.Should().NotBeNullOrWhiteSpace();
        Required(metadata, Nuspec("description")).Value.Should().NotBeNullOrWhiteSpace();

        XElement license = Required(metadata, Nuspec("license"));
        RequiredAttribute(license, "type").Should().Be("expression");
        license.Value.Should().Be("MIT");

        Required(metadata, Nuspec("readme")).Value.Should().Be("README.md");

        XElement repository = Required(metadata, Nuspec("repository"));
        RequiredAttribute(repository, "type").Should().Be("git");
        RequiredAttribute(repository, "url").Should().Be("https://github.com/smtpstatuscodes/SmtpStatusCodes");

        string[] tags = Required(metadata, Nuspec("tags")).Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        tags.Should().Contain(["smtp", "dsn", "bounce", "rfc3463", "rfc5321"]);

        Required(metadata, Nuspec("releaseNotes")).Value.Should().NotBeNullOrWhiteSpace("the nuspec carries release notes");
    }

    [Fact]
    public void Nuspec_dependency_groups_are_exactly_System_Memory_for_netstandard20_and_nothing_else()
    {
        XElement metadata = Required(ReadNuspec(), Nuspec("metadata"));
        XElement dependencies = Required(metadata, Nuspec("dependencies"));
        dependencies.Elements(Nuspec("dependency")).Should().BeEmpty("every dependency belongs to a target framework group");

        Dictionary<string, string[]> groups = dependencies.Elements(Nuspec("group")).ToDictionary(
            g => RequiredAttribute(g, "targetFramework"),
            g => g.Elements(Nuspec("dependency"))
                .Select(d => $"{RequiredAttribute(d, "id")} {RequiredAttribute(d, "version")}")
                .ToArray());

        groups.Should().BeEquivalentTo(new Dictionary<string, string[]>
        {
            [".NETStandard2.0"] = ["System.Memory 4.5.5"],
            ["net8.0"] = [],
            ["net10.0"] = [],
        });

        dependencies.Descendants(Nuspec("dependency"))
            .Select(d => RequiredAttribute(d, "id"))
            .Should().NotContain(id => id.Contains("Generators", StringComparison.OrdinalIgnoreCase), "the generator is build-time only");
    }

    [Fact]
    public void Snupkg_holds_a_portable_pdb_matching_each_dll()
    {
        using ZipArchive nupkg = ZipFile.OpenRead(_package.NupkgPath);
        using ZipArchive snupkg = ZipFile.OpenRead(_package.SnupkgPath);

        EntryNames(snupkg).Where(n => n.EndsWith(".pdb", StringComparison.OrdinalIgnoreCase)).Should().BeEquivalentTo(
            _libraryFrameworks.Select(tfm => $"lib/{tfm}/SmtpStatusCodes.pdb"));

        foreach (string tfm in _libraryFrameworks)
        {
            byte[] pdb = ReadBytes(snupkg, $"lib/{tfm}/SmtpStatusCodes.pdb");
            pdb.Take(4).Should().Equal("BSJB"u8.ToArray(), $"the {tfm} PDB is a portable PDB (metadata signature BSJB)");

            // The PDB belongs to the packed DLL: its id is the one the DLL's CodeView entry names.
            using var pe = new PEReader(new MemoryStream(ReadBytes(nupkg, $"lib/{tfm}/SmtpStatusCodes.dll")));
            DebugDirectoryEntry codeView = pe.ReadDebugDirectory().Single(e => e.Type == DebugDirectoryEntryType.CodeView);
            CodeViewDebugDirectoryData codeViewData = pe.ReadCodeViewDebugDirectoryData(codeView);

            using var pdbProvider = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(pdb));
            MetadataReader pdbReader = pdbProvider.GetMetadataReader();
            var pdbId = new BlobContentId(pdbReader.DebugMetadataHeader!.Id);
            pdbId.Guid.Should().Be(codeViewData.Guid, $"the {tfm} PDB matches the {tfm} DLL");
            pdbReader.Documents.Count.Should().BePositive();
        }
    }

    [Fact]
    public void NetStandard20_dll_references_only_netstandard_and_System_Memory_4_0_1_2()
    {
        using ZipArchive nupkg = ZipFile.OpenRead(_package.NupkgPath);
        string[] references = AssemblyReferences(ReadBytes(nupkg, "lib/netstandard2.0/SmtpStatusCodes.dll"));

        references.Should().HaveCount(2, "netstandard2.0 references only netstandard and System.Memory, but has [{0}]", string.Join(", ", references));
        references.Should().Contain(r => r.StartsWith("netstandard ", StringComparison.Ordinal));
        references.Should().Contain("System.Memory 4.0.1.2", "System.Memory 4.5.5 (assembly 4.0.1.2) is what compiler and .NET Framework hosts bind");
    }

    /// <summary>"Name Version" of every assembly an assembly references.</summary>
    internal static string[] AssemblyReferences(byte[] assembly)
    {
        using var pe = new PEReader(new MemoryStream(assembly));
        MetadataReader reader = pe.GetMetadataReader();
        return reader.AssemblyReferences
            .Select(handle => reader.GetAssemblyReference(handle))
            .Select(reference => $"{reader.GetString(reference.Name)} {reference.Version}")
            .ToArray();
    }

    private static XNamespace NuspecNamespace { get; } = "http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd";

    private static XName Nuspec(string localName) => NuspecNamespace + localName;

    private XElement ReadNuspec()
    {
        using ZipArchive nupkg = ZipFile.OpenRead(_package.NupkgPath);
        XElement root = LoadXml(nupkg, $"{PackageFixture.PackageId}.nuspec").Root!;
        root.Name.Should().Be(Nuspec("package"), "the nuspec uses the 2013/05 schema");
        return root;
    }

    private static XElement Required(XElement parent, XName name)
    {
        XElement? element = parent.Element(name);
        if (element is null)
        {
            Assert.Fail($"<{parent.Name.LocalName}> has no <{name.LocalName}>: {parent}");
        }

        return element;
    }

    private static string RequiredAttribute(XElement element, XName name)
    {
        XAttribute? attribute = element.Attribute(name);
        if (attribute is null)
        {
            Assert.Fail($"<{element.Name.LocalName}> has no {name.LocalName} attribute: {element}");
        }

        return attribute.Value;
    }

    private static string[] EntryNames(ZipArchive archive) => archive.Entries.Select(e => e.FullName).ToArray();

    private static byte[] ReadBytes(ZipArchive archive, string entryName)
    {
        ZipArchiveEntry? entry = archive.GetEntry(entryName);
        if (entry is null)
        {
            Assert.Fail($"The archive has no entry {entryName}; it has [{string.Join(", ", EntryNames(archive))}].");
        }

        using Stream stream = entry.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static XDocument LoadXml(ZipArchive archive, string entryName) =>
        XDocument.Load(new MemoryStream(ReadBytes(archive, entryName)));
}
