using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace SmtpStatusCodes.Analyzers.Tests;

/// <summary>What test sources compile against: the SDK's .NET reference assemblies and the SmtpStatusCodes library.</summary>
internal static class TestReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> _all = new(Load);

    public static ImmutableArray<MetadataReference> All => _all.Value;

    /// <summary>No package to resolve: the references come from <see cref="All"/>.</summary>
    public static ReferenceAssemblies None { get; } = new("net10.0");

    private static ImmutableArray<MetadataReference> Load()
    {
        string directory = typeof(TestReferences).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "TargetingPackDirectory").Value!;
        Directory.Exists(directory).Should().BeTrue($"the SDK's reference assemblies are at {directory}");

        return Directory.GetFiles(directory, "*.dll")
            .Append(typeof(StatusCode).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}
