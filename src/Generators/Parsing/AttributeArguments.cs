using System;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NumericKernels.Generators.Models;

namespace NumericKernels.Generators.Parsing
{
    /// <summary>
    /// Reads an attribute's arguments defensively: while the user types, arguments may be missing, of error types or of
    /// the wrong type, and the generator must then fall back to defaults rather than throw.
    /// </summary>
    internal sealed class AttributeArguments
    {
        private readonly AttributeData _attribute;
        private readonly AttributeSyntax? _syntax;

        public AttributeArguments(AttributeData attribute, CancellationToken cancellationToken)
        {
            _attribute = attribute;
            _syntax = attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax;
        }

        public LocationInfo? AttributeLocation => LocationInfo.From(_syntax);

        /// <summary>The constructor argument at <paramref name="index"/>, unless missing or unbound.</summary>
        public TypedConstant? Constructor(int index)
        {
            if (_attribute.AttributeConstructor is null || index >= _attribute.ConstructorArguments.Length)
            {
                return null;
            }
            TypedConstant value = _attribute.ConstructorArguments[index];
            return value.Kind == TypedConstantKind.Error ? null : value;
        }

        /// <summary>The named argument <paramref name="name"/>, unless missing or unbound.</summary>
        public TypedConstant? Named(string name)
        {
            foreach (var pair in _attribute.NamedArguments)
            {
                if (pair.Key == name)
                {
                    return pair.Value.Kind == TypedConstantKind.Error ? null : pair.Value;
                }
            }
            return null;
        }

        public double Double(string name, double fallback) => Named(name) is TypedConstant value && TryDouble(value, out double d) ? d : fallback;

        public int Int32(string name, int fallback) => Named(name) is TypedConstant value && TryInt32(value, out int i) ? i : fallback;

        public bool Boolean(string name, bool fallback) => Named(name) is { Value: bool b } ? b : fallback;

        public string? String(string name) => Named(name)?.Value as string;

        /// <summary>The items of a string-array named argument (a null item as empty); none when it is missing or null.</summary>
        public System.Collections.Generic.IEnumerable<string> Strings(string name)
            => Named(name) is TypedConstant array && array.Kind == TypedConstantKind.Array && !array.IsNull
                ? System.Linq.Enumerable.Select(array.Values, item => item.Value as string ?? string.Empty)
                : System.Linq.Enumerable.Empty<string>();

        /// <summary>Where the named argument is written; the attribute when it is not written.</summary>
        public LocationInfo? NamedLocation(string name)
        {
            if (_syntax?.ArgumentList is { } list)
            {
                foreach (AttributeArgumentSyntax argument in list.Arguments)
                {
                    if (argument.NameEquals?.Name.Identifier.ValueText == name)
                    {
                        return LocationInfo.From(argument);
                    }
                }
            }
            return AttributeLocation;
        }

        /// <summary>
        /// Where the <paramref name="index"/>th positional argument is written; the first one when the values were passed
        /// as one array expression, the attribute when there are none.
        /// </summary>
        public LocationInfo? PositionalLocation(int index)
        {
            if (_syntax?.ArgumentList is { } list)
            {
                int position = 0;
                AttributeArgumentSyntax? first = null;
                foreach (AttributeArgumentSyntax argument in list.Arguments)
                {
                    if (argument.NameEquals is not null || argument.NameColon is not null)
                    {
                        continue;
                    }
                    first ??= argument;
                    if (position++ == index)
                    {
                        return LocationInfo.From(argument);
                    }
                }
                if (first is not null)
                {
                    return LocationInfo.From(first);
                }
            }
            return AttributeLocation;
        }

        public static bool TryDouble(TypedConstant constant, out double value)
        {
            switch (constant.Value)
            {
                case double d: value = d; return true;
                case float f: value = f; return true;
                case IConvertible convertible when constant.Value is not string and not bool and not char:
                    value = convertible.ToDouble(CultureInfo.InvariantCulture);
                    return true;
                default: value = 0; return false;
            }
        }

        public static bool TryInt32(TypedConstant constant, out int value)
        {
            switch (constant.Value)
            {
                case int i: value = i; return true;
                case IConvertible convertible when constant.Value is not string and not bool and not double and not float:
                    try
                    {
                        value = convertible.ToInt32(CultureInfo.InvariantCulture);
                        return true;
                    }
                    catch (OverflowException)
                    {
                        value = 0;
                        return false;
                    }
                default: value = 0; return false;
            }
        }
    }
}
