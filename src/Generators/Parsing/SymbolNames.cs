using Microsoft.CodeAnalysis;

namespace NumericKernels.Generators.Parsing
{
    /// <summary>Recognises the framework and runtime types of kernel signatures by name, without a Compilation lookup.</summary>
    internal static class SymbolNames
    {
        private const string IntrinsicsNamespace = "System.Runtime.Intrinsics";

        /// <summary>True when <paramref name="type"/> is <paramref name="ns"/>.<paramref name="name"/>&lt;X&gt;; gives X.</summary>
        public static bool IsGenericOfOne(ITypeSymbol type, string ns, string name, out ITypeSymbol element)
        {
            element = type;
            if (type is INamedTypeSymbol { Arity: 1 } named && named.Name == name && IsNamespace(named.ContainingNamespace, ns))
            {
                element = named.TypeArguments[0];
                return true;
            }
            return false;
        }

        /// <summary>128, 256 or 512 when <paramref name="type"/> is System.Runtime.Intrinsics.VectorN&lt;X&gt;, else 0.</summary>
        public static int VectorBits(ITypeSymbol type, out ITypeSymbol element)
        {
            if (IsGenericOfOne(type, IntrinsicsNamespace, "Vector128", out element)) return 128;
            if (IsGenericOfOne(type, IntrinsicsNamespace, "Vector256", out element)) return 256;
            if (IsGenericOfOne(type, IntrinsicsNamespace, "Vector512", out element)) return 512;
            return 0;
        }

        public static bool IsHalf(ITypeSymbol type) => IsNamed(type, "System", "Half");

        public static bool IsBFloat16(ITypeSymbol type) => IsNamed(type, "NumericKernels", "BFloat16");

        /// <summary>Whether the type or any type argument failed to bind: the compiler already reports it.</summary>
        public static bool ContainsErrorType(ITypeSymbol type)
        {
            if (type.TypeKind == TypeKind.Error)
            {
                return true;
            }
            if (type is INamedTypeSymbol named)
            {
                foreach (ITypeSymbol argument in named.TypeArguments)
                {
                    if (ContainsErrorType(argument))
                    {
                        return true;
                    }
                }
            }
            return false;
        }

        private static bool IsNamed(ITypeSymbol type, string ns, string name)
            => type is INamedTypeSymbol { Arity: 0 } named && named.Name == name && IsNamespace(named.ContainingNamespace, ns);

        private static bool IsNamespace(INamespaceSymbol? symbol, string dottedName)
        {
            int end = dottedName.Length;
            while (symbol is { IsGlobalNamespace: false })
            {
                int start = dottedName.LastIndexOf('.', end - 1) + 1;
                if (end - start != symbol.Name.Length || string.CompareOrdinal(dottedName, start, symbol.Name, 0, symbol.Name.Length) != 0)
                {
                    return false;
                }
                symbol = symbol.ContainingNamespace;
                end = start - 1;
                if (end < 0)
                {
                    return symbol is null || symbol.IsGlobalNamespace;
                }
            }
            return false;
        }
    }
}
