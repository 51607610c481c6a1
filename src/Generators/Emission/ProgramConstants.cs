using System;
using System.Collections.Generic;
using NumericKernels.Generators.Catalog;

namespace NumericKernels.Generators.Emission
{
    /// <summary>The named constants of a catalog entry, parsed once, and their declarations in the emitted class.</summary>
    internal sealed class ProgramConstants
    {
        private readonly Dictionary<string, double> _values = new Dictionary<string, double>(StringComparer.Ordinal);
        private readonly List<NamedConstant> _ordered = new List<NamedConstant>();

        public ProgramConstants(CatalogEntry entry)
        {
            foreach (NamedConstant constant in entry.Constants)
            {
                _values[constant.Name] = HexFloat.Parse(constant.HexFloat);
                _ordered.Add(constant);
            }
        }

        public bool Has(string name) => _values.ContainsKey(name);

        public double this[string name] => _values.TryGetValue(name, out double value)
            ? value
            : throw new InvalidOperationException("Catalog entry lacks constant " + name);

        /// <summary>Names C{from}, C{from+1}, ... that exist, in ascending order: the polynomial coefficients.</summary>
        public IReadOnlyList<string> Coefficients(int from)
        {
            var names = new List<string>();
            for (int i = from; Has("C" + i); i++) names.Add("C" + i);
            return names;
        }

        /// <summary>Names {prefix}{from}, {prefix}{from+1}, ... that exist, in ascending order: a second polynomial's coefficients.</summary>
        public IReadOnlyList<string> Coefficients(string prefix, int from)
        {
            var names = new List<string>();
            for (int i = from; Has(prefix + i); i++) names.Add(prefix + i);
            return names;
        }

        /// <summary>Declares every catalog constant plus <paramref name="derived"/> ones as private const fields.</summary>
        public void Emit(SourceWriter w, ElementTypeNames t, params (string Name, double Value, string Why)[] derived)
        {
            foreach (NamedConstant constant in _ordered)
            {
                w.WriteLine($"private const {t.Scalar} {constant.Name} = {HexFloat.ToCSharpLiteral(_values[constant.Name], t.IsSingle)}; // {constant.HexFloat}");
            }
            foreach (var (name, value, why) in derived)
            {
                w.WriteLine($"private const {t.Scalar} {name} = {HexFloat.ToCSharpLiteral(value, t.IsSingle)}; // {why}");
            }
        }
    }
}
