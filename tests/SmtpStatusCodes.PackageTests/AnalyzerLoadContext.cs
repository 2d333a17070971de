using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace SmtpStatusCodes.PackageTests;

/// <summary>
/// Loads an analyzer and the assemblies it bundles in isolation, as the compiler does: what the analyzer ships comes
/// from its files, everything else (Roslyn, System.Memory, the runtime) from the host.
/// </summary>
internal sealed class AnalyzerLoadContext : AssemblyLoadContext
{
    private readonly Dictionary<string, string> _bundled = new(StringComparer.OrdinalIgnoreCase);

    public AnalyzerLoadContext(params string[] bundledAssemblies)
        : base(nameof(AnalyzerLoadContext), isCollectible: true)
    {
        foreach (string path in bundledAssemblies)
        {
            File.Exists(path).Should().BeTrue($"the analyzer's file {path} exists");
            _bundled[Path.GetFileNameWithoutExtension(path)] = path;
        }
    }

    protected override Assembly? Load(AssemblyName assemblyName) =>
        assemblyName.Name is { } name && _bundled.TryGetValue(name, out string? path) ? LoadFromAssemblyPath(path) : null;
}
