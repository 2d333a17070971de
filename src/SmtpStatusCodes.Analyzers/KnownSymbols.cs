using Microsoft.CodeAnalysis;

namespace SmtpStatusCodes.Analyzers;

/// <summary>The library's types as one compilation sees them; resolved once per compilation, never shared between them.</summary>
internal sealed class KnownSymbols
{
    private KnownSymbols(Compilation compilation, INamedTypeSymbol statusCode)
    {
        StatusCode = statusCode;
        ReplyCode = compilation.GetTypeByMetadataName("SmtpStatusCodes.ReplyCode");
        ReplyLine = compilation.GetTypeByMetadataName("SmtpStatusCodes.ReplyLine");
        Utf8ReplyLine = compilation.GetTypeByMetadataName("SmtpStatusCodes.Utf8ReplyLine");
        SmtpReply = compilation.GetTypeByMetadataName("SmtpStatusCodes.SmtpReply");
        StatusCodes = compilation.GetTypeByMetadataName("SmtpStatusCodes.StatusCodes");
        ReplyCodes = compilation.GetTypeByMetadataName("SmtpStatusCodes.ReplyCodes");
        DefaultValueAttribute = compilation.GetTypeByMetadataName("System.ComponentModel.DefaultValueAttribute");
    }

    public INamedTypeSymbol StatusCode { get; }

    public INamedTypeSymbol? ReplyCode { get; }

    public INamedTypeSymbol? ReplyLine { get; }

    public INamedTypeSymbol? Utf8ReplyLine { get; }

    public INamedTypeSymbol? SmtpReply { get; }

    /// <summary>The generated constants of enhanced codes, nested by class.</summary>
    public INamedTypeSymbol? StatusCodes { get; }

    /// <summary>The generated constants of reply codes.</summary>
    public INamedTypeSymbol? ReplyCodes { get; }

    public INamedTypeSymbol? DefaultValueAttribute { get; }

    /// <summary>Null when the compilation does not reference SmtpStatusCodes: then there is nothing to check.</summary>
    public static KnownSymbols? Create(Compilation compilation)
    {
        var statusCode = compilation.GetTypeByMetadataName("SmtpStatusCodes.StatusCode");
        return statusCode is null ? null : new KnownSymbols(compilation, statusCode);
    }

    /// <summary>The generated constant for <paramref name="code"/>, as C# names it from the namespace on, or null.</summary>
    public string? ConstantFor(StatusCode code)
    {
        var info = code.Info;
        if (info is null || StatusCodes is null)
        {
            return null;
        }

        // The nested classes are named after the StatusClass members: StatusCodes.PermanentFailure.BadDestinationMailboxAddress.
        var className = code.Class.ToString();
        foreach (var nested in StatusCodes.GetTypeMembers(className))
        {
            if (HasStaticProperty(nested, info.Name))
            {
                return $"StatusCodes.{className}.{info.Name}";
            }
        }

        return null;
    }

    /// <summary>The generated constant for <paramref name="code"/>, or null.</summary>
    public string? ConstantFor(ReplyCode code)
    {
        var info = code.Info;
        return info is not null && ReplyCodes is not null && HasStaticProperty(ReplyCodes, info.Name) ? $"ReplyCodes.{info.Name}" : null;
    }

    private static bool HasStaticProperty(INamedTypeSymbol type, string name)
    {
        foreach (var member in type.GetMembers(name))
        {
            if (member is IPropertySymbol { IsStatic: true } or IFieldSymbol { IsStatic: true })
            {
                return true;
            }
        }

        return false;
    }
}
